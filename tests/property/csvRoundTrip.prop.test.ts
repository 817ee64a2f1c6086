/**
 * Any model written by exportCsv — with any delimiter, with or without a byte-order mark, as
 * text or as UTF-8 bytes, with any attributes on items, demands, receipts and firm planned
 * orders — imports back to an equal model. (Not written, so not read back: an empty text, in
 * attributes as in names, and an empty attributes object; both read as "not given".)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportCsv } from "../../src/io/exportCsv.js";
import { importCsv, type ImportCsvTables } from "../../src/io/importCsv.js";
import { defineModel } from "../../src/model/defineModel.js";
import { modelArb } from "../helpers/modelArb.js";

const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", ";", '"', "\n", "\r\n", "\t", "é", "灯", "0", ".", ":", "%"), minLength: 1, maxLength: 8 });
// keys that are special to the export's typed headers, to JavaScript, and any text
const key = fc.oneof(fc.constantFrom("customer", "priority", "a:number", "b:boolean", "c:text", "constructor", "toString", "ATTR.x"), text).filter((k) => k !== "__proto__");
const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constantFrom("0042", "12,5", "yes", "1e3", "true"));
const attributes = fc.option(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), { nil: undefined, freq: 3 });

describe("CSV export and import", () => {
  it("round-trip any model with any delimiter, byte-order mark and attributes", () => {
    const arb = fc.tuple(
      modelArb(),
      fc.record({
        delimiter: fc.constantFrom(",", ";", "\t"),
        bom: fc.boolean(),
        bytes: fc.boolean(),
        attrs: fc.array(attributes, { minLength: 40, maxLength: 40 }),
      }),
    );
    let withAttributes = 0;
    fc.assert(
      fc.property(arb, ([json, f]) => {
        let k = 0;
        const withAttrs = <T extends object>(x: T): T => {
          const a = f.attrs[k++ % f.attrs.length];
          return a === undefined ? x : { ...x, attributes: a };
        };
        const m = defineModel({
          ...json,
          items: json.items.map(withAttrs),
          demands: json.demands.map(withAttrs),
          scheduledReceipts: json.scheduledReceipts.map(withAttrs),
          firmPlannedOrders: json.firmPlannedOrders.map(withAttrs),
        });
        const tables = exportCsv(m, { delimiter: f.delimiter, bom: f.bom });
        if (tables.items.includes("attr.") || tables.demands?.includes("attr.") === true) withAttributes++;
        expect(tables.items.startsWith("\uFEFF")).toBe(f.bom);
        const input = f.bytes ? Object.fromEntries(Object.entries(tables).map(([t, s]) => [t, new TextEncoder().encode(s)])) : tables;
        expect(defineModel(importCsv(input as unknown as ImportCsvTables)).data).toEqual(m.data);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(withAttributes).toBeGreaterThan(150);
  });
});

import { describe, expect, it } from "vitest";
import { findItems, type FindItemsOptions } from "../../../src/bom/findItems.ts";
import { defineModel } from "../../../src/model/defineModel.ts";

const model = defineModel({
  calendar: { periods: 1 },
  items: [
    { id: "NUT-M8", name: "Hex nut M8", source: "buy" },
    { id: "BOLT-M8", name: "Hex bolt M8x40", source: "buy" },
    { id: "BOLT-M10", name: "Hex bolt M10x50", source: "buy" },
    { id: "A.1", name: "Dot one", source: "buy" },
    { id: "AX1", source: "buy" },
    { id: "P+(1)", name: "Plus [one]", source: "buy" },
    { id: "C^$|{2}\\", source: "buy" },
    { id: "ÉCROU", name: "écrou", source: "buy" },
    { id: "line\nbreak", source: "buy" },
  ],
});
const ids = (pattern: string, options?: FindItemsOptions) => findItems(model, pattern, options).map((i) => i.id);

describe("findItems", () => {
  it("matches * as any run and ? as one character, over the whole id", () => {
    expect(ids("BOLT-*")).toEqual(["BOLT-M10", "BOLT-M8"]);
    expect(ids("*-M?")).toEqual(["BOLT-M8", "NUT-M8"]);
    expect(ids("*-M??")).toEqual(["BOLT-M10"]);
    expect(ids("BOLT")).toEqual([]);
    expect(ids("BOLT-M8")).toEqual(["BOLT-M8"]);
    expect(ids("*")).toHaveLength(9);
    expect(ids("**M*8*")).toEqual(["BOLT-M8", "NUT-M8"]);
  });

  it("takes regular-expression characters literally", () => {
    expect(ids("A.1")).toEqual(["A.1"]);
    expect(ids("A?1")).toEqual(["A.1", "AX1"]);
    expect(ids("P+(1)")).toEqual(["P+(1)"]);
    expect(ids("*[one]", { field: "name" })).toEqual(["P+(1)"]);
    expect(ids("C^$|{2}\\")).toEqual(["C^$|{2}\\"]);
    expect(ids("P+*")).toEqual(["P+(1)"]);
    expect(ids("P*")).toEqual(["P+(1)"]);
  });

  it("ignores case by default and tells it apart on request", () => {
    expect(ids("bolt-m8")).toEqual(["BOLT-M8"]);
    expect(ids("bolt-m8", { caseSensitive: true })).toEqual([]);
    expect(ids("écrou", { field: "id" })).toEqual(["ÉCROU"]);
    expect(ids("ÉCROU", { field: "name", caseSensitive: true })).toEqual([]);
  });

  it("searches ids, names or both", () => {
    expect(ids("hex bolt*")).toEqual(["BOLT-M10", "BOLT-M8"]);
    expect(ids("hex bolt*", { field: "id" })).toEqual([]);
    expect(ids("NUT*", { field: "name" })).toEqual([]);
    expect(ids("*M8*", { field: "name" })).toEqual(["BOLT-M8", "NUT-M8"]);
  });

  it("counts ? as one code point and lets * cross line breaks", () => {
    expect(ids("?CROU")).toEqual(["ÉCROU"]);
    expect(ids("line*")).toEqual(["line\nbreak"]);
    expect(ids("line?break")).toEqual(["line\nbreak"]);
  });

  it("finds __proto__, constructor and toString as ordinary ids", () => {
    const m = defineModel(
      JSON.parse(`{ "calendar": { "periods": 1 }, "items": [{ "id": "toString", "source": "buy" },
        { "id": "__proto__", "source": "buy" }, { "id": "constructor", "source": "buy" }] }`) as unknown,
    );
    expect(findItems(m, "*").map((i) => i.id)).toEqual(["__proto__", "constructor", "toString"]);
    expect(findItems(m, "__*__").map((i) => i.id)).toEqual(["__proto__"]);
    expect(findItems(m, "*o*").map((i) => i.id)).toEqual(["__proto__", "constructor", "toString"]);
  });

  it("stays fast on patterns that make backtracking regexes explode", () => {
    const long = defineModel({ calendar: { periods: 1 }, items: [{ id: "a".repeat(5000), source: "buy" }] });
    const t = performance.now();
    expect(findItems(long, "*a*a*a*a*a*a*a*a*a*b")).toEqual([]);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

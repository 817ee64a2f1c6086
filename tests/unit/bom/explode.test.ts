import { describe, expect, it } from "vitest";
import { explode } from "../../../src/bom/explode.ts";
import { InvalidOptionError } from "../../../src/errors/InvalidOptionError.ts";
import { MrpError } from "../../../src/errors/MrpError.ts";
import { UnknownItemError } from "../../../src/errors/UnknownItemError.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { chainId, chainModel, sharedModel } from "./bomModels.ts";

/** Lines as plain data, for comparisons. */
const plain = (r: ReturnType<typeof explode>) => JSON.parse(JSON.stringify(r)) as unknown;

describe("explode: extended quantities", () => {
  const model = defineModel({
    calendar: { periods: 8 },
    items: [
      { id: "TOP", source: "make", assemblyScrap: 0.05 },
      { id: "P", source: "buy" },
      { id: "F", source: "buy" },
      { id: "SUB", source: "make" },
      { id: "Q", source: "buy" },
    ],
    bom: [
      { parent: "TOP", child: "P", quantity: 2, scrap: 0.1 },
      { parent: "TOP", child: "F", quantity: 3, scrap: 0.1, fixed: true },
      { parent: "TOP", child: "SUB", quantity: 0.5 },
      { parent: "SUB", child: "Q", quantity: 3, scrap: 0.02 },
    ],
  });

  it("applies component scrap and the parent's assembly scrap exactly", () => {
    const r = explode(model, "TOP", { quantity: 10 });
    // 10 * 1.05 * 2 * 1.1 = 23.1; SUB 10 * 1.05 * 0.5 = 5.25; Q 5.25 * 3 * 1.02 = 16.065
    expect(plain(r)).toEqual({
      item: "TOP",
      quantity: 10,
      lines: [
        { level: 1, path: ["TOP", "F"], item: "F", quantityPer: 3, quantity: 3.3, phantom: false },
        { level: 1, path: ["TOP", "P"], item: "P", quantityPer: 2, quantity: 23.1, phantom: false },
        { level: 1, path: ["TOP", "SUB"], item: "SUB", quantityPer: 0.5, quantity: 5.25, phantom: false },
        { level: 2, path: ["TOP", "SUB", "Q"], item: "Q", quantityPer: 3, quantity: 16.065, phantom: false },
      ],
    });
  });

  it("counts a fixed line once per parent order, whatever the quantity", () => {
    for (const quantity of [1, 10, 1000]) {
      expect(explode(model, "TOP", { quantity }).lines.find((l) => l.item === "F")!.quantity).toBe(3.3);
    }
  });

  it("defaults to a quantity of 1 and sums the same in the summarized explosion", () => {
    expect(explode(model, "TOP").lines.find((l) => l.item === "P")!.quantity).toBe(2.31);
    expect(explode(model, "TOP", { quantity: 10, summarized: true })).toEqual({
      item: "TOP",
      quantity: 10,
      components: [
        { item: "F", quantity: 3.3 },
        { item: "P", quantity: 23.1 },
        { item: "Q", quantity: 16.065 },
        { item: "SUB", quantity: 5.25 },
      ],
    });
  });

  it("explodes a quantity of 0 to zeros (fixed lines still count)", () => {
    const r = explode(model, "TOP", { quantity: 0, summarized: true });
    expect(r.components.map((c) => c.quantity)).toEqual([3.3, 0, 0, 0]);
  });

  it("gives an item without components an empty explosion", () => {
    expect(plain(explode(model, "P", { quantity: 5 }))).toEqual({ item: "P", quantity: 5, lines: [] });
    expect(explode(model, "P", { summarized: true })).toEqual({ item: "P", quantity: 1, components: [] });
  });
});

describe("explode: a shared sub-assembly", () => {
  const model = sharedModel();

  it("lists the sub-assembly once per path, depth first, children in id order", () => {
    const r = explode(model, "A", { quantity: 1 });
    expect(r.lines.map((l) => [l.level, l.path.join("/"), l.quantity])).toEqual([
      [1, "A/B", 2],
      [2, "A/B/S", 2],
      [3, "A/B/S/P", 8],
      [3, "A/B/S/T", 5],
      [1, "A/C", 1],
      [2, "A/C/S", 3],
      [3, "A/C/S/P", 12],
      [3, "A/C/S/T", 5],
    ]);
  });

  it("totals every path in the summarized explosion (a fixed line once per occurrence of its parent)", () => {
    expect(explode(model, "A", { quantity: 1, summarized: true }).components).toEqual([
      { item: "B", quantity: 2 },
      { item: "C", quantity: 1 },
      { item: "P", quantity: 20 },
      { item: "S", quantity: 5 },
      { item: "T", quantity: 10 },
    ]);
  });

  it("summarized equals the indented lines added up per item", () => {
    for (const quantity of [1, 3, 7.5]) {
      const sums = new Map<string, number>();
      for (const l of explode(model, "A", { quantity }).lines) sums.set(l.item, (sums.get(l.item) ?? 0) + l.quantity);
      const components = explode(model, "A", { quantity, summarized: true }).components;
      expect(components.map((c) => [c.item, c.quantity])).toEqual([...sums].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    }
  });
});

describe("explode: phantoms", () => {
  const model = defineModel({
    calendar: { periods: 4 },
    items: [
      { id: "A", source: "make" },
      { id: "KIT", source: "phantom" },
      { id: "X", source: "buy" },
      { id: "Y", source: "buy" },
    ],
    bom: [
      { parent: "A", child: "KIT", quantity: 2 },
      { parent: "KIT", child: "X", quantity: 3 },
      { parent: "A", child: "Y", quantity: 1 },
      { parent: "KIT", child: "Y", quantity: 1 },
    ],
  });

  it("shows the phantom and passes its requirement through to its components", () => {
    expect(plain(explode(model, "A", { quantity: 10 }))).toEqual({
      item: "A",
      quantity: 10,
      lines: [
        { level: 1, path: ["A", "KIT"], item: "KIT", quantityPer: 2, quantity: 20, phantom: true },
        { level: 2, path: ["A", "KIT", "X"], item: "X", quantityPer: 3, quantity: 60, phantom: false },
        { level: 2, path: ["A", "KIT", "Y"], item: "Y", quantityPer: 1, quantity: 20, phantom: false },
        { level: 1, path: ["A", "Y"], item: "Y", quantityPer: 1, quantity: 10, phantom: false },
      ],
    });
  });

  it("leaves the phantom out of the summarized totals but counts its components", () => {
    expect(explode(model, "A", { quantity: 10, summarized: true }).components).toEqual([
      { item: "X", quantity: 60 },
      { item: "Y", quantity: 30 },
    ]);
  });

  it("explodes a phantom asked for directly", () => {
    expect(explode(model, "KIT", { summarized: true }).components).toEqual([
      { item: "X", quantity: 3 },
      { item: "Y", quantity: 1 },
    ]);
  });
});

describe("explode: effectivity", () => {
  const periods = defineModel({
    calendar: { periods: 8 },
    items: [
      { id: "A", source: "make" },
      { id: "NEW", source: "buy" },
      { id: "OLD", source: "buy" },
      { id: "ALWAYS", source: "buy" },
    ],
    bom: [
      { parent: "A", child: "OLD", quantity: 1, to: 5 },
      { parent: "A", child: "NEW", quantity: 2, from: 5 },
      { parent: "A", child: "ALWAYS", quantity: 1 },
    ],
  });

  it("follows the lines effective at the date (from <= date < to)", () => {
    const items = (date?: number) => explode(periods, "A", date === undefined ? {} : { date }).lines.map((l) => l.item);
    expect(items()).toEqual(["ALWAYS", "OLD"]); // default: period 1
    expect(items(4)).toEqual(["ALWAYS", "OLD"]);
    expect(items(5)).toEqual(["ALWAYS", "NEW"]);
    expect(items(8)).toEqual(["ALWAYS", "NEW"]);
    expect(explode(periods, "A", { date: 5, summarized: true }).components).toEqual([
      { item: "ALWAYS", quantity: 1 },
      { item: "NEW", quantity: 2 },
    ]);
  });

  it("works in day mode, a non-working day counting as the next working day", () => {
    const days = defineModel({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-30" },
      items: [
        { id: "A", source: "make" },
        { id: "NEW", source: "buy" },
        { id: "OLD", source: "buy" },
      ],
      bom: [
        { parent: "A", child: "OLD", quantity: 1, to: "2026-01-12" },
        { parent: "A", child: "NEW", quantity: 1, from: "2026-01-12" },
      ],
    });
    const items = (date?: string) => explode(days, "A", date === undefined ? {} : { date }).lines.map((l) => l.item);
    expect(items()).toEqual(["OLD"]);
    expect(items("2026-01-09")).toEqual(["OLD"]); // Friday
    expect(items("2026-01-10")).toEqual(["NEW"]); // Saturday: counts as Monday the 12th
    expect(items("2026-01-12")).toEqual(["NEW"]);
  });
});

describe("explode: ids that are Object.prototype names", () => {
  it("treats __proto__, constructor and toString as ordinary ids", () => {
    const json = JSON.parse(`{
      "calendar": { "periods": 2 },
      "items": [{ "id": "toString", "source": "make" }, { "id": "__proto__", "source": "make" },
                { "id": "constructor", "source": "buy" }],
      "bom": [{ "parent": "toString", "child": "__proto__", "quantity": 2 },
              { "parent": "__proto__", "child": "constructor", "quantity": 3 },
              { "parent": "toString", "child": "constructor", "quantity": 1 }]
    }`) as unknown;
    const model = defineModel(json);
    expect(explode(model, "toString").lines.map((l) => [l.path, l.quantity])).toEqual([
      [["toString", "__proto__"], 2],
      [["toString", "__proto__", "constructor"], 6],
      [["toString", "constructor"], 1],
    ]);
    expect(explode(model, "toString", { summarized: true }).components).toEqual([
      { item: "__proto__", quantity: 2 },
      { item: "constructor", quantity: 7 },
    ]);
    expect(() => explode(model, "hasOwnProperty")).toThrow(UnknownItemError);
  });
});

describe("explode: errors", () => {
  const model = sharedModel();

  it("throws UnknownItemError naming the id", () => {
    let caught: unknown;
    try {
      explode(model, "NOPE");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnknownItemError);
    expect(caught).toBeInstanceOf(MrpError);
    expect((caught as UnknownItemError).code).toBe("unknown_item");
    expect((caught as UnknownItemError).details).toEqual({ item: "NOPE" });
    expect((caught as Error).message).toContain('"NOPE"');
  });

  it("rejects quantities that are negative or not finite", () => {
    for (const quantity of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => explode(model, "A", { quantity })).toThrow(expect.objectContaining({ code: "invalid_quantity" }));
    }
  });

  it("rejects dates that are not dates of the calendar", () => {
    expect(() => explode(model, "A", { date: "2026-01-05" })).toThrow(InvalidOptionError);
    expect(() => explode(model, "A", { date: 2.5 })).toThrow(expect.objectContaining({ code: "invalid_date" }));
    const days = defineModel({ calendar: { unit: "day", start: "2026-01-05" }, items: [{ id: "A", source: "make" }] });
    expect(() => explode(days, "A", { date: 3 })).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => explode(days, "A", { date: "2027-02-30" })).toThrow(expect.objectContaining({ code: "invalid_date" }));
  });
});

describe("explode: a 100,000-level chain", () => {
  const N = 100_000;
  const model = chainModel(N);

  it("explodes without overflowing the stack", () => {
    const r = explode(model, chainId(0), { quantity: 2 });
    expect(r.lines).toHaveLength(N - 1);
    const last = r.lines[N - 2]!;
    expect(last.level).toBe(N - 1);
    expect(last.item).toBe(chainId(N - 1));
    expect(last.quantity).toBe(2);
    expect(last.path).toHaveLength(N);
    expect(last.path[0]).toBe(chainId(0));
    expect(last.path[N - 1]).toBe(chainId(N - 1));
  });

  it("summarizes without overflowing the stack", () => {
    const r = explode(model, chainId(0), { quantity: 2, summarized: true });
    expect(r.components).toHaveLength(N - 1);
    expect(r.components[N - 2]).toEqual({ item: chainId(N - 1), quantity: 2 });
  });
});

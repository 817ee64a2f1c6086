import { describe, expect, it } from "vitest";
import { whereUsed } from "../../../src/bom/whereUsed.ts";
import { UnknownItemError } from "../../../src/errors/UnknownItemError.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { chainId, chainModel, sharedModel } from "./bomModels.ts";

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe("whereUsed", () => {
  const model = sharedModel();

  it("lists the direct parents, in id order", () => {
    expect(plain(whereUsed(model, "S"))).toEqual({
      item: "S",
      parents: [
        { level: 1, path: ["S", "B"], item: "B", quantityPer: 1, endItem: false },
        { level: 1, path: ["S", "C"], item: "C", quantityPer: 3, endItem: false },
      ],
    });
  });

  it("implodes up to the end items, once per path, depth first", () => {
    expect(plain(whereUsed(model, "P", { multiLevel: true }))).toEqual({
      item: "P",
      parents: [
        { level: 1, path: ["P", "S"], item: "S", quantityPer: 4, endItem: false },
        { level: 2, path: ["P", "S", "B"], item: "B", quantityPer: 1, endItem: false },
        { level: 3, path: ["P", "S", "B", "A"], item: "A", quantityPer: 2, endItem: true },
        { level: 2, path: ["P", "S", "C"], item: "C", quantityPer: 3, endItem: false },
        { level: 3, path: ["P", "S", "C", "A"], item: "A", quantityPer: 1, endItem: true },
      ],
    });
  });

  it("gives an end item no parents", () => {
    expect(whereUsed(model, "A", { multiLevel: true }).parents).toEqual([]);
    expect(whereUsed(model, "A").parents).toEqual([]);
  });

  it("lists every BOM line, whatever its effectivity", () => {
    const m = defineModel({
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make" },
        { id: "B", source: "buy" },
      ],
      bom: [
        { parent: "A", child: "B", quantity: 2, from: 5 },
        { parent: "A", child: "B", quantity: 1, to: 5 },
      ],
    });
    expect(whereUsed(m, "B").parents.map((p) => [p.item, p.quantityPer])).toEqual([
      ["A", 1],
      ["A", 2],
    ]);
  });

  it("treats __proto__, constructor and toString as ordinary ids", () => {
    const m = defineModel(
      JSON.parse(`{ "calendar": { "periods": 2 },
        "items": [{ "id": "toString", "source": "make" }, { "id": "__proto__", "source": "make" }, { "id": "constructor", "source": "buy" }],
        "bom": [{ "parent": "toString", "child": "constructor", "quantity": 1 }, { "parent": "__proto__", "child": "constructor", "quantity": 2 },
                { "parent": "toString", "child": "__proto__", "quantity": 3 }] }`) as unknown,
    );
    expect(whereUsed(m, "constructor", { multiLevel: true }).parents.map((p) => p.path)).toEqual([
      ["constructor", "__proto__"],
      ["constructor", "__proto__", "toString"],
      ["constructor", "toString"],
    ]);
  });

  it("throws UnknownItemError for an unknown id", () => {
    expect(() => whereUsed(model, "constructor")).toThrow(UnknownItemError);
    expect(() => whereUsed(model, "NOPE", { multiLevel: true })).toThrow(expect.objectContaining({ code: "unknown_item" }));
  });

  it("implodes the bottom of a 100,000-level chain without overflowing the stack", () => {
    const N = 100_000;
    const chain = chainModel(N);
    const r = whereUsed(chain, chainId(N - 1), { multiLevel: true });
    expect(r.parents).toHaveLength(N - 1);
    const top = r.parents[N - 2]!;
    expect(top).toMatchObject({ level: N - 1, item: chainId(0), endItem: true });
    expect(top.path).toHaveLength(N);
    expect(top.path[N - 1]).toBe(chainId(0));
    expect(whereUsed(chain, chainId(N - 1)).parents).toHaveLength(1);
  });
});

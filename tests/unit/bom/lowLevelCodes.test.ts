import { describe, expect, it } from "vitest";
import { computeLowLevelCodes } from "../../../src/bom/lowLevelCodes.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { sharedModel } from "./bomModels.ts";

describe("lowLevelCodes", () => {
  it("gives end items 0 and every item its deepest level, in id order", () => {
    const codes = computeLowLevelCodes(sharedModel());
    expect([...codes]).toEqual([
      ["A", 0],
      ["B", 1],
      ["C", 1],
      ["P", 3],
      ["S", 2],
      ["T", 3],
    ]);
  });

  it("gives an item used at two depths the deeper one", () => {
    const model = defineModel({
      calendar: { periods: 1 },
      items: [
        { id: "A", source: "make" },
        { id: "B", source: "make" },
        { id: "C", source: "buy" },
        { id: "LONE", source: "buy" },
      ],
      bom: [
        { parent: "A", child: "C", quantity: 1 },
        { parent: "A", child: "B", quantity: 1 },
        { parent: "B", child: "C", quantity: 1 },
      ],
    });
    expect(computeLowLevelCodes(model)).toEqual(new Map([["A", 0], ["B", 1], ["C", 2], ["LONE", 0]]));
  });

  it("keys __proto__, constructor and toString as ordinary ids", () => {
    const model = defineModel(
      JSON.parse(`{ "calendar": { "periods": 1 },
        "items": [{ "id": "toString", "source": "make" }, { "id": "__proto__", "source": "make" }, { "id": "constructor", "source": "buy" }],
        "bom": [{ "parent": "toString", "child": "__proto__", "quantity": 1 }, { "parent": "__proto__", "child": "constructor", "quantity": 1 }] }`) as unknown,
    );
    const codes = computeLowLevelCodes(model);
    expect(codes.get("__proto__")).toBe(1);
    expect(codes.get("constructor")).toBe(2);
    expect(codes.get("toString")).toBe(0);
    expect(codes.size).toBe(3);
  });
});

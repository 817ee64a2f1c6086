import { describe, expect, it } from "vitest";
import { computeCumulativeLeadTime } from "../../../src/bom/cumulativeLeadTime.ts";
import { UnknownItemError } from "../../../src/errors/UnknownItemError.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { chainId, chainModel, sharedModel } from "./bomModels.ts";

describe("cumulativeLeadTime", () => {
  it("takes the longest path, not the sum of siblings", () => {
    // A(1) -> B(2) -> S(1) -> P(3) = 7; A -> C(1) -> S -> P = 6; S -> T(1)
    const model = sharedModel();
    expect(computeCumulativeLeadTime(model, "A")).toEqual({ item: "A", leadTime: 7, path: ["A", "B", "S", "P"] });
    expect(computeCumulativeLeadTime(model, "C")).toEqual({ item: "C", leadTime: 5, path: ["C", "S", "P"] });
    expect(computeCumulativeLeadTime(model, "P")).toEqual({ item: "P", leadTime: 3, path: ["P"] });
  });

  it("breaks ties by the smallest id at each step", () => {
    const model = defineModel({
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "Y", source: "make", leadTime: 2 },
        { id: "X", source: "make", leadTime: 2 },
        { id: "Q", source: "buy", leadTime: 3 },
        { id: "P", source: "buy", leadTime: 3 },
      ],
      bom: [
        { parent: "A", child: "Y", quantity: 1 },
        { parent: "A", child: "X", quantity: 1 },
        { parent: "X", child: "Q", quantity: 1 },
        { parent: "X", child: "P", quantity: 1 },
        { parent: "Y", child: "P", quantity: 1 },
      ],
    });
    expect(computeCumulativeLeadTime(model, "A")).toEqual({ item: "A", leadTime: 6, path: ["A", "X", "P"] });
  });

  it("counts a phantom as 0 and ignores siblings that are shorter", () => {
    const model = defineModel({
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make", leadTime: 2 },
        { id: "KIT", source: "phantom" },
        { id: "C", source: "buy", leadTime: 4 },
        { id: "D", source: "buy", leadTime: 5 },
        { id: "E", source: "buy", leadTime: 1 },
      ],
      bom: [
        { parent: "A", child: "KIT", quantity: 1 },
        { parent: "KIT", child: "C", quantity: 1 },
        { parent: "KIT", child: "D", quantity: 1 },
        { parent: "A", child: "E", quantity: 1 },
      ],
    });
    expect(computeCumulativeLeadTime(model, "A")).toEqual({ item: "A", leadTime: 7, path: ["A", "KIT", "D"] });
    expect(computeCumulativeLeadTime(model, "KIT")).toEqual({ item: "KIT", leadTime: 5, path: ["KIT", "D"] });
  });

  it("treats __proto__, constructor and toString as ordinary ids", () => {
    const model = defineModel(
      JSON.parse(`{ "calendar": { "periods": 2 },
        "items": [{ "id": "toString", "source": "make", "leadTime": 1 }, { "id": "__proto__", "source": "make", "leadTime": 2 },
                  { "id": "constructor", "source": "buy", "leadTime": 3 }],
        "bom": [{ "parent": "toString", "child": "__proto__", "quantity": 1 }, { "parent": "__proto__", "child": "constructor", "quantity": 1 }] }`) as unknown,
    );
    expect(computeCumulativeLeadTime(model, "toString")).toEqual({ item: "toString", leadTime: 6, path: ["toString", "__proto__", "constructor"] });
  });

  it("throws UnknownItemError for an unknown id", () => {
    expect(() => computeCumulativeLeadTime(sharedModel(), "NOPE")).toThrow(UnknownItemError);
  });

  it("walks a 100,000-level chain without overflowing the stack", () => {
    const N = 100_000;
    const r = computeCumulativeLeadTime(chainModel(N), chainId(0));
    expect(r.leadTime).toBe(N);
    expect(r.path).toHaveLength(N);
    expect(r.path[N - 1]).toBe(chainId(N - 1));
  });
});

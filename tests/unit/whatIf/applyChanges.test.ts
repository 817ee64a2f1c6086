/** Model edits with immer: the new model, its patches, and errors for invalid edits. */
import { describe, expect, it } from "vitest";
import { applyChanges, defineModel, ModelError } from "../../../src/index.js";

const model = defineModel({
  calendar: { periods: 4 },
  items: [{ id: "A", source: "make" }, { id: "K", source: "phantom" }],
  demands: [{ id: "SO-1", item: "A", due: 2, quantity: 10 }],
});

describe("applyChanges", () => {
  it("returns the edited model and the patches, leaving the old model as it was", () => {
    const { model: next, patches, inversePatches } = applyChanges(model, (d) => {
      d.demands[0]!.quantity = 25;
    });
    expect(next.data.demands[0]!.quantity).toBe(25);
    expect(model.data.demands[0]!.quantity).toBe(10);
    expect(patches).toEqual([{ op: "replace", path: ["demands", 0, "quantity"], value: 25 }]);
    expect(inversePatches).toEqual([{ op: "replace", path: ["demands", 0, "quantity"], value: 10 }]);
  });

  it("recompiles record edits against the same items: a new demand is sorted in by item, date and id", () => {
    const { model: next } = applyChanges(model, (d) => {
      d.demands.push({ id: "SO-0", item: "A", due: 1, quantity: 5, kind: "order" });
    });
    expect(next.data.demands.map((x) => x.id)).toEqual(["SO-0", "SO-1"]);
    expect(Array.from(next.demands.tick)).toEqual([0, 1]);
    expect(next.items).toBe(model.items);
  });

  it("throws a ModelError with every problem when an edit makes the model invalid", () => {
    const bad = () =>
      applyChanges(model, (d) => {
        d.demands.push({ id: "SO-1", item: "Z", due: 1, quantity: 5, kind: "order" });
        d.scheduledReceipts.push({ id: "PO", item: "K", due: 1, quantity: -1 });
      });
    expect(bad).toThrow(ModelError);
    try {
      bad();
    } catch (e) {
      expect((e as ModelError).issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual(["too_small scheduledReceipts.0.quantity"]);
    }
    try {
      applyChanges(model, (d) => {
        d.demands.push({ id: "SO-1", item: "Z", due: 1, quantity: 5, kind: "order" });
      });
    } catch (e) {
      expect((e as ModelError).issues.map((i) => `${i.code} ${i.path.join(".")}`)).toEqual(["duplicate_id demands.1.id", "unknown_reference demands.1.item"]);
    }
  });

  it("redefines the whole model when an edit touches items", () => {
    const { model: next } = applyChanges(model, (d) => {
      d.items[0]!.leadTime = 2;
    });
    expect(next.items[0]!.leadTime).toBe(2);
    expect(next.items).not.toBe(model.items);
  });

  it("edits the nested fields of one item only, where items left them at their defaults", () => {
    const { model: next } = applyChanges(model, (d) => {
      d.items[0]!.cost.setup = 7;
      d.items[0]!.orderModifiers.multiple = 5;
      d.items[0]!.lotSizing = { rule: "fixed", quantity: 20 };
    });
    expect(next.items.map((i) => [i.id, i.cost.setup, i.orderModifiers.multiple, i.lotSizing.rule])).toEqual([
      ["A", 7, 5, "fixed"],
      ["K", 0, null, "lot-for-lot"],
    ]);
    expect(model.items.map((i) => [i.cost.setup, i.orderModifiers.multiple, i.lotSizing.rule])).toEqual([
      [0, null, "lot-for-lot"],
      [0, null, "lot-for-lot"],
    ]);
    // a model's values are read-only: the shared defaults cannot be changed through one item
    expect(() => {
      (model.items[1]!.cost as { setup: number }).setup = 3;
    }).toThrow(TypeError);
    expect(model.items[0]!.cost.setup).toBe(0);
  });
});

/**
 * defineModel / safeDefineModel on invalid input: every problem at once, each with its exact code
 * and JSON path; and ids that are Object.prototype names as ordinary ids.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/errors/Issue.ts";
import { ModelError } from "../../../src/errors/ModelError.ts";
import { MrpError } from "../../../src/errors/MrpError.ts";
import { defineModel, safeDefineModel } from "../../../src/model/defineModel.ts";

/** The issues of an invalid model, as `[code, path]` pairs in the order reported. */
/** Compares problems whatever their order (the order itself is tested once, below). */
function expectSameProblems(got: [string, Issue["path"]][], want: [string, Issue["path"]][]): void {
  const key = (p: [string, Issue["path"]]) => JSON.stringify(p);
  expect(got.map(key).sort()).toEqual(want.map(key).sort());
}

function problems(json: unknown): [string, Issue["path"]][] {
  const r = safeDefineModel(json);
  expect(r.success).toBe(false);
  if (r.success) return [];
  expect(r.error).toBeInstanceOf(ModelError);
  expect(r.error.code).toBe("invalid_model");
  return r.error.issues.map((i) => [i.code, i.path]);
}

function issues(json: unknown): readonly Issue[] {
  const r = safeDefineModel(json);
  if (r.success) throw new Error("expected an invalid model");
  return r.error.issues;
}

const items = () => [
  { id: "A", source: "make" },
  { id: "B", source: "make" },
  { id: "C", source: "buy" },
];
const periods = (rest: Record<string, unknown>) => ({ calendar: { periods: 8 }, items: items(), ...rest });

describe("safeDefineModel: the document", () => {
  it.each([
    ["an array", [], "got an array"],
    ["a string", "model", "got a string"],
    ["null", null, "got null"],
    ["a number", 42, "got a number"],
  ])("rejects %s at the root", (_, json, got) => {
    expect(problems(json)).toEqual([["invalid_type", []]]);
    expect(issues(json)[0]!.message).toContain(got);
  });

  it("names every missing required part", () => {
    expect(problems({})).toEqual([
      ["invalid_union", ["calendar"]],
      ["invalid_type", ["items"]],
    ]);
  });

  it("throws the same problems from defineModel as a ModelError", () => {
    let caught: unknown;
    try {
      defineModel([]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ModelError);
    expect(caught).toBeInstanceOf(MrpError);
    expect((caught as ModelError).issues).toEqual(issues([]));
  });
});

describe("safeDefineModel: an item's own fields", () => {
  it("reports each item's problems at that item, all at once", () => {
    const json = {
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make" },
        { id: "B", source: "make", lotSizing: { rule: "min-max", min: 10, max: 5 } },
        { id: "C", source: "buy", lotSizing: { rule: "eoq" }, orderModifiers: { multiple: 0.5 } },
      ],
    };
    expect(problems(json)).toEqual([
      ["too_small", ["items", 1, "lotSizing", "max"]],
      ["missing_cost", ["items", 2, "cost"]],
      ["invalid_value", ["items", 2, "orderModifiers", "multiple"]],
    ]);
  });
});

describe("safeDefineModel: ids and references", () => {
  it("rejects duplicate item ids, each duplicate at its own path", () => {
    const json = {
      calendar: { periods: 8 },
      items: [...items(), { id: "A", source: "buy" }, { id: "C", source: "make" }],
    };
    expect(problems(json)).toEqual([
      ["duplicate_id", ["items", 3, "id"]],
      ["duplicate_id", ["items", 4, "id"]],
    ]);
    expect(issues(json)[0]!.message).toBe('duplicate item id "A" (also at items[0])');
  });

  it("reports every unknown reference at once", () => {
    const json = periods({
      bom: [
        { parent: "X", child: "A", quantity: 1 },
        { parent: "A", child: "Y", quantity: 1 },
      ],
      demands: [{ id: "D1", item: "Z", due: 1, quantity: 1 }],
      scheduledReceipts: [{ id: "PO1", item: "W", due: 1, quantity: 1 }],
      workCenters: [{ id: "WC1", capacity: 8 }],
      routings: [
        { item: "V", operations: [{ seq: 10, workCenter: "WC1" }] },
        { item: "A", operations: [{ seq: 10, workCenter: "WC9" }] },
      ],
    });
    expectSameProblems(problems(json), [
      ["unknown_reference", ["routings", 0, "item"]],
      ["unknown_reference", ["routings", 1, "operations", 0, "workCenter"]],
      ["unknown_reference", ["bom", 0, "parent"]],
      ["unknown_reference", ["bom", 1, "child"]],
      ["unknown_reference", ["scheduledReceipts", 0, "item"]],
      ["unknown_reference", ["demands", 0, "item"]],
    ]);
    expect(issues(json).map((i) => i.message).sort()).toEqual([
      'unknown item "V"',
      'unknown work center "WC9"',
      'unknown item "X"',
      'unknown item "Y"',
      'unknown item "W"',
      'unknown item "Z"',
    ].sort());
  });

  it("reports every unknown work center", () => {
    const json = periods({
      workCenters: [{ id: "WC1", capacity: 8 }],
      routings: [{ item: "A", operations: [{ seq: 10, workCenter: "WC2" }, { seq: 20, workCenter: "WC1" }, { seq: 30, workCenter: "WC3" }] }],
    });
    expect(problems(json)).toEqual([
      ["unknown_reference", ["routings", 0, "operations", 0, "workCenter"]],
      ["unknown_reference", ["routings", 0, "operations", 2, "workCenter"]],
    ]);
  });
});

describe("safeDefineModel: BOM cycles", () => {
  it("names the cycle A -> B -> C -> A at the line that closes it", () => {
    const json = periods({
      bom: [
        { parent: "A", child: "B", quantity: 1 },
        { parent: "B", child: "C", quantity: 1 },
        { parent: "C", child: "A", quantity: 1 },
      ],
    });
    expect(problems(json)).toEqual([["bom_cycle", ["bom", 2]]]);
    expect(issues(json)[0]!.message).toBe("BOM cycle: A -> B -> C -> A");
  });

  it("names the cycle from its smallest id whatever the line order", () => {
    const json = periods({
      bom: [
        { parent: "C", child: "A", quantity: 1 },
        { parent: "B", child: "C", quantity: 1 },
        { parent: "A", child: "B", quantity: 1 },
      ],
    });
    expect(problems(json)).toEqual([["bom_cycle", ["bom", 0]]]);
    expect(issues(json)[0]!.message).toBe("BOM cycle: A -> B -> C -> A");
  });

  it("reports a self-loop C -> C", () => {
    const json = periods({ bom: [{ parent: "C", child: "C", quantity: 1 }] });
    expect(problems(json)).toEqual([["bom_cycle", ["bom", 0]]]);
    expect(issues(json)[0]!.message).toBe("BOM cycle: C -> C");
  });

  it("reports a cycle together with the other problems", () => {
    const json = {
      calendar: { periods: 8 },
      items: [...items(), { id: "A", source: "buy" }],
      bom: [
        { parent: "A", child: "B", quantity: 1 },
        { parent: "B", child: "A", quantity: 1 },
        { parent: "B", child: "NOPE", quantity: 1 },
      ],
    };
    expectSameProblems(problems(json), [
      ["duplicate_id", ["items", 3, "id"]],
      ["unknown_reference", ["bom", 2, "child"]],
      ["bom_cycle", ["bom", 1]],
    ]);
  });
});

describe("safeDefineModel: numbers", () => {
  it("rejects strings where numbers belong", () => {
    const json = {
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make", leadTime: "2" },
        { id: "B", source: "buy", onHand: "5" },
      ],
      bom: [{ parent: "A", child: "B", quantity: "1" }],
    };
    expect(problems(json)).toEqual([
      ["invalid_type", ["items", 0, "leadTime"]],
      ["invalid_type", ["items", 1, "onHand"]],
      ["invalid_type", ["bom", 0, "quantity"]],
    ]);
  });

  it("rejects 1e400, which JSON.parse reads as Infinity", () => {
    const json = JSON.parse('{"calendar":{"periods":8},"items":[{"id":"A","source":"make","onHand":1e400,"safetyStock":-1e400}]}') as unknown;
    expect(problems(json)).toEqual([
      ["invalid_type", ["items", 0, "safetyStock"]],
      ["invalid_type", ["items", 0, "onHand"]],
    ]);
  });

  it("rejects negative quantities", () => {
    const json = {
      calendar: { periods: 8 },
      items: [{ id: "A", source: "make", onHand: -1, safetyStock: -2, leadTime: -1 }],
      demands: [{ id: "D", item: "A", due: 1, quantity: -5 }],
      scheduledReceipts: [{ id: "PO", item: "A", due: 1, quantity: -1 }],
    };
    expect(problems(json)).toEqual([
      ["too_small", ["items", 0, "leadTime"]],
      ["too_small", ["items", 0, "safetyStock"]],
      ["too_small", ["items", 0, "onHand"]],
      ["too_small", ["scheduledReceipts", 0, "quantity"]],
      ["too_small", ["demands", 0, "quantity"]],
    ]);
  });

  it("rejects BOM quantities of 0 or less", () => {
    const json = periods({
      bom: [
        { parent: "A", child: "B", quantity: 0 },
        { parent: "A", child: "C", quantity: -1 },
      ],
    });
    expect(problems(json)).toEqual([
      ["too_small", ["bom", 0, "quantity"]],
      ["too_small", ["bom", 1, "quantity"]],
    ]);
    expect(issues(json)[0]!.message).toBe("quantity must be > 0");
  });

  it("rejects scrap fractions of 1 and more", () => {
    const json = {
      calendar: { periods: 8 },
      items: [{ id: "A", source: "make", assemblyScrap: 1 }, ...items().slice(1)],
      bom: [
        { parent: "A", child: "B", quantity: 1, scrap: 1 },
        { parent: "A", child: "C", quantity: 1, scrap: 1.5 },
        { parent: "B", child: "C", quantity: 1, scrap: -0.1 },
      ],
    };
    expect(problems(json)).toEqual([
      ["too_big", ["items", 0, "assemblyScrap"]],
      ["too_big", ["bom", 0, "scrap"]],
      ["too_big", ["bom", 1, "scrap"]],
      ["too_small", ["bom", 2, "scrap"]],
    ]);
  });
});

describe("safeDefineModel: dates", () => {
  it("rejects impossible dates in a day calendar, and numbers there", () => {
    const json = {
      calendar: { unit: "day", start: "2026-01-05" },
      items: [{ id: "A", source: "make" }],
      demands: [
        { id: "D", item: "A", due: "2027-02-30", quantity: 1 },
        { id: "E", item: "A", due: "2026-13-01", quantity: 1 },
        { id: "F", item: "A", due: 3, quantity: 1 },
      ],
    };
    expect(problems(json)).toEqual([
      ["invalid_date", ["demands", 0, "due"]],
      ["invalid_date", ["demands", 1, "due"]],
      ["invalid_date", ["demands", 2, "due"]],
    ]);
    expect(issues(json)[0]!.message).toBe('"2027-02-30" is not a real date (expected "YYYY-MM-DD")');
  });

  it("rejects an impossible calendar start", () => {
    expect(problems({ calendar: { unit: "day", start: "2027-02-30" }, items: [] })).toEqual([["invalid_date", ["calendar", "start"]]]);
  });

  it("rejects a string date and a fractional period in a period calendar", () => {
    const json = periods({
      demands: [
        { id: "D", item: "A", due: "2026-01-05", quantity: 1 },
        { id: "E", item: "A", due: 2.5, quantity: 1 },
      ],
      bom: [{ parent: "A", child: "B", quantity: 1, from: "2026-01-01" }],
    });
    expect(problems(json)).toEqual([
      ["invalid_date", ["bom", 0, "from"]],
      ["invalid_date", ["demands", 0, "due"]],
      ["invalid_date", ["demands", 1, "due"]],
    ]);
    expect(issues(json)[1]!.message).toBe('the calendar counts periods: expected a period number, got the date string "2026-01-05"');
  });
});

describe("safeDefineModel: unknown fields and phantoms", () => {
  it("rejects unknown fields on the model, an item and a BOM line", () => {
    const json = {
      calendar: { periods: 8 },
      colour: "red",
      items: [{ id: "A", source: "make", colour: "red" }, { id: "B", source: "buy" }],
      bom: [{ parent: "A", child: "B", quantity: 1, note: "x" }],
    };
    expectSameProblems(problems(json), [
      ["unrecognized_keys", ["items", 0, "colour"]],
      ["unrecognized_keys", ["bom", 0, "note"]],
      ["unrecognized_keys", ["colour"]],
    ]);
    expect(issues(json).find((i) => i.path.length === 1)!.message).toBe('unknown field "colour"');
  });

  it("rejects scheduled receipts and firm planned orders of a phantom", () => {
    const json = periods({
      items: [...items(), { id: "KIT", source: "phantom" }],
      scheduledReceipts: [{ id: "PO", item: "KIT", due: 1, quantity: 1 }],
      firmPlannedOrders: [{ id: "FPO", item: "KIT", due: 1, quantity: 1 }],
    });
    expect(problems(json)).toEqual([
      ["phantom_order", ["scheduledReceipts", 0, "item"]],
      ["phantom_order", ["firmPlannedOrders", 0, "item"]],
    ]);
  });
});

describe("safeDefineModel: all problems at once", () => {
  it("reports problems of every kind in one result", () => {
    const json = {
      calendar: { periods: 8 },
      items: [
        { id: "A", source: "make", leadTime: "2" },
        { id: "B", source: "buy", colour: "red" },
      ],
      bom: [{ parent: "A", child: "B", quantity: 0, scrap: 1 }],
      demands: [{ id: "D", item: "A", due: 1, quantity: -1 }],
    };
    expect(problems(json)).toEqual([
      ["invalid_type", ["items", 0, "leadTime"]],
      ["unrecognized_keys", ["items", 1, "colour"]],
      ["too_small", ["bom", 0, "quantity"]],
      ["too_big", ["bom", 0, "scrap"]],
      ["too_small", ["demands", 0, "quantity"]],
    ]);
  });

  it("reports the semantic problems of a schema-valid model all together", () => {
    const json = periods({
      items: [...items(), { id: "A", source: "buy" }, { id: "KIT", source: "phantom" }],
      bom: [
        { parent: "A", child: "NOPE", quantity: 1 },
        { parent: "C", child: "C", quantity: 1 },
      ],
      scheduledReceipts: [{ id: "PO", item: "KIT", due: "soon", quantity: 1 }],
    });
    expectSameProblems(problems(json), [
      ["duplicate_id", ["items", 3, "id"]],
      ["unknown_reference", ["bom", 0, "child"]],
      ["phantom_order", ["scheduledReceipts", 0, "item"]],
      ["invalid_date", ["scheduledReceipts", 0, "due"]],
      ["bom_cycle", ["bom", 1]],
    ]);
  });
});

describe("ids that are Object.prototype names", () => {
  const text = `{
    "calendar": { "periods": 2 },
    "items": [{ "id": "__proto__", "source": "make" }, { "id": "constructor", "source": "buy" },
              { "id": "toString", "source": "make" }],
    "bom": [{ "parent": "toString", "child": "__proto__", "quantity": 1 },
            { "parent": "__proto__", "child": "constructor", "quantity": 2 }],
    "demands": [{ "id": "__proto__", "item": "toString", "due": 1, "quantity": 1 }],
    "scheduledReceipts": [{ "id": "hasOwnProperty", "item": "constructor", "due": 1, "quantity": 1 }]
  }`;

  it("accepts them as ordinary ids", () => {
    const json = JSON.parse(text) as { items: { id: string }[] };
    expect(Object.hasOwn(json.items[0]!, "id")).toBe(true);
    const model = defineModel(json);
    expect(model.items.map((i) => i.id)).toEqual(["__proto__", "constructor", "toString"]);
    expect([...model.itemIndex]).toEqual([
      ["__proto__", 0],
      ["constructor", 1],
      ["toString", 2],
    ]);
    expect([...model.lowLevelCode]).toEqual([1, 2, 0]);
  });

  it("still finds their duplicates and unknown references", () => {
    const json = JSON.parse(`{ "calendar": { "periods": 2 },
      "items": [{ "id": "__proto__", "source": "make" }, { "id": "__proto__", "source": "buy" }],
      "bom": [{ "parent": "__proto__", "child": "toString", "quantity": 1 }] }`) as unknown;
    expect(problems(json)).toEqual([
      ["duplicate_id", ["items", 1, "id"]],
      ["unknown_reference", ["bom", 0, "child"]],
    ]);
  });

  it("treats __proto__ as an unknown field name like any other", () => {
    const json = JSON.parse('{ "calendar": { "periods": 2 }, "items": [{ "id": "A", "source": "make", "__proto__": 1 }] }') as unknown;
    expect(problems(json)).toEqual([["unrecognized_keys", ["items", 0, "__proto__"]]]);
  });
});

describe("known gaps (each flips to a plain test once fixed)", () => {
  it("says what is wrong with a string where a number belongs, not that the field is required", () => {
    const json = { calendar: { periods: 8 }, items: [{ id: "A", source: "make", leadTime: "2", onHand: Infinity }] };
    const msgs = issues(json).map((i) => i.message);
    expect(msgs[0]).toBe('leadTime must be a number (got the string "2")');
    expect(msgs[1]).toBe("onHand must be a finite number (got Infinity)");
  });

  it("places a period beyond 2^31 beyond the horizon instead of wrapping it", () => {
    const model = defineModel(periods({ demands: [{ id: "D", item: "A", due: 4294967297, quantity: 5 }] }));
    expect(model.demands.tick[0]).toBeGreaterThanOrEqual(model.calendar.horizon);
  });
});

describe("safeDefineModel: issue order", () => {
  it("lists problems in document order: sections as in the format, then by index", () => {
    const json = {
      calendar: { periods: 4 },
      items: [{ id: "A", source: "make" }, { id: "A", source: "buy" }],
      routings: [{ item: "Z", operations: [{ seq: 10, workCenter: "W" }] }],
      bom: [{ parent: "A", child: "Q", quantity: 1 }],
      demands: [{ id: "D", item: "Y", due: 1, quantity: 1 }],
    };
    expect(problems(json).map(([code, path]) => `${code} ${path.join(".")}`)).toEqual([
      "duplicate_id items.1.id",
      "unknown_reference bom.0.child",
      "unknown_reference routings.0.item",
      "unknown_reference routings.0.operations.0.workCenter",
      "unknown_reference demands.0.item",
    ]);
  });
});

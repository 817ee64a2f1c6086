import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../../../src/errors/InvalidOptionError.js";
import { defineModel } from "../../../src/model/defineModel.js";
import { plan } from "../../../src/mrp/plan.js";
import { releaseList } from "../../../src/worklist/releaseList.js";

const example = (name: string) => defineModel(JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")));

describe("releaseList", () => {
  it("lists the workshop's orders released in period 1, bought apart from made, the firm order with them", () => {
    expect(releaseList(plan(example("workshop")))).toEqual({
      through: 1,
      buy: [
        { id: "TUBE#1", item: "TUBE", name: "Steel tube 1 m", quantity: 32, uom: "EA", release: 1, due: 1 },
        { id: "WHEEL#1", item: "WHEEL", name: "Wheel 200 mm", quantity: 20, uom: "EA", release: 1, due: 3 },
      ],
      make: [
        { id: "FPO-1", item: "FRAME", name: "Welded frame", quantity: 6, uom: "EA", release: 1, due: 3, firm: true },
        { id: "FRAME#1", item: "FRAME", name: "Welded frame", quantity: 4, uom: "EA", release: 1, due: 3 },
      ],
    });
  });

  it("lists through a date, by release, item, due date and id", () => {
    const r = releaseList(plan(example("bicycle")), { through: 2 });
    expect(r.through).toBe(2);
    expect(r.buy.map((o) => [o.id, o.release, o.due])).toEqual([
      ["fork#1", 1, 2],
      ["fork#2", 1, 3],
      ["frame#1", 1, 3],
      ["hub#1", 1, 3],
      ["rim#1", 1, 3],
      ["crankset#1", 2, 4],
      ["frame#2", 2, 5],
      ["hub#2", 2, 4],
      ["rim#2", 2, 4],
      ["spokes#1", 2, 3],
    ]);
    expect(r.make.map((o) => [o.id, o.release, o.due])).toEqual([
      ["frame-assembly#1", 1, 2],
      ["wheel#1", 1, 2],
      ["bicycle#1", 2, 3],
      ["frame-assembly#2", 2, 4],
    ]);
  });

  it("carries the unit of measure and the item's attributes, a firm order's own winning", () => {
    const model = defineModel({
      calendar: { unit: "day", start: "2026-03-02", end: "2026-03-31" },
      items: [{ id: "B", source: "buy", leadTime: 3, uom: "KG", attributes: { supplier: "ACME", buyer: "li" } }],
      firmPlannedOrders: [{ id: "FPO-9", item: "B", due: "2026-03-05", quantity: 7, attributes: { supplier: "Globex" } }],
      demands: [
        { id: "SO-1", item: "B", due: "2026-03-05", quantity: 10 },
        { id: "SO-2", item: "B", due: "2026-03-10", quantity: 4 },
      ],
    });
    const result = plan(model);
    // B#1 (3) is due 03-05, released 3 working days before: Monday 03-02. B#2 (4): due Tuesday 03-10,
    // released Thursday 03-05. A Saturday "through" counts as the Friday before it.
    expect(releaseList(result)).toEqual({
      through: "2026-03-02",
      buy: [
        { id: "B#1", item: "B", quantity: 3, uom: "KG", release: "2026-03-02", due: "2026-03-05", attributes: { buyer: "li", supplier: "ACME" } },
        { id: "FPO-9", item: "B", quantity: 7, uom: "KG", release: "2026-03-02", due: "2026-03-05", firm: true, attributes: { buyer: "li", supplier: "Globex" } },
      ],
      make: [],
    });
    expect(releaseList(result, { through: "2026-03-04" }).buy.map((o) => o.id)).toEqual(["B#1", "FPO-9"]);
    expect(releaseList(result, { through: "2026-03-07" }).buy.map((o) => o.id)).toEqual(["B#1", "FPO-9", "B#2"]);
    expect(releaseList(result, { through: "2026-02-20" })).toEqual({ through: "2026-02-20", buy: [], make: [] });
  });

  it("refuses a through that is not a date of the calendar", () => {
    const result = plan(example("workshop"));
    const error = (() => {
      try {
        releaseList(result, { through: "2026-03-02" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({ code: "invalid_date", message: 'through: the calendar counts periods: expected a period number, got the date string "2026-03-02"' });
    expect(() => releaseList(result, { through: 1.5 })).toThrow("through: a period must be a whole number (got 1.5)");
  });
});

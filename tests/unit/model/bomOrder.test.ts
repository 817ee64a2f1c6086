/**
 * The one topological traversal of the BOM: the cycles a raw document reports (when the schema
 * also complains) are the cycles the compiled check reports, line for line; low-level codes are
 * longest paths from an end item.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/errors/Issue.ts";
import { safeDefineModel } from "../../../src/model/defineModel.ts";

const IDS = ["A", "B", "C", "D", "E", "F"];

const cycles = (json: unknown): Issue[] => {
  const r = safeDefineModel(json);
  return r.success ? [] : r.error.issues.filter((i) => i.code === "bom_cycle");
};

const model = (n: number, lines: readonly [number, number][], leadTime: number) => ({
  calendar: { periods: 4 },
  items: IDS.slice(0, n).map((id, i) => ({ id, source: "make", ...(i === 0 ? { leadTime } : {}) })),
  bom: lines.map(([p, c]) => ({ parent: IDS[p]!, child: IDS[c]!, quantity: 1 })),
});

describe("BOM cycles on either representation", () => {
  it("a schema error elsewhere does not change which cycles are reported, nor where", () => {
    const arb = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 12 })),
    );
    let withCycles = 0;
    fc.assert(
      fc.property(arb, ([n, lines]) => {
        const compiled = cycles(model(n, lines, 0));
        const raw = cycles(model(n, lines, -1)); // leadTime -1: the schema rejects the document
        if (compiled.length > 0) withCycles++;
        expect(raw).toEqual(compiled);
      }),
      { seed: 11, numRuns: 500 },
    );
    expect(withCycles).toBeGreaterThan(150);
  });

  it("finds a cycle whose member lists a child below it first", () => {
    // C's first child A is below the cycle B -> C -> B; the walk must not stop there
    const lines: [number, number][] = [
      [2, 0],
      [1, 2],
      [2, 1],
    ];
    const want = [{ path: ["bom", 2], code: "bom_cycle", message: "BOM cycle: B -> C -> B" }];
    expect(cycles(model(3, lines, 0))).toEqual(want);
    expect(cycles(model(3, lines, -1))).toEqual(want);
  });
});

describe("low-level codes", () => {
  it("are the longest path from an end item", () => {
    const r = safeDefineModel(
      model(
        5,
        [
          [0, 1],
          [1, 2],
          [0, 2],
          [3, 2],
          [2, 4],
        ],
        0,
      ),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    const m = r.data;
    expect(IDS.slice(0, 5).map((id) => m.lowLevelCode[m.itemIndex.get(id)!])).toEqual([0, 1, 2, 0, 3]);
  });
});

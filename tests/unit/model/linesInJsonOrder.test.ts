/**
 * A network's BOM lines come out in the order of their JSON texts, found by comparing parents and
 * children where JSON writes them as they are: the same order as sorting the texts themselves.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BomLineSchema, type BomLine } from "../../../src/model/schema.ts";
import { idsSortAsJson, linesInJsonOrder } from "../../../src/model/network.ts";
import { compareStrings } from "../../../src/internal/sort.ts";

/** The order by the texts themselves, ties in document order. */
function byTexts(lines: readonly BomLine[]): BomLine[] {
  return lines
    .map((l, i) => ({ l, i, t: JSON.stringify(l) }))
    .sort((a, b) => compareStrings(a.t, b.t) || a.i - b.i)
    .map((e) => e.l);
}

// ids that are prefixes of one another, with characters below, at and above the quote, and some JSON escapes
const ID = fc.constantFrom("A", "AB", "A!", "A ", "A#", "A\"", "A\\", "B", "a", "A\u0001", "A\ud83d\ude00", "A\ud800", "AB1", "AB10", "AB9", "é");
const LINE = fc
  .record({ parent: ID, child: ID, quantity: fc.constantFrom(1, 2, 10, 0.5), offset: fc.constantFrom(0, -1, 3), location: fc.option(fc.constantFrom("DC", "P"), { nil: undefined }) })
  .map((r) => BomLineSchema.parse(r.location === undefined ? { parent: r.parent, child: r.child, quantity: r.quantity, offset: r.offset } : r));

describe("linesInJsonOrder", () => {
  it("orders lines as their JSON texts, ties kept in document order", () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 30 }), fc.boolean(), (lines, plainOnly) => {
        const input = plainOnly ? lines.filter((l) => JSON.stringify(l.parent + l.child) === `"${l.parent + l.child}"`) : lines;
        const out = linesInJsonOrder(input);
        expect(out).toHaveLength(input.length);
        const expected = byTexts(input);
        out.forEach((l, i) => {
          expect(l).toBe(expected[i]);
        });
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it("puts an id before the ids it is a prefix of unless they go on with a space or '!'", () => {
    const l = (parent: string) => BomLineSchema.parse({ parent, child: "C", quantity: 1 });
    const lines = [l("AB"), l("A!"), l("A"), l("A "), l("A#")];
    expect(linesInJsonOrder(lines).map((x) => x.parent)).toEqual(["A ", "A!", "A", "A#", "AB"]);
  });

  it("orders lines by the ranks of their ids as the texts order them, where the ids sort as JSON", () => {
    fc.assert(
      fc.property(fc.array(LINE, { maxLength: 40 }), (lines) => {
        const input = lines.filter((l) => idsSortAsJson([{ id: l.parent }, { id: l.child }]));
        const ids = [...new Set(input.flatMap((l) => [l.parent, l.child]))].sort(compareStrings);
        const rank = new Map(ids.map((id, k) => [id, k]));
        const ranked = {
          parent: Int32Array.from(input, (l) => rank.get(l.parent)!),
          child: Int32Array.from(input, (l) => rank.get(l.child)!),
          ranks: ids.length,
        };
        const out = linesInJsonOrder(input, ranked);
        const expected = byTexts(input);
        expect(out).toHaveLength(input.length);
        out.forEach((l, i) => {
          expect(l).toBe(expected[i]);
        });
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it("says which ids sort as their JSON texts", () => {
    expect(idsSortAsJson([{ id: "AB" }, { id: "A#" }, { id: "é" }])).toBe(true);
    for (const id of ["A!", "A ", 'A"', "A\\", "A\u0001", "A\ud83d\ude00"]) expect(idsSortAsJson([{ id: "B" }, { id }])).toBe(false);
  });
});

/** JSON written in pieces is the text JSON.stringify(value, null, 2) writes, whatever the values. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonSections } from "../../src/cli/pieces.ts";

const written = (sections: readonly (readonly [string, Iterable<unknown>])[]) => {
  const pieces: string[] = [];
  writeJsonSections((t) => {
    pieces.push(t);
  }, sections);
  return pieces;
};

describe("writeJsonSections", () => {
  it("writes what JSON.stringify(object, null, 2) writes, and a line break", () => {
    // keys that are not array indexes, which an object would put first
    const key = fc.string().map((s) => `k${s}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, fc.array(fc.jsonValue(), { maxLength: 6 })), { selector: ([k]) => k, maxLength: 5 }), (sections) => {
        expect(written(sections).join("")).toBe(JSON.stringify(Object.fromEntries(sections), null, 2) + "\n");
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it("passes the text on in pieces of about a megabyte, reading the values one at a time", () => {
    let made = 0;
    function* rows() {
      for (let k = 0; k < 30_000; k++) {
        made++;
        yield { id: `ORDER-${k}`, note: "x".repeat(80), quantity: k / 7 };
      }
    }
    const pieces = written([["orders", rows()], ["empty", []]]);
    expect(made).toBe(30_000);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(1 << 20);
    const all = pieces.join("");
    expect(all).toBe(JSON.stringify({ orders: [...rows()], empty: [] }, null, 2) + "\n");
  });
});

/** The index of record ids built on first read. */
import { describe, expect, it } from "vitest";
import { LazyIndex } from "../../../src/internal/lazyIndex.js";

describe("LazyIndex", () => {
  it("maps each id to its first place, as a Map of the same entries would", () => {
    const index = new LazyIndex(["A@DC", "A@PLANT", "B@DC", "A@DC"].map((id) => ({ id })));
    expect(index.get("A@PLANT")).toBe(1);
    expect(index.get("A@DC")).toBe(0);
    expect(index.get("C@DC")).toBeUndefined();
    expect(index.has("B@DC")).toBe(true);
    expect(index.has("B")).toBe(false);
    expect(index.size).toBe(3);
    expect([...index]).toEqual([["A@DC", 0], ["A@PLANT", 1], ["B@DC", 2]]);
    expect([...index.keys()]).toEqual(["A@DC", "A@PLANT", "B@DC"]);
    expect([...index.values()]).toEqual([0, 1, 2]);
    expect([...index.entries()]).toEqual([...new Map(index)]);
    const seen: [string, number][] = [];
    index.forEach((v, k, m) => {
      expect(m).toBe(index);
      seen.push([k, v]);
    });
    expect(seen).toEqual([["A@DC", 0], ["A@PLANT", 1], ["B@DC", 2]]);
    expect(Object.prototype.toString.call(index)).toBe("[object Map]");
  });
});

/**
 * Golden test: the explosion of 10 bicycles of examples/bicycle.json against a result worked out
 * by hand (tests/golden/explode/bicycle-10.json, which says how).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explode } from "../../src/bom/explode.ts";
import { defineModel } from "../../src/model/defineModel.ts";

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as unknown;
const model = defineModel(read("../../examples/bicycle.json"));
const golden = read("./explode/bicycle-10.json") as { indented: unknown; summarized: unknown };

describe("golden: bicycle explosion", () => {
  it("indented explosion of 10 bicycles", () => {
    expect(JSON.parse(JSON.stringify(explode(model, "bicycle", { quantity: 10 })))).toEqual(golden.indented);
  });

  it("summarized explosion of 10 bicycles", () => {
    expect(explode(model, "bicycle", { quantity: 10, summarized: true })).toEqual(golden.summarized);
  });

  it("serializes to the same JSON text, key order included", () => {
    expect(JSON.stringify(explode(model, "bicycle", { quantity: 10 }))).toBe(JSON.stringify(golden.indented));
    expect(JSON.stringify(explode(model, "bicycle", { quantity: 10, summarized: true }))).toBe(JSON.stringify(golden.summarized));
  });
});

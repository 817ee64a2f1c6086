import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { priceBookJsonSchema } from "../../../src/index.js";

describe("priceBookJsonSchema", () => {
  const schema = priceBookJsonSchema() as {
    $schema: string;
    title: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { enum?: string[]; items?: { properties: Record<string, unknown>; additionalProperties: boolean } }>;
  };

  it("is a strict draft 2020-12 schema of the price book", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("mrpkit price book");
    expect(schema.required).toEqual(["currency", "channels"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(["$schema", "currency", "rounding", "channels", "prices", "territories", "rebates"]);
    expect(schema.properties["rounding"]!.enum).toEqual(["half-even", "half-away-from-zero", "up", "down"]);
    expect(schema.properties["currency"]!.enum).toContain("BHD");
    expect(schema.properties["prices"]!.items!.additionalProperties).toBe(false);
  });

  it("describes decimals as strings or numbers and dates as ISO strings", () => {
    const price = schema.properties["prices"]!.items!.properties;
    expect(price["unitAmount"]).toMatchObject({ anyOf: [{ type: "string", pattern: "^-?\\d+(\\.\\d+)?$" }, { type: "number" }] });
    expect(price["validFrom"]).toEqual({ anyOf: [{ type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, { type: "null" }] });
  });

  it("is plain JSON and the same every time", () => {
    expect(JSON.stringify(priceBookJsonSchema())).toBe(JSON.stringify(schema));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    // The example book uses only fields the schema lists.
    const example = JSON.parse(readFileSync(new URL("../../../examples/pricing/book.json", import.meta.url), "utf8")) as Record<string, unknown>;
    for (const key of Object.keys(example)) expect(Object.keys(schema.properties)).toContain(key);
  });
});

/**
 * The published JSON Schema of the price book, generated from the zod schema (the single
 * source of truth), for editors and for `mrpkit schema --price-book`.
 */
import * as z from "zod/mini";
import { knownCurrencies } from "./currencies.js";
import { CurrencySchema, DECIMAL_PATTERN, DecimalSchema, IsoDateSchema, PriceBookSchema, RegionSchema } from "./schema.js";
import { REGION_PATTERN } from "./regions.js";

/**
 * Returns the JSON Schema (draft 2020-12) of the price book document. Decimals accept a
 * decimal string or a JSON number; dates are `YYYY-MM-DD` strings (the calendar check that
 * rejects 2027-02-30 is `definePriceBook`'s).
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * const schema = priceBookJsonSchema();
 * schema.required; //=> ["currency", "channels"]
 * schema.properties.rounding; //=> { type: "string", enum: ["half-even", "half-away-from-zero", "up", "down"] }
 * ```
 *
 * @category Pricing
 */
export function priceBookJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PriceBookSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === DecimalSchema) {
        ctx.jsonSchema.anyOf = [
          { type: "string", pattern: DECIMAL_PATTERN },
          { type: "number" },
        ];
        ctx.jsonSchema.description = "A decimal: a decimal string such as \"7.00\" (exact) or a JSON number, read by its shortest decimal form.";
      } else if (ctx.zodSchema === IsoDateSchema) {
        ctx.jsonSchema.type = "string";
        ctx.jsonSchema.format = "date";
        ctx.jsonSchema.pattern = "^\\d{4}-\\d{2}-\\d{2}$";
      } else if (ctx.zodSchema === RegionSchema) {
        ctx.jsonSchema.pattern = REGION_PATTERN;
        ctx.jsonSchema.description = "A region code: dash-separated segments, outermost first (\"CN\" contains \"CN-ZJ\").";
      } else if (ctx.zodSchema === CurrencySchema) {
        ctx.jsonSchema.enum = [...knownCurrencies()];
        ctx.jsonSchema.description = "ISO 4217 code of a currency whose minor units mrpkit knows.";
      }
    },
  }) as Record<string, unknown>;
  schema["title"] = "mrpkit price book";
  return schema;
}

/**
 * Validates a price book and returns it normalized and frozen (docs/pricing.md).
 */
import type { SafeResult } from "../errors/SafeResult.js";
import { PriceBookError } from "../errors/PriceBookError.js";
import { checkPriceBook } from "./checkPriceBook.js";
import type { PriceBook } from "./types.js";

/**
 * The former name of `SafeResult<PriceBook, PriceBookError>`.
 *
 * @deprecated Use {@link SafeResult}`<PriceBook, PriceBookError>`; this name goes away in 2.0.
 *
 * @category Pricing
 */
export type SafeDefinePriceBookResult = SafeResult<PriceBook, PriceBookError>;

/**
 * Validates a price book document and returns it normalized (every decimal a canonical string,
 * every optional field present) and deeply frozen.
 *
 * Checks: the strict schema (unknown fields are errors), a known currency, real ISO dates,
 * decimals (strings or finite JSON numbers), a channel tree without unknown or cyclic parents,
 * tiers in ascending order with one open last tier, no two prices with the same sku, channel and
 * region and overlapping validity, no exclusive territory grant overlapping another partner's
 * grant, rebate tiers in ascending order with rates between 0 and 1.
 *
 * @param json - the parsed JSON document
 * @returns the validated, immutable price book
 * @throws {@link PriceBookError} (code `invalid_price_book`) listing every problem with its path
 * @example
 * ```ts
 * const book = definePriceBook({
 *   currency: "USD",
 *   channels: [{ id: "list" }, { id: "distributor", parent: "list", discount: "0.30" }],
 *   prices: [{ sku: "ERP-STD", channel: "list", unitAmount: "7.00" }],
 * });
 * book.channels[1]; //=> { id: "distributor", parent: "list", discount: "0.3", markup: null }
 * book.prices[0].tiers; //=> [{ upTo: null, unitAmount: "7.00", flatAmount: "0.00" }]
 * ```
 *
 * @category Pricing
 */
export function definePriceBook(json: unknown): PriceBook {
  const r = checkPriceBook(json);
  if (!r.ok) throw new PriceBookError(r.issues);
  return r.book;
}

/**
 * Like {@link definePriceBook}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param json - the parsed JSON document
 * @returns `{ success: true, data }` or `{ success: false, error }` (a {@link PriceBookError})
 * @example
 * ```ts
 * const r = safeDefinePriceBook({ currency: "USD", channels: [{ id: "a", parent: "b" }] });
 * r.success; //=> false
 * !r.success && r.error.issues[0]; //=> { path: ["channels", 0, "parent"], code: "unknown_reference", message: "unknown parent channel 'b'" }
 * ```
 *
 * @category Pricing
 */
export function safeDefinePriceBook(json: unknown): SafeResult<PriceBook, PriceBookError> {
  const r = checkPriceBook(json);
  return r.ok ? { success: true, data: r.book } : { success: false, error: new PriceBookError(r.issues) };
}

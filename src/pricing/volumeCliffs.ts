/**
 * Volume cliffs: the tier bounds where a volume price's total drops as the quantity grows
 * (buying one more unit makes the whole order cheaper). Graduated prices with non-negative
 * amounts never drop, so they have none.
 *
 * Complexity: O(t) quotes for t tiers. Reference: Stripe Billing volume pricing.
 */
import { isCompiledPriceBook, type CompiledPriceBook } from "./compilePriceBook.js";
import { add, cmp, formatDecimal, mul, parseDecimal, sub, type Dec } from "./decimal.js";
import { quote, type QuoteResult } from "./quote.js";
import type { QuoteRequest } from "./schema.js";
import type { PriceBook } from "./types.js";

/**
 * What {@link findVolumeCliffs} prices: a quote request without the quantity.
 *
 * @category Pricing
 */
export type VolumeCliffsRequest = Omit<QuoteRequest, "quantity">;

/**
 * One quantity where the total drops.
 *
 * @category Pricing
 */
export interface VolumeCliff {
  /** Index of the tier that ends at the cliff. */
  readonly tier: number;
  /** The tier's `upTo`: the last quantity at the higher total. */
  readonly quantity: string;
  /** The exact total at `quantity`. */
  readonly total: string;
  /** The exact total just above `quantity` (the limit from the right, in the next tier). */
  readonly totalAbove: string;
  /** total − totalAbove (positive). */
  readonly drop: string;
}

function d(text: string): Dec {
  return parseDecimal(text)!;
}

function exactTotal(r: QuoteResult): Dec {
  return r.lines.reduce((s, l) => add(s, d(l.amount)), d("0"));
}

/**
 * Lists the quantities where a volume price's total drops: at the end of tier k the whole
 * quantity moves to tier k+1, and if `upTo × unit(k+1) + flat(k+1)` is below
 * `upTo × unit(k) + flat(k)`, every quantity just above `upTo` costs less than `upTo` itself.
 * Totals are exact (before rounding) and include the channel derivation.
 *
 * @param book - a validated or compiled book
 * @param request - `{ sku, channel, region?, date }`, selected exactly as {@link quote} selects
 * @returns the cliffs in ascending quantity; empty for graduated prices and monotone volume prices
 * @throws {@link QuoteError} as {@link quote} does (`no_price`, `unknown_channel`, `invalid_request`)
 * @example
 * ```ts
 * // E2-V: volume tiers 5 × 5.00 + 10, 10 × 4.00 + 20, 15 × 3.00 + 30, 20 × 2.00 + 40, then 1.00 + 50
 * findVolumeCliffs(book, { sku: "E2-V", channel: "list", date: "2026-05-01" });
 * //=> [{ tier: 2, quantity: "15", total: "75.00", totalAbove: "70.00", drop: "5.00" },
 * //    { tier: 3, quantity: "20", total: "80.00", totalAbove: "70.00", drop: "10.00" }]
 * ```
 *
 * @category Pricing
 */
export function findVolumeCliffs(book: PriceBook | CompiledPriceBook, request: VolumeCliffsRequest): VolumeCliff[] {
  const plain: PriceBook = isCompiledPriceBook(book) ? book.book : book;
  const probe = quote(book, { ...request, quantity: 0 });
  const taken = probe.trace.find((e) => e.step === "candidate" && e.taken);
  const price = taken?.step === "candidate" ? plain.prices[taken.price] : undefined;
  if (price?.tiersMode !== "volume") return [];
  const cliffs: VolumeCliff[] = [];
  const m = plain.minorUnits;
  for (let k = 0; k + 1 < price.tiers.length; k++) {
    const upTo = price.tiers[k]!.upTo!;
    const at = quote(book, { ...request, quantity: upTo }, { trace: false });
    const nextUp = price.tiers[k + 1]!.upTo;
    const inNext = quote(book, { ...request, quantity: nextUp ?? formatDecimal(add(d(upTo), d("1"))) }, { trace: false });
    const nextLine = inNext.lines[0]!;
    const total = exactTotal(at);
    const above = add(mul(d(upTo), d(nextLine.unitAmount)), d(nextLine.flatAmount));
    if (cmp(above, total) < 0) {
      cliffs.push({ tier: k, quantity: upTo, total: formatDecimal(total, m), totalAbove: formatDecimal(above, m), drop: formatDecimal(sub(total, above), m) });
    }
  }
  return cliffs;
}

/**
 * The former name of {@link findVolumeCliffs}.
 *
 * @deprecated Use {@link findVolumeCliffs}; this name goes away in 2.0.
 * @category Pricing
 */
export const volumeCliffs = findVolumeCliffs;

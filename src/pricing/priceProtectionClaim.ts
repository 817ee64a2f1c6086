/**
 * Price protection (价格保护): when the vendor lowers a price, a partner is credited the
 * difference on the stock it still holds, as far as that stock was bought recently.
 *
 * claim = (old − new) × min(max(0, stock at the end of the day before the effective date),
 * bought from the vendor within `protectionDays` before the effective date). Prices not given
 * are read from the book: the eligible quantity is quoted on the day before the effective date
 * (old) and on it (new), tiers and channel derivation included. Complexity: O(n) in the number
 * of stock movements, plus two quotes. Reference: distributor price-protection clauses (stock on
 * hand at the effective date, limited to recent purchases).
 */
import type { SafeResult } from "../errors/SafeResult.js";
import * as z from "zod/mini";
import { QuoteError } from "../errors/QuoteError.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { addDays } from "../internal/dates.js";
import { add, cmp, formatDecimal, formatScaled, min, mul, parseDecimal, roundToScale, sign, sub, toDecimal, ZERO, type Dec } from "./decimal.js";
import { quote } from "./quote.js";
import { PriceDropSchema, StockMovementSchema, type PriceDropInput, type StockMovementInput } from "./schema.js";
import type { PriceBook } from "./types.js";
import { fromZodIssues } from "../errors/fromZodIssues.js";
import { useDefaultMessages } from "./quoteRequestSchema.js";

/**
 * Options of {@link claimPriceProtection}.
 *
 * @category Pricing
 */
export interface PriceProtectionOptions {
  /** Days before the effective date in which purchases are protected (default 90). */
  readonly protectionDays?: number;
}

/**
 * The result of {@link claimPriceProtection}.
 *
 * @category Pricing
 */
export interface PriceProtectionClaim {
  /** The sku whose price dropped. */
  readonly sku: string;
  /** The channel whose price dropped. */
  readonly channel: string;
  /** First day of the new price. */
  readonly effective: string;
  /** The protection window in days. */
  readonly protectionDays: number;
  /** First day of the window: `effective − protectionDays`. */
  readonly windowFrom: string;
  /**
   * The unit price before: as given, or read from the book (the book's unit price for the
   * eligible quantity on the day before `effective`, rounded to minor units).
   */
  readonly oldPrice: string;
  /** The unit price from `effective`: as given, or read from the book on `effective`. */
  readonly newPrice: string;
  /** Where `oldPrice` comes from. */
  readonly oldPriceFrom: "given" | "book";
  /** Where `newPrice` comes from. */
  readonly newPriceFrom: "given" | "book";
  /** oldPrice − newPrice per unit (exact; `"0.00"` when the price did not fall). */
  readonly priceDrop: string;
  /** Stock at the end of the day before the effective date, never below 0. */
  readonly stock: string;
  /** Sell-in (positive movements) within `[windowFrom, effective)`. */
  readonly boughtInWindow: string;
  /** min(stock, boughtInWindow): the quantity credited. */
  readonly eligibleQuantity: string;
  /**
   * What the eligible quantity cost at the old price minus what it costs at the new one (given
   * prices: priceDrop × eligibleQuantity; book prices: the exact tiered amounts), never below 0,
   * rounded once to the currency's minor units.
   */
  readonly claim: string;
}

/**
 * The former name of `SafeResult<PriceProtectionClaim, QuoteError>`.
 *
 * @deprecated Use {@link SafeResult}`<PriceProtectionClaim, QuoteError>`; this name goes away in 2.0.
 *
 * @category Pricing
 */
export type SafePriceProtectionClaimResult = SafeResult<PriceProtectionClaim, QuoteError>;

/**
 * Computes a partner's price-protection claim for a price drop from its dated stock movements.
 *
 * @param book - a validated book (currency, rounding, channels)
 * A price left out of `drop` is read from the book: the eligible quantity is quoted in the
 * drop's channel (and `region`, if given) on the day before `effective` for the old price and on
 * `effective` for the new one, so both validity windows, volume and graduated tiers and derived
 * channels are taken as a quote takes them. The claim is then the difference of the two exact
 * amounts, rounded once; `oldPrice` and `newPrice` show the unit prices (amount ÷ quantity,
 * rounded to minor units; at quantity 1 when nothing is eligible).
 *
 * @param drop - `{ sku, channel, region?, effective, oldPrice?, newPrice? }`
 * @param movements - the partner's movements `{ sku, date, quantity }`: sell-in positive,
 *   sell-out negative; movements of other skus are ignored
 * @param options - {@link PriceProtectionOptions}; `protectionDays` defaults to 90
 * @returns the claim with the quantities it rests on
 * @throws {@link QuoteError} `invalid_request` (with issues) or `unknown_channel`; `no_price`
 *   when a price to read from the book is not there
 * @example
 * ```ts
 * const c = claimPriceProtection(book,
 *   { sku: "ERP-STD", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" },
 *   [{ sku: "ERP-STD", date: "2026-02-01", quantity: 100 }, { sku: "ERP-STD", date: "2026-05-10", quantity: 50 },
 *    { sku: "ERP-STD", date: "2026-06-01", quantity: -70 }]);
 * c.stock; //=> "80"
 * c.boughtInWindow; //=> "50"
 * c.claim; //=> "35.00"
 * // the same drop read from the book (list 6.00 → 5.00 from 2026-07-01, distributor 30 % off)
 * const b = claimPriceProtection(book, { sku: "ERP-STD", channel: "distributor", effective: "2026-07-01" }, movements);
 * [b.oldPrice, b.newPrice, b.claim]; //=> ["4.20", "3.50", "35.00"]
 * ```
 *
 * @category Pricing
 */
export function claimPriceProtection(
  book: PriceBook,
  drop: PriceDropInput,
  movements: readonly StockMovementInput[],
  options?: PriceProtectionOptions,
): PriceProtectionClaim {
  const protectionDays = options?.protectionDays ?? 90;
  useDefaultMessages();
  const parsed = z
    .strictObject({
      drop: PriceDropSchema,
      movements: z.array(StockMovementSchema),
      protectionDays: z.number().check(z.int(), z.minimum(0), z.maximum(36600)),
    })
    .safeParse({ drop, movements, protectionDays });
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues);
    throw new QuoteError("invalid_request", M.invalidRequest(issues.length), {}, issues);
  }
  const { sku, channel, effective } = parsed.data.drop;
  if (!book.channels.some((c) => c.id === channel)) throw new QuoteError("unknown_channel", M.unknownChannel(channel), { channel });
  const windowFrom = addDays(effective, -protectionDays);
  let stock: Dec = ZERO;
  let bought: Dec = ZERO;
  for (const mv of parsed.data.movements) {
    if (mv.sku !== sku || mv.date >= effective) continue;
    const q = toDecimal(mv.quantity)!;
    stock = add(stock, q);
    if (sign(q) > 0 && mv.date >= windowFrom) bought = add(bought, q);
  }
  if (sign(stock) < 0) stock = ZERO;
  const eligible = min(stock, bought);
  const m = book.minorUnits;
  const region = parsed.data.drop.region ?? null;
  const price = (given: string | number | undefined, date: string): PriceRead => {
    if (given !== undefined) {
      const unit = toDecimal(given)!;
      return { from: "given", unit, unitText: formatDecimal(unit, m), amount: mul(unit, eligible) };
    }
    const q = sign(eligible) > 0 ? eligible : { n: 1n, s: 0 };
    const r = quote(book, { sku, channel, region, date, quantity: formatDecimal(q) }, { trace: false });
    const amount = r.lines.reduce((sum, line) => add(sum, parseDecimal(line.amount)!), ZERO);
    return { from: "book", unit: parseDecimal(r.unitPrice!)!, unitText: r.unitPrice!, amount: sign(eligible) > 0 ? amount : ZERO };
  };
  const before = price(parsed.data.drop.oldPrice, addDays(effective, -1));
  const after = price(parsed.data.drop.newPrice, effective);
  const rawDrop = sub(before.unit, after.unit);
  const priceDrop = cmp(rawDrop, ZERO) > 0 ? rawDrop : ZERO;
  const rawClaim = sub(before.amount, after.amount);
  const claim = cmp(rawClaim, ZERO) > 0 ? rawClaim : ZERO;
  return {
    sku,
    channel,
    effective,
    protectionDays,
    windowFrom,
    oldPrice: before.unitText,
    newPrice: after.unitText,
    oldPriceFrom: before.from,
    newPriceFrom: after.from,
    priceDrop: formatDecimal(priceDrop, m),
    stock: formatDecimal(stock),
    boughtInWindow: formatDecimal(bought),
    eligibleQuantity: formatDecimal(eligible),
    claim: formatScaled(roundToScale(claim, m, book.rounding), m),
  };
}

/** A unit price and the eligible quantity's amount at it, given or read from the book. */
interface PriceRead {
  readonly from: "given" | "book";
  readonly unit: Dec;
  readonly unitText: string;
  readonly amount: Dec;
}

/**
 * Like {@link claimPriceProtection}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param book - a validated book
 * @param drop - the price drop
 * @param movements - the partner's stock movements
 * @param options - {@link PriceProtectionOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }` (a {@link QuoteError})
 * @example
 * ```ts
 * const r = safeClaimPriceProtection(book, { sku: "X", channel: "nope", effective: "2026-07-01", oldPrice: 1, newPrice: 0 }, []);
 * !r.success && r.error.code; //=> "unknown_channel"
 * ```
 *
 * @category Pricing
 */
export function safeClaimPriceProtection(
  book: PriceBook,
  drop: PriceDropInput,
  movements: readonly StockMovementInput[],
  options?: PriceProtectionOptions,
): SafeResult<PriceProtectionClaim, QuoteError> {
  try {
    return { success: true, data: claimPriceProtection(book, drop, movements, options) };
  } catch (e) {
    if (e instanceof QuoteError) return { success: false, error: e };
    throw e;
  }
}

/**
 * The former name of {@link claimPriceProtection}.
 *
 * @deprecated Use {@link claimPriceProtection}; this name goes away in 2.0.
 *
 * @category Pricing
 */
export const priceProtectionClaim = claimPriceProtection;

/**
 * The former name of {@link safeClaimPriceProtection}.
 *
 * @deprecated Use {@link safeClaimPriceProtection}; this name goes away in 2.0.
 * @category Pricing
 */
export const safePriceProtectionClaim = safeClaimPriceProtection;

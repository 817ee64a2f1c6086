/**
 * Price protection (价格保护): when the vendor lowers a price, a partner is credited the
 * difference on the stock it still holds, as far as that stock was bought recently.
 *
 * claim = (old − new) × min(max(0, stock at the end of the day before the effective date),
 * bought from the vendor within `protectionDays` before the effective date). Complexity: O(n)
 * in the number of stock movements. Reference: distributor price-protection clauses (stock on
 * hand at the effective date, limited to recent purchases).
 */
import type { SafeResult } from "../errors/SafeResult.js";
import * as z from "zod/mini";
import { QuoteError } from "../errors/QuoteError.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { addDays } from "../internal/dates.js";
import { add, cmp, formatDecimal, formatScaled, min, mul, roundToScale, sign, sub, toDecimal, ZERO, type Dec } from "./decimal.js";
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
  /** old − new per unit (exact; `"0.00"` when the price did not fall). */
  readonly priceDrop: string;
  /** Stock at the end of the day before the effective date, never below 0. */
  readonly stock: string;
  /** Sell-in (positive movements) within `[windowFrom, effective)`. */
  readonly boughtInWindow: string;
  /** min(stock, boughtInWindow): the quantity credited. */
  readonly eligibleQuantity: string;
  /** priceDrop × eligibleQuantity, rounded once to the currency's minor units. */
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
 * @param drop - `{ sku, channel, effective, oldPrice, newPrice }`
 * @param movements - the partner's movements `{ sku, date, quantity }`: sell-in positive,
 *   sell-out negative; movements of other skus are ignored
 * @param options - {@link PriceProtectionOptions}; `protectionDays` defaults to 90
 * @returns the claim with the quantities it rests on
 * @throws {@link QuoteError} `invalid_request` (with issues) or `unknown_channel`
 * @example
 * ```ts
 * const c = claimPriceProtection(book,
 *   { sku: "ERP-STD", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" },
 *   [{ sku: "ERP-STD", date: "2026-02-01", quantity: 100 }, { sku: "ERP-STD", date: "2026-05-10", quantity: 50 },
 *    { sku: "ERP-STD", date: "2026-06-01", quantity: -70 }]);
 * c.stock; //=> "80"
 * c.boughtInWindow; //=> "50"
 * c.claim; //=> "35.00"
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
  const rawDrop = sub(toDecimal(parsed.data.drop.oldPrice)!, toDecimal(parsed.data.drop.newPrice)!);
  const priceDrop = cmp(rawDrop, ZERO) > 0 ? rawDrop : ZERO;
  const m = book.minorUnits;
  return {
    sku,
    channel,
    effective,
    protectionDays,
    windowFrom,
    priceDrop: formatDecimal(priceDrop, m),
    stock: formatDecimal(stock),
    boughtInWindow: formatDecimal(bought),
    eligibleQuantity: formatDecimal(eligible),
    claim: formatScaled(roundToScale(mul(priceDrop, eligible), m, book.rounding), m),
  };
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

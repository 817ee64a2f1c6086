/**
 * The line of a quote, one per tier used.
 */

/**
 * One row per tier used. Amounts are exact (at least the currency's decimals, more if needed).
 *
 * @category Pricing
 */
export interface QuoteLine {
  /** Quantities above this bound fall in the tier (the previous tier's `upTo`, `"0"` for the first). */
  readonly from: string;
  /** The tier's inclusive `upTo`, or null for the open tier. */
  readonly to: string | null;
  /** Quantity billed in this tier (volume: the whole quantity). */
  readonly quantity: string;
  /** Unit amount after derivation, exact. */
  readonly unitAmount: string;
  /** Flat amount after derivation, exact. */
  readonly flatAmount: string;
  /** quantity × unitAmount + flatAmount, exact (rounding happens once, on the total). */
  readonly amount: string;
}

import { MrpError } from "./MrpError.js";
import { formatIssues, type Issue } from "./Issue.js";

/**
 * Thrown by `definePriceBook` (and returned by `safeDefinePriceBook`) when a price book is
 * invalid. `issues` lists every problem at once, each with its JSON path.
 *
 * @example
 * ```ts
 * const r = safeDefinePriceBook({ currency: "XXX", channels: [{ id: "list" }], prices: [] });
 * if (!r.success) r.error.issues[0]; //=> { path: ["currency"], code: "unknown_currency", message: "unknown currency 'XXX': ..." }
 * ```
 *
 * @category Errors
 */
export class PriceBookError extends MrpError {
  /** Always `"PriceBookError"`. */
  override readonly name = "PriceBookError";
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - the problems (at least one)
   * @param what - what was validated, for the message (default "price book")
   */
  constructor(issues: readonly Issue[], what = "price book") {
    super(
      "invalid_price_book",
      `invalid ${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${formatIssues(issues)}`,
      { issues },
    );
    this.issues = issues;
  }
}

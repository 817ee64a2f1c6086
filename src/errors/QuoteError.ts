import type { QuoteErrorCode } from "./codes.js";
import { MrpError } from "./MrpError.js";
import { formatIssues, type Issue } from "./Issue.js";

/**
 * Thrown by the pricing functions (`quote`, `settleRebate`, `priceProtectionClaim`,
 * `checkTerritories`) when a request cannot be answered. Branch on `code`, never on the message.
 *
 * @example
 * ```ts
 * const r = safeQuote(book, { sku: "NOPE", quantity: 1, channel: "list", date: "2026-05-01" });
 * if (!r.success) r.error.code; //=> "no_price"
 * ```
 *
 * @category Errors
 */
export class QuoteError extends MrpError {
  /** Always `"QuoteError"`. */
  override readonly name = "QuoteError";
  /** Stable machine code; see {@link QuoteErrorCode}. */
  override readonly code: QuoteErrorCode;
  /** The problems of an `invalid_request`, each with its path; empty for the other codes. */
  readonly issues: readonly Issue[];

  /**
   * @param code - stable machine code
   * @param message - readable message
   * @param details - structured details (what was searched)
   * @param issues - validation problems, for `invalid_request`
   */
  constructor(code: QuoteErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}, issues: readonly Issue[] = []) {
    super(code, issues.length > 0 ? `${message}\n${formatIssues(issues)}` : message, issues.length > 0 ? { ...details, issues } : details);
    this.code = code;
    this.issues = issues;
  }
}

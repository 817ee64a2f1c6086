/**
 * Validation of sales lines for rebates and territory checks: the strict schema, and amounts
 * with no more decimals than the book's currency (they are invoice amounts).
 *
 * @internal
 */
import * as z from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { QuoteError } from "../errors/QuoteError.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { formatDecimal, normalize, toDecimal, type Dec } from "./decimal.js";
import { SalesLineSchema } from "./schema.js";
import type { PriceBook } from "./types.js";
import { fromZodIssues } from "../errors/fromZodIssues.js";
import { useDefaultMessages } from "./quoteRequestSchema.js";

/** A validated sales line. */
export interface SaleC {
  readonly index: number;
  readonly id: string | null;
  readonly partner: string;
  readonly sku: string;
  readonly date: string;
  readonly amount: Dec;
  readonly region: string | null;
}

/** Validates sales lines against the book's currency; throws a QuoteError `invalid_request`. */
export function readSales(book: PriceBook, sales: unknown, what = "sales"): SaleC[] {
  useDefaultMessages();
  const r = z.array(SalesLineSchema).safeParse(sales);
  if (!r.success) {
    const issues = fromZodIssues(r.error.issues, { prefix: [what] });
    throw new QuoteError("invalid_request", M.invalidSales(issues.length), {}, issues);
  }
  const issues: Issue[] = [];
  const out = r.data.map((s, index): SaleC => {
    const amount = toDecimal(s.amount)!;
    if (normalize(amount).s > book.minorUnits) {
      issues.push({ path: [what, index, "amount"], code: "too_many_decimals", message: M.salesDecimals(formatDecimal(amount), book.minorUnits, book.currency) });
    }
    return { index, id: s.id ?? null, partner: s.partner, sku: s.sku, date: s.date, amount, region: s.region ?? null };
  });
  if (issues.length > 0) throw new QuoteError("invalid_request", M.invalidSales(issues.length), {}, issues);
  return out;
}

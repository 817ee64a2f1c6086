/**
 * The value schemas shared by every pricing document (decimal, date, region) and the quote
 * request, built with zod's small API (`zod/mini`). They stand apart from the price book's schemas
 * so that quoting, which validates only its request, does not bring the rest of zod into a
 * browser bundle.
 */
import * as z from "zod/mini";
import { en } from "zod/v4/locales";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { isIsoDate } from "../internal/dates.js";
import { isRegion } from "./regions.js";
import { parseDecimal } from "./decimal.js";

/**
 * A decimal: a plain decimal string (`"6.50"`) or a finite JSON number, read by its shortest
 * decimal form. `1e400` (Infinity after `JSON.parse`) is rejected with a readable message.
 */
export const DecimalSchema = z.custom<string | number>(
  (v) => (typeof v === "string" && parseDecimal(v) !== undefined) || (typeof v === "number" && Number.isFinite(v)),
  { error: (iss) => M.invalidDecimal(iss.input), params: { code: "invalid_decimal" } },
);

/** An ISO calendar date `YYYY-MM-DD` that exists (2027-02-30 does not). */
export const IsoDateSchema = z.custom<string>((v) => typeof v === "string" && isIsoDate(v), {
  error: (iss) => M.invalidDate(iss.input),
  params: { code: "invalid_date" },
});

/** A region code: dash-separated segments, outermost first (`CN`, `CN-ZJ`). */
export const RegionSchema = z.string().check(
  z.refine(isRegion, {
    error: (iss) => M.invalidRegion(String(iss.input)),
    params: { code: "invalid_region" },
  }),
);

/** A quote request. */
export const QuoteRequestSchema = z.strictObject({
  sku: z.string().check(z.minLength(1)),
  quantity: DecimalSchema,
  channel: z.string().check(z.minLength(1)),
  region: z.optional(z.nullable(RegionSchema)),
  date: IsoDateSchema,
});

/**
 * Sets zod's English messages when no locale is set, as zod's full API does when it is loaded, so
 * the messages of every pricing schema are the same whichever part of zod a program bundles. Call
 * it before parsing with a pricing schema.
 */
export function useDefaultMessages(): void {
  if (z.config().localeError === undefined) z.config(en());
}

/** Validates a quote request (zod's English messages unless a locale is set). */
export function safeParseQuoteRequest(request: unknown): z.core.util.SafeParseResult<z.output<typeof QuoteRequestSchema>> {
  useDefaultMessages();
  return QuoteRequestSchema.safeParse(request);
}

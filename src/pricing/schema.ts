/**
 * The zod schemas of the price book and of the pricing requests: the single source of truth for
 * the input types and for the published JSON Schema (`mrpkit schema --price-book`). Structural
 * checks live here; cross-reference checks (channel tree, overlapping scopes and grants) live in
 * `checkPriceBook.ts`, which sees the whole document.
 */
import * as z from "zod";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { minorUnitsOf } from "./currencies.js";
import { isIsoDate } from "../internal/dates.js";
import { isRegion } from "./regions.js";
import { parseDecimal } from "./decimal.js";
import type {
  PriceBookInput,
  PriceDropInput,
  QuoteRequest,
  SalesLineInput,
  StockMovementInput,
} from "./inputTypes.js";

/** JSON Schema pattern of a decimal string. */
export const DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

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
export const RegionSchema = z.string().refine(isRegion, {
  error: (iss) => M.invalidRegion(String(iss.input)),
  params: { code: "invalid_region" },
});

/** The rounding mode of a price book; see `docs/decisions-pricing.md`. */
export const RoundingModeSchema = z.enum(["half-even", "half-away-from-zero", "up", "down"]);

/** How tiers price a quantity (Stripe semantics). */
export const TiersModeSchema = z.enum(["volume", "graduated"]);

/** A level of the channel tree. */
export const ChannelSchema = z.strictObject({
  id: z.string().min(1),
  parent: z.string().min(1).nullable().optional(),
  discount: DecimalSchema.optional(),
  markup: DecimalSchema.optional(),
});

/** One price tier; `upTo` is inclusive and `null` on the last (open) tier. */
export const TierSchema = z.strictObject({
  upTo: DecimalSchema.nullable(),
  unitAmount: DecimalSchema.optional(),
  flatAmount: DecimalSchema.optional(),
});

/** One price: a sku in a channel, optionally for a region, valid `validFrom <= date < validTo`. */
export const PriceSchema = z.strictObject({
  id: z.string().min(1).optional(),
  sku: z.string().min(1),
  channel: z.string().min(1),
  region: RegionSchema.nullable().optional(),
  validFrom: IsoDateSchema.nullable().optional(),
  validTo: IsoDateSchema.nullable().optional(),
  tiersMode: TiersModeSchema.optional(),
  tiers: z.array(TierSchema).min(1).optional(),
  unitAmount: DecimalSchema.optional(),
  flatAmount: DecimalSchema.optional(),
});

/** A territory grant: `partner` may sell skus matching `sku` (`*`, `ERP-*` or exact) in `region`. */
export const TerritorySchema = z.strictObject({
  partner: z.string().min(1),
  region: RegionSchema,
  sku: z.string().min(1).optional(),
  from: IsoDateSchema.nullable().optional(),
  to: IsoDateSchema.nullable().optional(),
  exclusive: z.boolean().optional(),
});

/** A rebate tier: from this basis on, this rate. */
export const RebateTierSchema = z.strictObject({
  from: DecimalSchema,
  rate: DecimalSchema,
});

/** A rebate agreement (year-end rebate) with one partner over `from <= date < to`. */
export const RebateSchema = z.strictObject({
  id: z.string().min(1),
  partner: z.string().min(1),
  from: IsoDateSchema,
  to: IsoDateSchema.nullable().optional(),
  mode: z.enum(["retroactive", "marginal"]),
  accrualRate: DecimalSchema.optional(),
  tiers: z.array(RebateTierSchema).min(1),
});

/** The currency code; it must be one whose minor units mrpkit knows. */
export const CurrencySchema = z.string().refine((c) => minorUnitsOf(c) !== undefined, {
  error: (iss) => M.unknownCurrency(String(iss.input)),
  params: { code: "unknown_currency" },
});

/** The price book document (docs/pricing.md). */
export const PriceBookSchema = z.strictObject({
  $schema: z.string().optional(),
  currency: CurrencySchema,
  rounding: RoundingModeSchema.optional(),
  channels: z.array(ChannelSchema).min(1),
  prices: z.array(PriceSchema).optional(),
  territories: z.array(TerritorySchema).optional(),
  rebates: z.array(RebateSchema).optional(),
});

/** A sales line for rebates and territory checks; returns are negative amounts. */
export const SalesLineSchema = z.strictObject({
  id: z.string().min(1).optional(),
  partner: z.string().min(1),
  sku: z.string().min(1),
  date: IsoDateSchema,
  amount: DecimalSchema,
  quantity: DecimalSchema.optional(),
  region: RegionSchema.nullable().optional(),
});

/** A dated stock movement of a partner: sell-in positive, sell-out negative. */
export const StockMovementSchema = z.strictObject({
  sku: z.string().min(1),
  date: IsoDateSchema,
  quantity: DecimalSchema,
});

/** A quote request. */
export const QuoteRequestSchema = z.strictObject({
  sku: z.string().min(1),
  quantity: DecimalSchema,
  channel: z.string().min(1),
  region: RegionSchema.nullable().optional(),
  date: IsoDateSchema,
});

/** A price drop that triggers price protection. */
export const PriceDropSchema = z.strictObject({
  sku: z.string().min(1),
  channel: z.string().min(1),
  effective: IsoDateSchema,
  oldPrice: DecimalSchema,
  newPrice: DecimalSchema,
});

/** Keeps the documented input types and the schemas in step: each schema accepts its type. */
type Accepts<Schema extends z.ZodType, T> = T extends z.input<Schema> ? true : never;
const inputTypesMatch: [
  Accepts<typeof PriceBookSchema, PriceBookInput>,
  Accepts<typeof SalesLineSchema, SalesLineInput>,
  Accepts<typeof StockMovementSchema, StockMovementInput>,
  Accepts<typeof QuoteRequestSchema, QuoteRequest>,
  Accepts<typeof PriceDropSchema, PriceDropInput>,
  z.input<typeof PriceBookSchema> extends PriceBookInput ? true : never,
] = [true, true, true, true, true, true];
void inputTypesMatch;

export type {
  ChannelInput,
  DecimalInput,
  PriceBookInput,
  PriceDropInput,
  PriceInput,
  QuoteRequest,
  RebateInput,
  RebateTierInput,
  MoneyRoundingMode,
  SalesLineInput,
  StockMovementInput,
  TerritoryInput,
  TierInput,
  TiersMode,
} from "./inputTypes.js";

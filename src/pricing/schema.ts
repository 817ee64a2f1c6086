/**
 * The zod schemas of the price book and of the pricing requests: the single source of truth for
 * the input types and for the published JSON Schema (`mrpkit schema --price-book`). Structural
 * checks live here; cross-reference checks (channel tree, overlapping scopes and grants) live in
 * `checkPriceBook.ts`, which sees the whole document.
 */
import * as z from "zod";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { minorUnitsOf } from "./currencies.js";
import { DecimalSchema, IsoDateSchema, RegionSchema, type QuoteRequestSchema } from "./quoteRequestSchema.js";
import type {
  PriceBookInput,
  PriceDropInput,
  QuoteRequest,
  SalesLineInput,
  StockMovementInput,
} from "./inputTypes.js";

/** JSON Schema pattern of a decimal string. */
export const DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

export { DecimalSchema, IsoDateSchema, RegionSchema, QuoteRequestSchema } from "./quoteRequestSchema.js";

/** The rounding mode of a price book; see `docs/decisions-pricing.md`. */
export const RoundingModeSchema = z.enum(["half-even", "half-away-from-zero", "up", "down"]);

/** How tiers price a quantity (Stripe semantics). */
export const TiersModeSchema = z.enum(["volume", "graduated"]);

/** A level of the channel tree. */
export const ChannelSchema = z.strictObject({
  id: z.string().min(1),
  parent: z.string().min(1).nullable().optional(),
  discount: z.optional(DecimalSchema),
  markup: z.optional(DecimalSchema),
});

/** One price tier; `upTo` is inclusive and `null` on the last (open) tier. */
export const TierSchema = z.strictObject({
  upTo: z.nullable(DecimalSchema),
  unitAmount: z.optional(DecimalSchema),
  flatAmount: z.optional(DecimalSchema),
});

/** One price: a sku in a channel, optionally for a region, valid `validFrom <= date < validTo`. */
export const PriceSchema = z.strictObject({
  id: z.string().min(1).optional(),
  sku: z.string().min(1),
  channel: z.string().min(1),
  region: z.nullable(RegionSchema).optional(),
  validFrom: z.nullable(IsoDateSchema).optional(),
  validTo: z.nullable(IsoDateSchema).optional(),
  tiersMode: TiersModeSchema.optional(),
  tiers: z.array(TierSchema).min(1).optional(),
  unitAmount: z.optional(DecimalSchema),
  flatAmount: z.optional(DecimalSchema),
});

/** A territory grant: `partner` may sell skus matching `sku` (`*`, `ERP-*` or exact) in `region`. */
export const TerritorySchema = z.strictObject({
  partner: z.string().min(1),
  region: RegionSchema,
  sku: z.string().min(1).optional(),
  from: z.nullable(IsoDateSchema).optional(),
  to: z.nullable(IsoDateSchema).optional(),
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
  to: z.nullable(IsoDateSchema).optional(),
  mode: z.enum(["retroactive", "marginal"]),
  accrualRate: z.optional(DecimalSchema),
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
  quantity: z.optional(DecimalSchema),
  region: z.nullable(RegionSchema).optional(),
});

/** A dated stock movement of a partner: sell-in positive, sell-out negative. */
export const StockMovementSchema = z.strictObject({
  sku: z.string().min(1),
  date: IsoDateSchema,
  quantity: DecimalSchema,
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
type Accepts<Schema extends z.core.$ZodType, T> = T extends z.input<Schema> ? true : never;
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

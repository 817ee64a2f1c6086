/**
 * The zod schemas of the price book and of the pricing requests: the single source of truth for
 * the input types and for the published JSON Schema (`mrpkit schema --price-book`). Structural
 * checks live here; cross-reference checks (channel tree, overlapping scopes and grants) live in
 * `checkPriceBook.ts`, which sees the whole document. They use zod's small API (`zod/mini`) so that
 * a browser bundle of the library does not carry the rest of zod.
 */
import * as z from "zod/mini";
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
  id: z.string().check(z.minLength(1)),
  parent: z.optional(z.nullable(z.string().check(z.minLength(1)))),
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
  id: z.optional(z.string().check(z.minLength(1))),
  sku: z.string().check(z.minLength(1)),
  channel: z.string().check(z.minLength(1)),
  region: z.optional(z.nullable(RegionSchema)),
  validFrom: z.optional(z.nullable(IsoDateSchema)),
  validTo: z.optional(z.nullable(IsoDateSchema)),
  tiersMode: z.optional(TiersModeSchema),
  tiers: z.optional(z.array(TierSchema).check(z.minLength(1))),
  unitAmount: z.optional(DecimalSchema),
  flatAmount: z.optional(DecimalSchema),
});

/** A territory grant: `partner` may sell skus matching `sku` (`*`, `ERP-*` or exact) in `region`. */
export const TerritorySchema = z.strictObject({
  partner: z.string().check(z.minLength(1)),
  region: RegionSchema,
  sku: z.optional(z.string().check(z.minLength(1))),
  from: z.optional(z.nullable(IsoDateSchema)),
  to: z.optional(z.nullable(IsoDateSchema)),
  exclusive: z.optional(z.boolean()),
});

/** A rebate tier: from this basis on, this rate. */
export const RebateTierSchema = z.strictObject({
  from: DecimalSchema,
  rate: DecimalSchema,
});

/** A rebate agreement (year-end rebate) with one partner over `from <= date < to`. */
export const RebateSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  partner: z.string().check(z.minLength(1)),
  from: IsoDateSchema,
  to: z.optional(z.nullable(IsoDateSchema)),
  mode: z.enum(["retroactive", "marginal"]),
  accrualRate: z.optional(DecimalSchema),
  excludeCrossTerritory: z.optional(z.enum(["none", "exclusive", "all"])),
  tiers: z.array(RebateTierSchema).check(z.minLength(1)),
});

/** The currency code; it must be one whose minor units mrpkit knows. */
export const CurrencySchema = z.string().check(
  z.refine((c) => minorUnitsOf(c) !== undefined, {
    error: (iss) => M.unknownCurrency(String(iss.input)),
    params: { code: "unknown_currency" },
  }),
);

/** The price book document (docs/pricing.md). */
export const PriceBookSchema = z.strictObject({
  $schema: z.optional(z.string()),
  currency: CurrencySchema,
  rounding: z.optional(RoundingModeSchema),
  channels: z.array(ChannelSchema).check(z.minLength(1)),
  prices: z.optional(z.array(PriceSchema)),
  territories: z.optional(z.array(TerritorySchema)),
  rebates: z.optional(z.array(RebateSchema)),
});

/** A sales line for rebates and territory checks; returns are negative amounts. */
export const SalesLineSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1))),
  partner: z.string().check(z.minLength(1)),
  sku: z.string().check(z.minLength(1)),
  date: IsoDateSchema,
  amount: DecimalSchema,
  quantity: z.optional(DecimalSchema),
  region: z.optional(z.nullable(RegionSchema)),
});

/** A dated stock movement of a partner: sell-in positive, sell-out negative. */
export const StockMovementSchema = z.strictObject({
  sku: z.string().check(z.minLength(1)),
  date: IsoDateSchema,
  quantity: DecimalSchema,
});

/** A price drop that triggers price protection; prices not given are read from the book. */
export const PriceDropSchema = z.strictObject({
  sku: z.string().check(z.minLength(1)),
  channel: z.string().check(z.minLength(1)),
  region: z.optional(z.nullable(RegionSchema)),
  effective: IsoDateSchema,
  oldPrice: z.optional(DecimalSchema),
  newPrice: z.optional(DecimalSchema),
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
  CrossTerritoryExclusion,
  MoneyRoundingMode,
  SalesLineInput,
  StockMovementInput,
  TerritoryInput,
  TierInput,
  TiersMode,
} from "./inputTypes.js";

/**
 * The documented shapes of the JSON the pricing functions accept. The zod schemas in
 * `schema.ts` validate them; a compile-time check there keeps both in step.
 */

/**
 * A rounding mode: `"half-even"` (default), `"half-away-from-zero"`, `"up"` (away from zero) or `"down"` (toward zero).
 *
 * @category Pricing
 */
export type MoneyRoundingMode = "half-even" | "half-away-from-zero" | "up" | "down";

/**
 * A tiers mode: `"volume"` (the whole quantity at one tier) or `"graduated"` (each unit at its tier).
 *
 * @category Pricing
 */
export type TiersMode = "volume" | "graduated";

/**
 * A decimal as written in JSON: a decimal string such as `"7.00"` (exact) or a finite number.
 *
 * @category Pricing
 */
export type DecimalInput = string | number;

/**
 * A level of the channel tree as written in JSON.
 *
 * @category Pricing
 */
export interface ChannelInput {
  /** Channel id, unique in the book. */
  id: string;
  /** Parent channel id; absent or null for a root. */
  parent?: string | null | undefined;
  /** Discount off the parent's price, 0 to 1 (`"0.30"` = 30 % off). */
  discount?: DecimalInput | undefined;
  /** Markup on the parent's price, 0 or more (`"0.05"` = 5 % on top). */
  markup?: DecimalInput | undefined;
}

/**
 * One tier as written in JSON.
 *
 * @category Pricing
 */
export interface TierInput {
  /** Inclusive upper quantity bound; null on the last tier. */
  upTo: DecimalInput | null;
  /** Amount per unit, major units (default 0). */
  unitAmount?: DecimalInput | undefined;
  /** Flat amount when the tier is used, major units (default 0). */
  flatAmount?: DecimalInput | undefined;
}

/**
 * One price as written in JSON.
 *
 * @category Pricing
 */
export interface PriceInput {
  /** Optional id, for people. */
  id?: string | undefined;
  /** The sku priced. */
  sku: string;
  /** The channel whose price this is. */
  channel: string;
  /** Region it applies to (`"CN"` contains `"CN-ZJ"`); absent or null for every region. */
  region?: string | null | undefined;
  /** First day valid, `YYYY-MM-DD`; absent or null for always. */
  validFrom?: string | null | undefined;
  /** First day no longer valid (exclusive); absent or null for open-ended. */
  validTo?: string | null | undefined;
  /** `volume` (default) or `graduated`. */
  tiersMode?: TiersMode | undefined;
  /** The tiers, ascending, the last one open; or give `unitAmount` instead. */
  tiers?: TierInput[] | undefined;
  /** A single open tier's unit amount (instead of `tiers`). */
  unitAmount?: DecimalInput | undefined;
  /** A single open tier's flat amount (with `unitAmount`). */
  flatAmount?: DecimalInput | undefined;
}

/**
 * A territory grant as written in JSON.
 *
 * @category Pricing
 */
export interface TerritoryInput {
  /** The partner holding the grant. */
  partner: string;
  /** The region granted, with its sub-regions. */
  region: string;
  /** Sku pattern: `*` (default), a prefix ending in `*`, or an exact sku. */
  sku?: string | undefined;
  /** First day, or null. */
  from?: string | null | undefined;
  /** First day no longer granted, or null. */
  to?: string | null | undefined;
  /** Exclusive (区域买断): no other partner's grant may overlap it (default false). */
  exclusive?: boolean | undefined;
}

/**
 * A rebate tier as written in JSON.
 *
 * @category Pricing
 */
export interface RebateTierInput {
  /** Basis from which the rate applies, major units. */
  from: DecimalInput;
  /** The rate, 0 to 1. */
  rate: DecimalInput;
}

/**
 * Which cross-territory sales (窜货) a rebate agreement leaves out of its basis: `"none"`,
 * `"exclusive"` (sales into another partner's exclusive territory) or `"all"` (every sale outside
 * the seller's own grants).
 *
 * @category Pricing
 */
export type CrossTerritoryExclusion = "none" | "exclusive" | "all";

/**
 * A rebate agreement as written in JSON.
 *
 * @category Pricing
 */
export interface RebateInput {
  /** Agreement id, unique in the book. */
  id: string;
  /** The partner it rewards. */
  partner: string;
  /** First day of the period. */
  from: string;
  /** First day after the period; absent or null for open-ended. */
  to?: string | null | undefined;
  /** `retroactive` or `marginal`. */
  mode: "retroactive" | "marginal";
  /** Rate accrued on every sales line (default 0). */
  accrualRate?: DecimalInput | undefined;
  /**
   * Cross-territory sales (窜货) left out of the basis: `"none"` (default), `"exclusive"` (sales
   * into another partner's exclusive territory) or `"all"` (every sale the territory check
   * reports). Needs the book's `territories`.
   */
  excludeCrossTerritory?: CrossTerritoryExclusion | undefined;
  /** Tiers in ascending `from` order. */
  tiers: RebateTierInput[];
}

/**
 * The price book document as written in JSON (docs/pricing.md).
 *
 * @category Pricing
 */
export interface PriceBookInput {
  /** JSON Schema reference for editors; ignored. */
  $schema?: string | undefined;
  /** ISO 4217 code of a currency whose minor units mrpkit knows. */
  currency: string;
  /** Rounding mode (default `half-even`). */
  rounding?: MoneyRoundingMode | undefined;
  /** The channel tree (at least one channel). */
  channels: ChannelInput[];
  /** The prices. */
  prices?: PriceInput[] | undefined;
  /** Territory grants. */
  territories?: TerritoryInput[] | undefined;
  /** Rebate agreements. */
  rebates?: RebateInput[] | undefined;
}

/**
 * A sales line for rebates and territory checks; returns are negative amounts.
 *
 * @category Pricing
 */
export interface SalesLineInput {
  /** Optional id (an invoice or credit note number). */
  id?: string | undefined;
  /** The selling partner. */
  partner: string;
  /** The sku sold. */
  sku: string;
  /** The sale date, `YYYY-MM-DD`. */
  date: string;
  /** The line amount in major units, at most the currency's decimals; negative for a return. */
  amount: DecimalInput;
  /** Quantity sold, for reference. */
  quantity?: DecimalInput | undefined;
  /** Where it was sold, for the territory check. */
  region?: string | null | undefined;
}

/**
 * A partner's dated stock movement: sell-in positive, sell-out negative.
 *
 * @category Pricing
 */
export interface StockMovementInput {
  /** The sku moved. */
  sku: string;
  /** The movement date, `YYYY-MM-DD`. */
  date: string;
  /** Quantity: positive in, negative out. */
  quantity: DecimalInput;
}

/**
 * A quote request.
 *
 * @category Pricing
 */
export interface QuoteRequest {
  /** The sku to price. */
  sku: string;
  /** Non-negative quantity; fractional allowed; a string is read exactly. */
  quantity: DecimalInput;
  /** The channel to price for. */
  channel: string;
  /** The customer's region; absent or null matches only prices without region. */
  region?: string | null | undefined;
  /** The pricing date, `YYYY-MM-DD`. */
  date: string;
}

/**
 * A price drop that triggers price protection.
 *
 * @category Pricing
 */
export interface PriceDropInput {
  /** The sku whose price fell. */
  sku: string;
  /** The channel whose price fell. */
  channel: string;
  /** The partner's region, for reading region prices from the book; absent or null for none. */
  region?: string | null | undefined;
  /** First day of the new price, `YYYY-MM-DD`. */
  effective: string;
  /** The unit price before; absent: read from the book on the day before `effective`. */
  oldPrice?: DecimalInput | undefined;
  /** The unit price from the effective date; absent: read from the book on `effective`. */
  newPrice?: DecimalInput | undefined;
}

/**
 * The validated, normalized price book that `definePriceBook` returns. Every decimal is a
 * canonical decimal string; every optional field is present (null when absent), so code that
 * reads a book never meets `undefined`.
 */
import type { CrossTerritoryExclusion, MoneyRoundingMode, TiersMode } from "./schema.js";

/**
 * A level of the channel tree, validated.
 *
 * @category Pricing
 */
export interface PriceBookChannel {
  /** Channel id. */
  readonly id: string;
  /** Parent channel, or null for a root. */
  readonly parent: string | null;
  /** Discount off the parent's price (`"0.3"` = 30 %), or null. */
  readonly discount: string | null;
  /** Markup on the parent's price (`"0.05"` = 5 %), or null. */
  readonly markup: string | null;
}

/**
 * One tier of a price, validated.
 *
 * @category Pricing
 */
export interface PriceBookTier {
  /** Inclusive upper quantity bound, or null for the last, open tier. */
  readonly upTo: string | null;
  /** Amount per unit in major units (exact, may have more decimals than the currency). */
  readonly unitAmount: string;
  /** Flat amount charged when the tier is used, in major units. */
  readonly flatAmount: string;
}

/**
 * One price, validated.
 *
 * @category Pricing
 */
export interface PriceBookPrice {
  /** Position in the book's `prices` array (named in traces as `prices[index]`). */
  readonly index: number;
  /** Optional id given in the book. */
  readonly id: string | null;
  /** The sku priced. */
  readonly sku: string;
  /** The channel whose price this is. */
  readonly channel: string;
  /** The region it applies to, or null for every region. */
  readonly region: string | null;
  /** First day of validity, or null for always. */
  readonly validFrom: string | null;
  /** First day no longer valid, or null for open-ended. */
  readonly validTo: string | null;
  /** `volume` or `graduated`. */
  readonly tiersMode: TiersMode;
  /** The tiers in ascending order; the last one is open. */
  readonly tiers: readonly PriceBookTier[];
}

/**
 * A territory grant, validated.
 *
 * @category Pricing
 */
export interface TerritoryGrant {
  /** Position in the book's `territories` array. */
  readonly index: number;
  /** The partner holding the grant. */
  readonly partner: string;
  /** Region granted (contains its sub-regions). */
  readonly region: string;
  /** Sku pattern: `*`, a prefix ending in `*`, or an exact sku. */
  readonly sku: string;
  /** First day, or null. */
  readonly from: string | null;
  /** First day no longer granted, or null. */
  readonly to: string | null;
  /** Exclusive grants (区域买断) may not overlap another partner's grant. */
  readonly exclusive: boolean;
}

/**
 * A rebate tier, validated.
 *
 * @category Pricing
 */
export interface RebateTier {
  /** Basis (major units) from which the rate applies. */
  readonly from: string;
  /** Rebate rate, e.g. `"0.03"`. */
  readonly rate: string;
}

/**
 * A rebate agreement, validated.
 *
 * @category Pricing
 */
export interface RebateAgreement {
  /** Agreement id. */
  readonly id: string;
  /** The partner it rewards. */
  readonly partner: string;
  /** First day of the period. */
  readonly from: string;
  /** First day after the period, or null for open-ended. */
  readonly to: string | null;
  /** `retroactive`: the whole basis at the reached rate; `marginal`: each slice at its rate. */
  readonly mode: "retroactive" | "marginal";
  /** Rate accrued on every sales line during the period (default `"0"`). */
  readonly accrualRate: string;
  /** Cross-territory sales left out of the basis (default `"none"`). */
  readonly excludeCrossTerritory: CrossTerritoryExclusion;
  /** Tiers in ascending `from` order. */
  readonly tiers: readonly RebateTier[];
}

/**
 * A validated, immutable price book. Build one with `definePriceBook`.
 *
 * @category Pricing
 */
export interface PriceBook {
  /** ISO 4217 currency code. */
  readonly currency: string;
  /** The currency's minor units (USD 2, JPY 0, BHD 3). */
  readonly minorUnits: number;
  /** Rounding mode of every money result (default `half-even`). */
  readonly rounding: MoneyRoundingMode;
  /** The channel tree, in document order. */
  readonly channels: readonly PriceBookChannel[];
  /** The prices, in document order. */
  readonly prices: readonly PriceBookPrice[];
  /** Territory grants, in document order. */
  readonly territories: readonly TerritoryGrant[];
  /** Rebate agreements, in document order. */
  readonly rebates: readonly RebateAgreement[];
}

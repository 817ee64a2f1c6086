/**
 * The internal form of a compiled price book: prices indexed by sku then channel index, tiers
 * as exact decimals, cumulative derivation factors per channel and ancestor distance. Kept out
 * of the public types (the public `CompiledPriceBook` is an opaque handle).
 *
 * @internal
 */
import type { Dec } from "./decimal.js";
import type { PriceBook, PriceBookPrice } from "./types.js";

/** A tier with its amounts as exact decimals. */
export interface TierC {
  readonly upTo: Dec | null;
  readonly upToText: string | null;
  readonly unit: Dec;
  readonly flat: Dec;
}

/** A tier's amounts after derivation to one channel, with their printed forms. */
export interface DerivedTierC {
  readonly unit: Dec;
  readonly flat: Dec;
  /** unit and flat as safe integers at `scale` (NaN when they do not fit in a Number). */
  readonly unitN: number;
  readonly flatN: number;
  readonly scale: number;
  readonly unitText: string;
  readonly flatText: string;
}

/** A price ready to quote. */
export interface PriceC {
  readonly price: PriceBookPrice;
  readonly region: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly graduated: boolean;
  readonly tiers: readonly TierC[];
  /**
   * The tiers' upTo as integers when every bound is a whole number (Infinity for the open tier),
   * or undefined: then quotes take the bigint path.
   */
  readonly upToN: readonly number[] | undefined;
  /** Derived tiers per requested channel index (the distance up is fixed by the tree); filled on first use. */
  readonly derived: (readonly DerivedTierC[] | undefined)[];
}

/** A channel with its ancestor chain and cumulative factors. */
export interface ChannelC {
  readonly id: string;
  /** Channel indexes from this channel up to its root: chain[0] is the channel itself. */
  readonly chain: readonly number[];
  /** factors[k]: the product of the derivation factors of chain[0..k-1] (factors[0] = 1). */
  readonly factors: readonly Dec[];
  /** This channel's own factor against its parent (1 for a root). */
  readonly factor: Dec;
  readonly kind: "discount" | "markup" | "none";
  readonly rate: string;
}

/** The whole compiled book. */
export interface CompiledState {
  readonly book: PriceBook;
  readonly channelIndex: ReadonlyMap<string, number>;
  readonly channels: readonly ChannelC[];
  /** sku → per channel index, the candidates sorted most specific region first. */
  readonly skus: ReadonlyMap<string, readonly (readonly PriceC[] | undefined)[]>;
}

/** The internal state of every compiled book handle. */
export const compiledStates = new WeakMap<object, CompiledState>();

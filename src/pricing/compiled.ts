/**
 * The internal form of a compiled price book: prices indexed by sku then channel index, tiers
 * as exact decimals, cumulative derivation factors per channel and ancestor distance. Kept out
 * of the public types (the public `CompiledPriceBook` is an opaque handle).
 *
 * @internal
 */
import { formatDecimal, mul, ONE, parseDecimal, scaleTo, type Dec } from "./decimal.js";
import { regionDepth } from "./regions.js";
import type { PriceBook, PriceBookPrice } from "./types.js";

/** A tier with its amounts as exact decimals. */
export interface TierC {
  readonly upTo: Dec | null;
  readonly upToText: string | null;
  readonly unit: Dec;
  readonly flat: Dec;
}

/**
 * A price's tiers after derivation to one channel. NOTE: laid out in one array of numbers and
 * one array of texts so a quote touches few objects (the index is memory-bound on large books).
 */
export interface DerivedC {
  /** The common scale of the Number amounts in `nums`. */
  readonly scale: number;
  /**
   * Per tier `[upTo, unit, flat]` (upTo Infinity for the open tier, amounts as integers at
   * `scale`), or undefined when a bound is not a whole number: then quotes take the bigint path.
   * An amount beyond 2^53 is NaN, which fails every range check and also falls back.
   */
  readonly nums: readonly number[] | undefined;
  /** Per tier `[from, to, unitText, flatText]`: printed bounds and derived amounts. */
  readonly texts: readonly (string | null)[];
  /** Exact derived unit amounts per tier. */
  readonly unit: readonly Dec[];
  /** Exact derived flat amounts per tier. */
  readonly flat: readonly Dec[];
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
   * Derived tiers per requested channel index (the distance up is fixed by the tree): the
   * price's own channel is filled at compile time, the others on first use.
   */
  readonly derived: (DerivedC | undefined)[];
}

/** A price's tiers derived to one channel as Numbers, for the flat index (see {@link DerivedC}). */
export interface DerivedNums {
  readonly scale: number;
  readonly nums: readonly number[] | undefined;
  readonly unit: readonly Dec[];
  readonly flat: readonly Dec[];
}

/** The tiers of `p` times `factor` as integers at a common scale, without their texts. */
export function derivedNums(p: Pick<PriceC, "tiers">, factor: Dec): DerivedNums {
  // The own channel (factor 1) shares the book's decimals instead of copying them.
  const same = factor.n === 1n && factor.s === 0;
  const unit = same ? p.tiers.map((t) => t.unit) : p.tiers.map((t) => mul(t.unit, factor));
  const flat = same ? p.tiers.map((t) => t.flat) : p.tiers.map((t) => mul(t.flat, factor));
  const scale = [...unit, ...flat].reduce((m, v) => Math.max(m, v.s), 0);
  const wholeBounds = p.tiers.every((t) => t.upTo === null || (t.upTo.s === 0 && t.upTo.n <= MAX_SAFE_BIG));
  const asNumber = (v: Dec): number => {
    const n = scaleTo(v, scale);
    return n <= MAX_SAFE_BIG && n >= -MAX_SAFE_BIG ? Number(n) : NaN;
  };
  // A plain array of doubles: V8 stores it unboxed, without the cost of an ArrayBuffer per price.
  let nums: number[] | undefined;
  if (wholeBounds) {
    nums = [];
    p.tiers.forEach((t, k) => {
      nums!.push(t.upTo === null ? Infinity : Number(t.upTo.n), asNumber(unit[k]!), asNumber(flat[k]!));
    });
  }
  return { scale, nums, unit, flat };
}

/** The tiers of `p` times `factor`, laid out for quoting. */
export function deriveTiers(p: Pick<PriceC, "tiers" | "price">, factor: Dec, minorUnits: number): DerivedC {
  const same = factor.n === 1n && factor.s === 0;
  const { scale, nums, unit, flat } = derivedNums(p, factor);
  const texts: (string | null)[] = [];
  p.tiers.forEach((t, k) => {
    const own = p.price.tiers[k]!;
    texts.push(
      k === 0 ? "0" : p.tiers[k - 1]!.upToText,
      t.upToText,
      same ? own.unitAmount : formatDecimal(unit[k]!, minorUnits),
      same ? own.flatAmount : formatDecimal(flat[k]!, minorUnits),
    );
  });
  return { scale, nums, texts, unit, flat };
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

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

/** The flat index (mutable only to append lazily derived layouts). */
export interface FlatIndex {
  /** Number of channels. */
  readonly channels: number;
  /** Int32s per entry of `table`: `[hash, sku index, key offset, layout per channel…]`, padded. */
  readonly stride: number;
  /** Number of entries of `table` minus one (a power of two minus one). */
  readonly mask: number;
  /**
   * Open-addressing hash table of the skus (see `skuHash` in flatIndex.ts; 0 marks an empty entry),
   * probed linearly. Per entry and channel: a layout or run offset in the pool, `SLOW` or `LAZY`
   * (flatIndex.ts). Two skus with the same hash are both left out, so an entry is the only
   * candidate for its hash; the sku itself is checked against the key the entry points at.
   */
  readonly table: Int32Array;
  /**
   * Per fixed slot (`sku index × channels + channel`, laid out or `LAZY`): its price's position in
   * the book and steps up the chain.
   */
  readonly lazyPrice: Int32Array;
  readonly lazySteps: Int8Array;
  /** The regions of the candidates laid out so far, as small integers from 1 (0: every region). */
  readonly regionIds: Map<string, number>;
  /**
   * Request region → the ids of it and its ancestors that {@link FlatIndex.regionIds} holds;
   * emptied whenever a region is added, and when it grows large.
   */
  readonly requestRegions: Map<string, readonly number[]>;
  /**
   * The hashes two or more skus of the book share: an entry is laid out, on the sku's first
   * quote, only for a hash that one sku has.
   */
  readonly sharedHashes: ReadonlySet<number>;
  /** Entries laid out so far (the next entry's sku index). */
  entries: number;
  /**
   * The pool of keys, layouts and runs (see flatIndex.ts): chunks appended as it fills, an offset
   * `chunk × 2^16 + position`.
   */
  readonly chunks: Int32Array[];
  /** The offset the next stretch of the pool starts at. */
  used: number;
}

/**
 * The positions of the book's prices grouped by sku: the sku with group `g` has the prices at
 * `positions[start[g]]` … `positions[start[g + 1] - 1]`, in document order.
 */
export interface SkuPrices {
  /** sku → its group. */
  readonly groupOf: ReadonlyMap<string, number>;
  /** Per group, where its positions start; one more entry for the end of the last. */
  readonly start: Int32Array;
  readonly positions: Int32Array;
}

/** The whole compiled book. */
export interface CompiledState {
  readonly book: PriceBook;
  readonly channelIndex: ReadonlyMap<string, number>;
  readonly channels: readonly ChannelC[];
  /** The positions of each sku's prices in the book, in document order. */
  readonly skuPrices: SkuPrices;
  /**
   * sku → per channel index, the candidates sorted most specific region first; a sku's entry is
   * built on its first quote (see `skuEntry` in compilePriceBook.ts).
   */
  readonly skus: Map<string, readonly (readonly PriceC[] | undefined)[]>;
  /** The same prices as typed arrays, for quotes without trace (see flatIndex.ts). */
  readonly flat: FlatIndex;
}

/** The key of a compiled handle's own, non-enumerable reference to its state. */
export const STATE: unique symbol = Symbol("mrpkit.compiledPriceBook");

/** The internal state of every compiled book handle. */
export const compiledStates = new WeakMap<object, CompiledState>();

/**
 * The sku's candidates per channel index, sorted in access order, built from the book on the
 * sku's first use and kept; undefined for a sku without prices.
 *
 * NOTE: a book of a million prices is compiled in the time it takes to group the prices by sku;
 * the objects a quote of a sku needs are made when the sku is first quoted.
 */
export function skuEntry(state: CompiledState, sku: string): readonly (readonly PriceC[] | undefined)[] | undefined {
  const cached = state.skus.get(sku);
  if (cached !== undefined) return cached;
  const perChannel = skuCandidates(state, sku);
  if (perChannel !== undefined) state.skus.set(sku, perChannel);
  return perChannel;
}

/**
 * The sku's candidates per channel index, sorted in access order, made from the book and not
 * kept (the flat index lays them out and lets them go); undefined for a sku without prices.
 */
export function skuCandidates(state: CompiledState, sku: string): readonly (readonly PriceC[] | undefined)[] | undefined {
  const cached = state.skus.get(sku);
  if (cached !== undefined) return cached;
  const { groupOf, start, positions } = state.skuPrices;
  const g = groupOf.get(sku);
  if (g === undefined) return undefined;
  const { book, channelIndex } = state;
  const perChannel: (PriceC[] | undefined)[] = [];
  for (let k = start[g]!; k < start[g + 1]!; k++) {
    const pc = priceOf(book, positions[k]!);
    const ci = channelIndex.get(pc.price.channel)!;
    pc.derived[ci] = deriveTiers(pc, ONE, book.minorUnits);
    (perChannel[ci] ??= []).push(pc);
  }
  for (const list of perChannel) if (list) list.sort(byAccessSequence);
  return perChannel;
}

/** The price at position `i` of the book, ready to quote (no derived tiers yet). */
export function priceOf(book: PriceBook, i: number): PriceC {
  const p = book.prices[i]!;
  const tiers: TierC[] = p.tiers.map((t) => ({
    upTo: t.upTo === null ? null : parseDecimal(t.upTo)!,
    upToText: t.upTo,
    unit: parseDecimal(t.unitAmount)!,
    flat: parseDecimal(t.flatAmount)!,
  }));
  return {
    price: p,
    region: p.region,
    validFrom: p.validFrom,
    validTo: p.validTo,
    graduated: p.tiersMode === "graduated",
    tiers,
    derived: [],
  };
}

/** Most specific region first, then region code, then start of validity, then position. */
function byAccessSequence(a: PriceC, b: PriceC): number {
  const da = a.region === null ? 0 : regionDepth(a.region);
  const db = b.region === null ? 0 : regionDepth(b.region);
  if (da !== db) return db - da;
  const ra = a.region ?? "";
  const rb = b.region ?? "";
  if (ra !== rb) return ra < rb ? -1 : 1;
  const fa = a.validFrom ?? "";
  const fb = b.validFrom ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.price.index - b.price.index;
}

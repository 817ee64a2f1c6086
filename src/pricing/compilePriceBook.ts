/**
 * Compiles a validated price book into an index that answers quotes without searching:
 * prices grouped by sku and channel, sorted most specific region first, tiers parsed to exact
 * scaled integers, derivation factors multiplied out per channel and ancestor distance.
 *
 * Complexity: O(p log p) for p prices, O(c·d) for c channels of depth d, O(s·c) slots of the
 * flat index for s skus. Memory: one small object per price and tier, plus the flat index
 * (flatIndex.ts) that quotes without trace read. Reference: SAP SD condition technique (access
 * sequence: most specific key first).
 */
import { PriceBookError } from "../errors/PriceBookError.js";
import { pricingMessages } from "../errors/pricingMessages.js";
import { isValidatedBook } from "./validatedBooks.js";
import { compiledStates, deriveTiers, STATE, type ChannelC, type CompiledState, type PriceC, type TierC } from "./compiled.js";
import { buildFlatIndex } from "./flatIndex.js";
import { mul, ONE, parseDecimal, sub, add, type Dec } from "./decimal.js";
import { regionDepth } from "./regions.js";
import type { PriceBook } from "./types.js";

/**
 * An opaque, immutable handle on a compiled price book; pass it to `quote` for speed.
 *
 * @category Pricing
 */
export interface CompiledPriceBook {
  /** Marks the handle. */
  readonly kind: "compiled-price-book";
  /** The book it was compiled from. */
  readonly book: PriceBook;
  /** Number of distinct skus with at least one price. */
  readonly skuCount: number;
  /** Number of prices. */
  readonly priceCount: number;
}

/** Whether `book` is a compiled handle rather than a plain book (which has no `kind`). */
export function isCompiledPriceBook(book: object): book is CompiledPriceBook {
  return "kind" in book && book.kind === "compiled-price-book";
}

function d(text: string): Dec {
  return parseDecimal(text)!;
}

/**
 * Compiles a price book for fast quoting. `quote` compiles (once, cached) when given a plain
 * book; compile explicitly to control when the work happens.
 *
 * @param book - a book returned by `definePriceBook`
 * @returns the compiled handle (the same handle for the same book)
 * @throws {@link PriceBookError} (issue code `not_validated`) for an object that did not come
 *   from `definePriceBook`
 * @example
 * ```ts
 * const compiled = compilePriceBook(book);
 * compiled.priceCount; //=> 4
 * quote(compiled, { sku: "E1-V", quantity: 6, channel: "list", date: "2026-05-01" }).total; //=> "39.00"
 * ```
 *
 * @category Pricing
 */
export function compilePriceBook(book: PriceBook): CompiledPriceBook {
  const cached = compiledByBook.get(book);
  if (cached) return cached;
  if (!isValidatedBook(book)) {
    throw new PriceBookError([{ path: [], code: "not_validated", message: pricingMessages.notValidated }]);
  }
  const state = buildState(book);
  const handle: CompiledPriceBook = {
    kind: "compiled-price-book" as const,
    book,
    skuCount: state.skus.size,
    priceCount: book.prices.length,
  };
  Object.defineProperty(handle, STATE, { value: state });
  Object.freeze(handle);
  compiledStates.set(handle, state);
  compiledByBook.set(book, handle);
  return handle;
}

const compiledByBook = new WeakMap<PriceBook, CompiledPriceBook>();

function buildState(book: PriceBook): CompiledState {
  const channelIndex = new Map<string, number>();
  book.channels.forEach((c, i) => channelIndex.set(c.id, i));
  const channels: ChannelC[] = book.channels.map((c) => {
    const factor = c.discount !== null ? sub(ONE, d(c.discount)) : c.markup !== null ? add(ONE, d(c.markup)) : ONE;
    const kind = c.discount !== null ? ("discount" as const) : c.markup !== null ? ("markup" as const) : ("none" as const);
    return { id: c.id, chain: [], factors: [], factor, kind, rate: c.discount ?? c.markup ?? "0" };
  });
  // Chains iteratively (the book is validated: no cycles, parents exist).
  for (let i = 0; i < channels.length; i++) {
    const chain: number[] = [];
    const factors: Dec[] = [ONE];
    let cur: number | undefined = i;
    while (cur !== undefined) {
      chain.push(cur);
      const parent: string | null = book.channels[cur]!.parent;
      if (parent === null) break;
      factors.push(mul(factors[factors.length - 1]!, channels[cur]!.factor));
      cur = channelIndex.get(parent);
    }
    channels[i] = { ...channels[i]!, chain, factors };
  }
  const skus = new Map<string, (PriceC[] | undefined)[]>();
  for (const p of book.prices) {
    const tiers: TierC[] = p.tiers.map((t) => ({
      upTo: t.upTo === null ? null : d(t.upTo),
      upToText: t.upTo,
      unit: d(t.unitAmount),
      flat: d(t.flatAmount),
    }));
    const pc: PriceC = {
      price: p,
      region: p.region,
      validFrom: p.validFrom,
      validTo: p.validTo,
      graduated: p.tiersMode === "graduated",
      tiers,
      derived: [],
    };
    let perChannel = skus.get(p.sku);
    if (!perChannel) skus.set(p.sku, (perChannel = []));
    const ci = channelIndex.get(p.channel)!;
    pc.derived[ci] = deriveTiers(pc, ONE, book.minorUnits);
    (perChannel[ci] ??= []).push(pc);
  }
  for (const perChannel of skus.values()) {
    for (const list of perChannel) if (list) list.sort(byAccessSequence);
  }
  return { book, channelIndex, channels, skus, flat: buildFlatIndex(book, channels, skus) };
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

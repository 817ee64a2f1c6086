/**
 * Compiles a validated price book into an index that answers quotes without searching:
 * prices grouped by sku and channel, sorted most specific region first, tiers parsed to exact
 * scaled integers, derivation factors multiplied out per channel and ancestor distance. Compiling
 * groups the prices by sku and derives the channel factors; a sku's candidates and its flat
 * layouts are built on its first quote (`skuEntry` in compiled.ts, `layEntry` in flatIndex.ts).
 *
 * Complexity: O(p) for p prices, O(c·d) for c channels of depth d; then O(k log k) on the first
 * quote of a sku with k prices. Memory: a position per price and the flat table (s·c integers
 * for s skus) at compile time; one small object per price and tier of the skus quoted so far. Reference: SAP SD condition technique (access
 * sequence: most specific key first).
 */
import { PriceBookError } from "../errors/PriceBookError.js";
import { pricingMessages } from "../errors/pricingMessages.js";
import { isValidatedBook } from "./validatedBooks.js";
import { compiledStates, STATE, type ChannelC, type CompiledState, type SkuPrices } from "./compiled.js";
import { buildFlatIndex } from "./flatIndex.js";
import { mul, ONE, parseDecimal, sub, add, type Dec } from "./decimal.js";
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
    skuCount: state.skuPrices.groupOf.size,
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
  // Skus interned once: a group number per sku, and the positions of its prices, grouped by sku in
  // three flat arrays (a typed array per sku cost about 300 bytes of objects each).
  const groupOf = new Map<string, number>();
  const prices = book.prices;
  const group = new Int32Array(prices.length);
  const counts: number[] = [];
  for (let i = 0; i < prices.length; i++) {
    const sku = prices[i]!.sku;
    let g = groupOf.get(sku);
    if (g === undefined) {
      g = counts.length;
      groupOf.set(sku, g);
      counts.push(0);
    }
    counts[g]!++;
    group[i] = g;
  }
  const start = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) start[g + 1] = start[g]! + counts[g]!;
  const next = start.slice(0, counts.length);
  const positions = new Int32Array(prices.length);
  for (let i = 0; i < prices.length; i++) positions[next[group[i]!]!++] = i;
  const skuPrices: SkuPrices = { groupOf, start, positions };
  return { book, channelIndex, channels, skuPrices, skus: new Map(), flat: buildFlatIndex(channels, groupOf) };
}

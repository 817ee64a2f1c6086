/**
 * The flat quote index of a compiled price book: an open-addressing hash table of the skus in
 * one Int32Array, and every price's tiers laid out in one array, so a quote without trace reads
 * two or three places in memory instead of several objects spread over the heap (the object
 * index is memory-bound on large books; see docs/performance-pricing.md).
 *
 * A slot (sku, requested channel) is *fixed* when the first channel of its access sequence that
 * has prices of the sku has exactly one, for every region and always valid: then the price it
 * quotes does not depend on the request's region or date, and the slot points at a layout of that
 * price's tiers, derived to the requested channel. A slot whose price depends on the request's
 * region or date points at a *run*: its candidates in the order the object index scans them, each
 * with its region (interned to a small integer) and validity (day numbers), and the layout of
 * each laid out on the first quote that takes it (see `appendRun`). A slot without any price, a
 * run too long, and a bill the Number path cannot make are answered by the object index.
 *
 * Layout at offset `o` of `cells` (one JS array of small integers and strings, so V8 keeps it as
 * one contiguous block of tagged values): `[tiers, scale, graduated, key length, key…]` (the
 * sku's UTF-16 code units, two per small integer), then the tiers' `upTo` (-1 for the open
 * tier), then per tier `[unit, flat, from, to, unitAmount, flatAmount]` and, for a graduated
 * price, the tier's whole line when the quantity passes it (frozen and shared by every such
 * quote; null for the open tier).
 * Bounds and amounts are exactly the numbers of {@link DerivedC.nums} (amounts as integers at
 * `scale`; NaN beyond 2^53); the texts are those of {@link DerivedC.texts}.
 *
 * Entries are laid out on a sku's first quote without trace: a lookup that reaches an empty
 * position lays the sku out there (the position a full build would have given it, since entries
 * are never removed), so compiling costs only the empty table.
 *
 * Complexity: O(s·c) table cells for s skus and c channels; O(c·d) to lay out one sku for a
 * channel tree of depth d; O(k) to pick from a run of k candidates. Memory: per laid out price of
 * t tiers about 5 + 7t (volume) or 5 + 8t (graduated) array cells, and a line object per passed
 * graduated tier; 6 cells per candidate of a run. A sku laid out keeps no object of its own.
 *
 * @internal
 */
import { deriveTiers, priceOf, skuCandidates, type ChannelC, type CompiledState, type DerivedC, type FlatIndex, type PriceC } from "./compiled.js";
import { formatExactNumber } from "./decimal.js";
import { parseIsoDate } from "../internal/dates.js";

/** Slot without a fixed price: the object index answers it. */
export const SLOW = -1;
/** Fixed slot of a derived channel whose layout is built on first use. */
export const LAZY = -2;

/** Longest sku the flat index holds (longer ones go through the object index). */
const MAX_KEY = 96;

/** FNV-1a over the UTF-16 code units, with the low bit set so that 0 means "empty". */
export function skuHash(sku: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < sku.length; i++) h = Math.imul(h ^ sku.charCodeAt(i), 0x01000193);
  return h | 1;
}

/**
 * The empty flat index of a book whose skus are `skuPrices`' keys: the table is sized for every
 * sku, and a sku's entry is laid out on its first quote ({@link layEntry}).
 */
export function buildFlatIndex(channels: readonly ChannelC[], skuPrices: ReadonlyMap<string, Int32Array>): FlatIndex {
  const c = channels.length;
  const seen = new Set<number>();
  const sharedHashes = new Set<number>();
  for (const sku of skuPrices.keys()) {
    const h = skuHash(sku);
    if (seen.has(h)) sharedHashes.add(h);
    else seen.add(h);
  }
  let size = 8;
  while (size < 2 * skuPrices.size) size *= 2;
  let stride = 2 + c;
  if (stride <= 16) stride = 2 ** Math.ceil(Math.log2(stride));
  return {
    channels: c,
    stride,
    mask: size - 1,
    table: new Int32Array(size * stride),
    lazyPrice: new Int32Array(skuPrices.size * c),
    lazySteps: new Int8Array(skuPrices.size * c),
    regionIds: new Map(),
    requestRegions: new Map(),
    sharedHashes,
    entries: 0,
    cells: [],
  };
}

/**
 * Lays out the entry of `sku` (hash `h`) at the empty table position `e` its probe reached, and
 * returns `e`; or -1 when the sku has no entry (not in the book, a shared hash, a key too long).
 */
export function layEntry(state: CompiledState, sku: string, h: number, e: number): number {
  const index = state.flat;
  if (index.sharedHashes.has(h) || !keyFits(sku)) return -1;
  // Made for the layouts and let go: a sku quoted through the flat index keeps no objects.
  const perChannel = skuCandidates(state, sku);
  if (perChannel === undefined) return -1;
  const { channels, book } = state;
  const c = index.channels;
  const s = index.entries++;
  const at = e;
  index.table[at] = h;
  index.table[at + 1] = s;
  for (let ci = 0; ci < c; ci++) {
    index.table[at + 2 + ci] = SLOW;
    const chain = channels[ci]!.chain;
    for (let steps = 0; steps < chain.length; steps++) {
      const list = perChannel[chain[steps]!];
      if (list === undefined || list.length === 0) continue;
      const p = list[0]!;
      if (list.length === 1 && always(p)) {
        if (steps > 127) break;
        // The price and its steps up stay known after the layout is made: a traced quote lists them.
        const slot = s * c + ci;
        index.lazyPrice[slot] = p.price.index;
        index.lazySteps[slot] = steps;
        index.table[at + 2 + ci] = steps === 0 ? appendLayout(index, sku, p, p.derived[ci]!, book.minorUnits) : LAZY;
      } else {
        index.table[at + 2 + ci] = appendRun(index, perChannel, chain, steps);
      }
      break;
    }
  }
  return at;
}

/** True for a price of every region, always valid. */
function always(p: PriceC): boolean {
  return p.region === null && p.validFrom === null && p.validTo === null;
}

/** Most candidates a run holds; a slot with more is answered by the object index. */
const MAX_RUN = 64;
/** Day number after every date (an open validity end). */
const OPEN_END = 2 ** 30;
/** Day number before every date (validity from always). */
const OPEN_START = -(2 ** 30);
/** Fields per candidate of a run. */
export const RUN_FIELDS = 6;

/**
 * Appends the run of a slot whose price depends on the request's region or date, and returns
 * its offset: `[-count]`, then per candidate, in the order the object index scans them (the
 * requested channel's prices in access order, then each ancestor's),
 * `[region id (0: every region), valid from, valid to (day numbers), layout, price, steps]`; the
 * layout is `LAZY` until the candidate is first taken. A candidate valid for every region and
 * date ends the run (nothing after it is ever reached). {@link SLOW} when the run is too long.
 */
function appendRun(index: FlatIndex, perChannel: readonly (readonly PriceC[] | undefined)[], chain: readonly number[], from: number): number {
  const run: number[] = [];
  let count = 0;
  outer: for (let steps = from; steps < chain.length; steps++) {
    const list = perChannel[chain[steps]!];
    if (list === undefined) continue;
    for (const p of list) {
      if (++count > MAX_RUN || steps > 127) return SLOW;
      run.push(
        p.region === null ? 0 : regionId(index, p.region),
        p.validFrom === null ? OPEN_START : parseIsoDate(p.validFrom)!,
        p.validTo === null ? OPEN_END : parseIsoDate(p.validTo)!,
        LAZY,
        p.price.index,
        steps,
      );
      if (always(p)) break outer;
    }
  }
  const out = index.cells;
  const at = out.length;
  out.push(-count);
  for (const v of run) out.push(v);
  return at;
}

function regionId(index: FlatIndex, region: string): number {
  let id = index.regionIds.get(region);
  if (id === undefined) {
    id = index.regionIds.size + 1;
    index.regionIds.set(region, id);
    index.requestRegions.clear();
  }
  return id;
}

/** The ids of `region` and of its ancestors among the regions of the runs (most specific first). */
function requestRegionIds(index: FlatIndex, region: string): readonly number[] {
  let ids = index.requestRegions.get(region);
  if (ids !== undefined) return ids;
  const found: number[] = [];
  for (let end = region.length; end > 0; end = region.lastIndexOf("-", end - 1)) {
    const id = index.regionIds.get(end === region.length ? region : region.slice(0, end));
    if (id !== undefined) found.push(id);
  }
  ids = found;
  if (index.requestRegions.size >= 4096) index.requestRegions.clear();
  index.requestRegions.set(region, ids);
  return ids;
}

const NO_REGIONS: readonly number[] = [];

/**
 * The offset of the candidate a request takes from the run at `run` (its fields, see
 * {@link appendRun}), or -1 when none applies: the first candidate, in run order, whose region
 * contains the request's (every region for id 0; a request without region takes only those) and
 * whose validity contains `day`. The object index then answers (and reports a missing price).
 */
export function findCandidate(index: FlatIndex, run: number, region: string | null, day: number): number {
  const cells = index.cells;
  const count = -(cells[run] as number);
  const ids = region === null ? NO_REGIONS : requestRegionIds(index, region);
  for (let k = 0, c = run + 1; k < count; k++, c += RUN_FIELDS) {
    const r = cells[c] as number;
    if (r !== 0 && !ids.includes(r)) continue;
    if (day < (cells[c + 1] as number) || day >= (cells[c + 2] as number)) continue;
    return c;
  }
  return -1;
}

/** The layout of the run candidate at `c` for channel `ci`, laid out on first use ({@link SLOW} if it cannot be). */
export function candidateLayout(state: CompiledState, c: number, ci: number, sku: string): number {
  const cells = state.flat.cells;
  let at = cells[c + 3] as number;
  if (at === LAZY) {
    const p = priceOf(state.book, cells[c + 4] as number);
    const d = deriveTiers(p, state.channels[ci]!.factors[cells[c + 5] as number]!, state.book.minorUnits);
    at = appendLayout(state.flat, sku, p, d, state.book.minorUnits);
    cells[c + 3] = at;
  }
  return at;
}

/** The layout offset of a {@link LAZY} entry, deriving and appending it on first use. */
export function layLazySlot(state: CompiledState, entry: number, ci: number): number {
  const index = state.flat;
  const slot = index.table[entry + 1]! * index.channels + ci;
  const p = priceOf(state.book, index.lazyPrice[slot]!);
  const minorUnits = state.book.minorUnits;
  const derived = deriveTiers(p, state.channels[ci]!.factors[index.lazySteps[slot]!]!, minorUnits);
  const at = appendLayout(index, p.price.sku, p, derived, minorUnits);
  index.table[entry + 2 + ci] = at;
  return at;
}

/**
 * Appends the layout of `d` (see the file comment) and returns its offset, or {@link SLOW} when
 * the Number path cannot bill it (a fractional bound, or a scale too far from the currency's).
 */
function appendLayout(index: FlatIndex, sku: string, p: PriceC, d: DerivedC, minorUnits: number): number {
  const nums = d.nums;
  if (nums === undefined || !(d.scale - minorUnits <= 15 && minorUnits - d.scale <= 15)) return SLOW;
  const n = p.tiers.length;
  const out = index.cells;
  const at = out.length;
  out.push(n, d.scale, p.graduated ? 1 : 0, sku.length);
  for (let i = 0; i < sku.length; i += 2) out.push(keyPair(sku, i));
  for (let t = 0; t < n; t++) out.push(t === n - 1 ? -1 : nums[3 * t]!);
  for (let t = 0; t < n; t++) {
    out.push(nums[3 * t + 1]!, nums[3 * t + 2]!);
    for (let k = 0; k < 4; k++) out.push(d.texts[4 * t + k]!);
    if (p.graduated) {
      const upTo = nums[3 * t]!;
      const slice = upTo - (t === 0 ? 0 : nums[3 * t - 3]!);
      const x = slice * nums[3 * t + 1]! + nums[3 * t + 2]!;
      const full = t < n - 1 && x <= Number.MAX_SAFE_INTEGER;
      const texts = d.texts;
      out.push(
        full
          ? Object.freeze({ from: texts[4 * t]!, to: texts[4 * t + 1]!, quantity: String(slice), unitAmount: texts[4 * t + 2]!, flatAmount: texts[4 * t + 3]!, amount: formatExactNumber(x, d.scale, minorUnits) })
          : null,
      );
    }
  }
  return at;
}

/** True when the sku is short enough and every code unit is below 2^15 (two fit a small integer). */
function keyFits(sku: string): boolean {
  if (sku.length > MAX_KEY) return false;
  for (let i = 0; i < sku.length; i++) if (sku.charCodeAt(i) >= 32768) return false;
  return true;
}

/**
 * Two code units of `sku` from `i` in one integer (0 past the end): distinct for distinct pairs,
 * and below 2^31 (a small integer in V8) for the skus {@link keyFits} admits.
 */
export function keyPair(sku: string, i: number): number {
  return sku.charCodeAt(i) * 65536 + (i + 1 < sku.length ? sku.charCodeAt(i + 1) : 0);
}

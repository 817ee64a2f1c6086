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
 * Every layout, run and key is a stretch of the pool, `Int32Array` chunks of up to 2^16 integers
 * (see `reserve`), so a quote reads the table entry and one stretch of 32-bit integers; no texts and no
 * objects are kept per price. A layout at offset `o`: a header (tier count in the low 16 bits, the
 * amounts' common scale in the next 5, then the flags {@link GRADUATED}, {@link WIDE} and
 * {@link HAS_FLAT}), the tiers' `upTo` but the open last one's, then per tier its unit amount and,
 * with {@link HAS_FLAT}, its flat amount. Amounts are integers at the common scale: one integer
 * each when every amount of the layout lies in the 32-bit range, else ({@link WIDE}) two, high
 * and low halves of a safe integer. The texts of a quote line are printed from these integers when
 * the line is made: the book's canonical texts are exactly what `formatExact` prints for them. A
 * price a layout cannot hold (a fractional or very large bound, an amount beyond 2^53, a scale
 * too far from the currency's) is quoted by the object index, on the exact path.
 *
 * Table entry: `[hash, sku index, key offset, layout per channel…]`; the key (`[length, pairs of
 * UTF-16 code units…]`) is laid out once per sku in the pool, and a quote checks the request's
 * sku against it (the table checks only the hash).
 *
 * Entries are laid out on a sku's first quote: a lookup that reaches an empty position lays the
 * sku out there (the position a full build would have given it, since entries are never removed),
 * so compiling costs only the empty table.
 *
 * Complexity: O(s·c) table cells for s skus and c channels; O(c·d) to lay out one sku for a
 * channel tree of depth d; O(k) to pick from a run of k candidates. Memory: per laid out price of
 * t tiers 2t integers (4 bytes each; 3t with flat amounts, twice that for wide amounts), 5 per
 * candidate of a run, and the key once per sku. A sku laid out keeps no object of its own.
 *
 * @internal
 */
import { derivedNums, priceOf, skuCandidates, type ChannelC, type CompiledState, type DerivedNums, type FlatIndex, type PriceC } from "./compiled.js";
import { parseIsoDate } from "../internal/dates.js";

/** Slot without a fixed price: the object index answers it. */
export const SLOW = -1;
/** Fixed slot of a derived channel whose layout is built on first use. */
export const LAZY = -2;

/** Int32s of a table entry before its layouts: hash, sku index, key offset. */
export const ENTRY_HEAD = 3;
/** Layout header flag: graduated tiers (else volume). */
export const GRADUATED = 1 << 21;
/** Layout header flag: every amount takes two integers (high and low halves). */
export const WIDE = 1 << 22;
/** Layout header flag: the tiers have flat amounts (else every flat amount is 0). */
export const HAS_FLAT = 1 << 23;
/** 2^32, the weight of a wide amount's high half. */
export const HALF = 4294967296;

/** Longest sku the flat index holds (longer ones go through the object index). */
const MAX_KEY = 96;
/** Most tiers a layout holds (five integers a tier at most must fit in a chunk of the pool). */
const MAX_TIERS = 10_000;
/** Bits of a pool offset within its chunk: an offset is `chunk × 2^16 + position`. */
export const CHUNK_BITS = 16;
/** The position of a pool offset within its chunk. */
export const IN_CHUNK = (1 << CHUNK_BITS) - 1;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** FNV-1a over the UTF-16 code units, with the low bit set so that 0 means "empty". */
export function skuHash(sku: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < sku.length; i++) h = Math.imul(h ^ sku.charCodeAt(i), 0x01000193);
  return h | 1;
}

/**
 * The empty flat index of a book whose skus are `skus`' keys: the table is sized for every sku,
 * and a sku's entry is laid out on its first quote ({@link layEntry}).
 */
export function buildFlatIndex(channels: readonly ChannelC[], skus: ReadonlyMap<string, number>): FlatIndex {
  const c = channels.length;
  const seen = new Set<number>();
  const sharedHashes = new Set<number>();
  for (const sku of skus.keys()) {
    const h = skuHash(sku);
    if (seen.has(h)) sharedHashes.add(h);
    else seen.add(h);
  }
  // At most two thirds full: linear probing stays short, and the table small.
  let size = 8;
  while (size < 1.5 * skus.size) size *= 2;
  let stride = ENTRY_HEAD + c;
  if (stride <= 16) stride = 2 ** Math.ceil(Math.log2(stride));
  return {
    channels: c,
    stride,
    mask: size - 1,
    table: new Int32Array(size * stride),
    lazyPrice: new Int32Array(skus.size * c),
    lazySteps: new Int8Array(skus.size * c),
    regionIds: new Map(),
    requestRegions: new Map(),
    sharedHashes,
    entries: 0,
    chunks: [],
    used: 0,
  };
}

/**
 * Room for `k` more integers (at most a chunk's) in the pool; returns the offset they start at. A
 * stretch never crosses chunks: when the last chunk has no room, the next one is made (2,048
 * integers, then 8,192, 32,768, and 65,536 from then on, so a small book keeps a small pool).
 * NOTE: chunks are never copied or grown, so the pool holds no unused end beyond its last chunk,
 * and laying out a large book allocates no large array again and again.
 */
function reserve(index: FlatIndex, k: number): number {
  const chunks = index.chunks;
  let at = index.used;
  const last = chunks.length - 1;
  if (last < 0 || (at >>> CHUNK_BITS) > last || (at & IN_CHUNK) + k > chunks[last]!.length) {
    at = chunks.length << CHUNK_BITS;
    // A stretch longer than the next chunk's size (a price of thousands of tiers) gets a chunk its size.
    chunks.push(new Int32Array(Math.max(k, chunks.length < 3 ? 2048 << (2 * chunks.length) : 1 << CHUNK_BITS)));
  }
  index.used = at + k;
  return at;
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
  index.table[at + 2] = appendKey(index, sku);
  for (let ci = 0; ci < c; ci++) {
    index.table[at + ENTRY_HEAD + ci] = SLOW;
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
        index.table[at + ENTRY_HEAD + ci] = steps === 0 ? appendLayout(index, p, p.derived[ci]!, book.minorUnits) : LAZY;
      } else {
        index.table[at + ENTRY_HEAD + ci] = appendRun(index, perChannel, chain, steps);
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
export const RUN_FIELDS = 5;

/**
 * Appends the run of a slot whose price depends on the request's region or date, and returns
 * its offset: `[-count]`, then per candidate, in the order the object index scans them (the
 * requested channel's prices in access order, then each ancestor's),
 * `[region id × 128 + steps up (region 0: every region), valid from, valid to (day numbers),
 * layout, price]`; the layout is `LAZY` until the candidate is first taken. A candidate valid for every region and
 * date ends the run (nothing after it is ever reached). {@link SLOW} when the run is too long.
 */
function appendRun(index: FlatIndex, perChannel: readonly (readonly PriceC[] | undefined)[], chain: readonly number[], from: number): number {
  const run: number[] = [];
  let count = 0;
  outer: for (let steps = from; steps < chain.length; steps++) {
    const list = perChannel[chain[steps]!];
    if (list === undefined) continue;
    for (const p of list) {
      const region = p.region === null ? 0 : regionId(index, p.region);
      if (++count > MAX_RUN || steps > 127 || region >= 2 ** 24) return SLOW;
      run.push(
        region * 128 + steps,
        p.validFrom === null ? OPEN_START : parseIsoDate(p.validFrom)!,
        p.validTo === null ? OPEN_END : parseIsoDate(p.validTo)!,
        LAZY,
        p.price.index,
      );
      if (always(p)) break outer;
    }
  }
  const at = reserve(index, 1 + run.length);
  const pool = index.chunks[at >>> CHUNK_BITS]!;
  const o = at & IN_CHUNK;
  pool[o] = -count;
  for (let k = 0; k < run.length; k++) pool[o + 1 + k] = run[k]!;
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
  const pool = index.chunks[run >>> CHUNK_BITS]!;
  const o = run & IN_CHUNK;
  const count = -pool[o]!;
  const ids = region === null ? NO_REGIONS : requestRegionIds(index, region);
  for (let k = 0, c = o + 1; k < count; k++, c += RUN_FIELDS) {
    const r = pool[c]! >>> 7;
    if (r !== 0 && !ids.includes(r)) continue;
    if (day < pool[c + 1]! || day >= pool[c + 2]!) continue;
    return run - o + c;
  }
  return -1;
}

/** The steps up the channel chain of the run candidate at position `c` of its chunk. */
export function runSteps(pool: Int32Array, c: number): number {
  return pool[c]! & 127;
}

/** The layout of the run candidate at `c` for channel `ci`, laid out on first use ({@link SLOW} if it cannot be). */
export function candidateLayout(state: CompiledState, c: number, ci: number): number {
  const index = state.flat;
  const pool = index.chunks[c >>> CHUNK_BITS]!;
  const o = c & IN_CHUNK;
  let at = pool[o + 3]!;
  if (at === LAZY) {
    const p = priceOf(state.book, pool[o + 4]!);
    const d = derivedNums(p, state.channels[ci]!.factors[runSteps(pool, o)]!);
    at = appendLayout(index, p, d, state.book.minorUnits);
    pool[o + 3] = at;
  }
  return at;
}

/** The layout offset of a {@link LAZY} entry, deriving and appending it on first use. */
export function layLazySlot(state: CompiledState, entry: number, ci: number): number {
  const index = state.flat;
  const slot = index.table[entry + 1]! * index.channels + ci;
  const p = priceOf(state.book, index.lazyPrice[slot]!);
  const derived = derivedNums(p, state.channels[ci]!.factors[index.lazySteps[slot]!]!);
  const at = appendLayout(index, p, derived, state.book.minorUnits);
  index.table[entry + ENTRY_HEAD + ci] = at;
  return at;
}

/**
 * Appends the layout of `d` (see the file comment) and returns its offset, or {@link SLOW} when
 * the layout cannot hold it: a fractional bound or one beyond 2^31, an amount beyond 2^53, a
 * scale too far from the currency's, too many tiers.
 */
function appendLayout(index: FlatIndex, p: PriceC, d: DerivedNums, minorUnits: number): number {
  const nums = d.nums;
  if (nums === undefined || !(d.scale - minorUnits <= 15 && minorUnits - d.scale <= 15) || d.scale > 31) return SLOW;
  const n = p.tiers.length;
  if (n > MAX_TIERS) return SLOW;
  let wide = false;
  let hasFlat = false;
  for (let t = 0; t < n; t++) {
    if (t < n - 1 && !(nums[3 * t]! <= INT_MAX)) return SLOW;
    const unit = nums[3 * t + 1]!;
    const flat = nums[3 * t + 2]!;
    // NaN (an amount beyond 2^53) fails both.
    if (!(unit <= Number.MAX_SAFE_INTEGER && unit >= -Number.MAX_SAFE_INTEGER && flat <= Number.MAX_SAFE_INTEGER && flat >= -Number.MAX_SAFE_INTEGER)) return SLOW;
    if (unit < INT_MIN || unit > INT_MAX || flat < INT_MIN || flat > INT_MAX) wide = true;
    if (flat !== 0) hasFlat = true;
  }
  const w = wide ? 2 : 1;
  const at = reserve(index, n + n * w * (hasFlat ? 2 : 1));
  const pool = index.chunks[at >>> CHUNK_BITS]!;
  pool[at & IN_CHUNK] = n | (d.scale << 16) | (p.graduated ? GRADUATED : 0) | (wide ? WIDE : 0) | (hasFlat ? HAS_FLAT : 0);
  let o = (at & IN_CHUNK) + 1;
  for (let t = 0; t < n - 1; t++) pool[o++] = nums[3 * t]!;
  for (let t = 0; t < n; t++) {
    o = putAmount(pool, o, nums[3 * t + 1]!, wide);
    if (hasFlat) o = putAmount(pool, o, nums[3 * t + 2]!, wide);
  }
  return at;
}

/** Writes the safe integer `v` at `o` (two halves when `wide`) and returns the next offset. */
function putAmount(pool: Int32Array, o: number, v: number, wide: boolean): number {
  if (!wide) {
    pool[o] = v;
    return o + 1;
  }
  const hi = Math.floor(v / HALF);
  pool[o] = hi;
  pool[o + 1] = v - hi * HALF;
  return o + 2;
}

/** Appends the key of `sku` (see the file comment) and returns its offset. */
function appendKey(index: FlatIndex, sku: string): number {
  const at = reserve(index, 1 + ((sku.length + 1) >> 1));
  const pool = index.chunks[at >>> CHUNK_BITS]!;
  pool[at & IN_CHUNK] = sku.length;
  for (let i = 0, o = (at & IN_CHUNK) + 1; i < sku.length; i += 2, o++) pool[o] = keyPair(sku, i);
  return at;
}

/** True when the key at position `at` of the chunk `pool` is `sku`. */
export function keyIs(pool: Int32Array, at: number, sku: string): boolean {
  const len = sku.length;
  if (pool[at] !== len) return false;
  for (let i = 0, o = at + 1; i < len; i += 2, o++) if (pool[o] !== keyPair(sku, i)) return false;
  return true;
}

/** True when the sku is short enough and every code unit is below 2^15 (two fit a small integer). */
function keyFits(sku: string): boolean {
  if (sku.length > MAX_KEY) return false;
  for (let i = 0; i < sku.length; i++) if (sku.charCodeAt(i) >= 32768) return false;
  return true;
}

/**
 * Two code units of `sku` from `i` in one integer (0 past the end): distinct for distinct pairs,
 * and below 2^31 for the skus {@link keyFits} admits.
 */
export function keyPair(sku: string, i: number): number {
  return sku.charCodeAt(i) * 65536 + (i + 1 < sku.length ? sku.charCodeAt(i + 1) : 0);
}

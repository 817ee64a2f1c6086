/**
 * Prices a quantity of a sku for a channel, region and date (docs/pricing.md): selection by the
 * access sequence (most specific containing region valid on the date, then the parent channel),
 * volume or graduated tiers with flat amounts (Stripe semantics), exact derivation through the
 * channel tree, one rounding of the line total, and a trace of every decision.
 *
 * Complexity: O(c + t) for c candidate prices of the sku along the channel chain and t tiers.
 * NOTE: derived tier amounts are cached per price and requested channel (the own channel at
 * compile time, the others on first use), so a compiled book pays the derivation
 * multiplications once.
 * Reference: Stripe Billing tiered pricing; SAP SD condition technique.
 */
import type { SafeResult } from "../errors/SafeResult.js";
import type { Issue } from "../errors/Issue.js";
import { QuoteError } from "../errors/QuoteError.js";
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the TSDoc of quote links to it
import type { PriceBookError } from "../errors/PriceBookError.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { compilePriceBook, isCompiledPriceBook, type CompiledPriceBook } from "./compilePriceBook.js";
import { compiledStates, deriveTiers, skuEntry, STATE, type CompiledState, type DerivedC, type PriceC } from "./compiled.js";
import { isIsoDate, parseIsoDate } from "../internal/dates.js";
import { candidateLayout, CHUNK_BITS, ENTRY_HEAD, IN_CHUNK, findCandidate, GRADUATED, HALF, HAS_FLAT, keyIs, LAZY, layEntry, layLazySlot, RUN_FIELDS, runSteps, skuHash, WIDE } from "./flatIndex.js";
import {
  add,
  cmp,
  divToScale,
  formatDecimal,
  formatExact,
  formatExactNumber,
  formatScaled,
  roundDivNumber,
  mul,
  parseDecimal,
  decimalFromNumber,
  roundToScale,
  sign,
  sub,
  ZERO,
  type Dec,
} from "./decimal.js";
import type { QuoteLine } from "./quoteLine.js";
import { isRegion, regionContains } from "./regions.js";
import { safeParseQuoteRequest } from "./quoteRequestSchema.js";
import type { MoneyRoundingMode, QuoteRequest, TiersMode } from "./inputTypes.js";
import type { PriceBook, PriceBookPrice } from "./types.js";
import { fromZodIssues } from "../errors/fromZodIssues.js";

/**
 * Options of {@link quote}.
 *
 * @category Pricing
 */
export interface QuoteOptions {
  /** Build the `trace` (default true). With false, `trace` is an empty array and quoting is faster. */
  readonly trace?: boolean;
}

/**
 * A price considered for the request, taken or passed over.
 *
 * @category Pricing
 */
export interface QuoteTraceCandidate {
  /** A candidate price. */
  readonly step: "candidate";
  /** Channel searched. */
  readonly channel: string;
  /** Index of the price in the book's `prices`. */
  readonly price: number;
  /** The price's region (null: every region). */
  readonly region: string | null;
  /** The price's validity start (null: always). */
  readonly validFrom: string | null;
  /** The price's validity end, exclusive (null: open). */
  readonly validTo: string | null;
  /** True for the one price used. */
  readonly taken: boolean;
  /** Why it was taken or passed over. */
  readonly reason: string;
}

/**
 * A channel searched for a price of the sku.
 *
 * @category Pricing
 */
export interface QuoteTraceSearch {
  /** A channel search. */
  readonly step: "search";
  /** Channel searched. */
  readonly channel: string;
  /** Number of prices of the sku in that channel. */
  readonly candidates: number;
  /** What happened: found, or looked in the parent. */
  readonly reason: string;
}

/**
 * One derivation step down the channel tree.
 *
 * @category Pricing
 */
export interface QuoteTraceDerive {
  /** A derivation step. */
  readonly step: "derive";
  /** The parent channel whose amounts are derived. */
  readonly from: string;
  /** The child channel. */
  readonly to: string;
  /** `discount`, `markup`, or `none` (same price as the parent). */
  readonly kind: "discount" | "markup" | "none";
  /** The discount or markup rate. */
  readonly rate: string;
  /** The factor every tier amount is multiplied by (`1 - discount` or `1 + markup`). */
  readonly factor: string;
  /** Readable explanation. */
  readonly reason: string;
}

/**
 * The tier(s) the quantity fell in.
 *
 * @category Pricing
 */
export interface QuoteTraceTier {
  /** A tier used. */
  readonly step: "tier";
  /** The price's tiers mode. */
  readonly mode: TiersMode;
  /** Index of the tier in the price's `tiers`. */
  readonly tier: number;
  /** Quantity billed in the tier. */
  readonly quantity: string;
  /** Readable explanation. */
  readonly reason: string;
}

/**
 * The one rounding of the quote.
 *
 * @category Pricing
 */
export interface QuoteTraceRound {
  /** The rounding. */
  readonly step: "round";
  /** The exact total before rounding. */
  readonly exact: string;
  /** The rounded total. */
  readonly rounded: string;
  /** The book's rounding mode. */
  readonly mode: MoneyRoundingMode;
  /** The currency's minor units. */
  readonly minorUnits: number;
  /** Readable explanation. */
  readonly reason: string;
}

/**
 * One entry of a quote's trace.
 *
 * @category Pricing
 */
export type QuoteTraceEntry = QuoteTraceSearch | QuoteTraceCandidate | QuoteTraceDerive | QuoteTraceTier | QuoteTraceRound;

/**
 * The result of {@link quote} (docs/pricing.md).
 *
 * @category Pricing
 */
export interface QuoteResult {
  /** The sku quoted. */
  readonly sku: string;
  /** The quantity, as an exact decimal string. */
  readonly quantity: string;
  /** The channel requested. */
  readonly channel: string;
  /** The book's currency. */
  readonly currency: string;
  /** The line total, rounded once to the currency's minor units. */
  readonly total: string;
  /** total / quantity rounded to minor units; null when the quantity is 0. */
  readonly unitPrice: string | null;
  /** One row per tier used. */
  readonly lines: readonly QuoteLine[];
  /** Every candidate price and why, the derivation steps, the tiers and the rounding. */
  readonly trace: readonly QuoteTraceEntry[];
}

/**
 * The former name of `SafeResult<QuoteResult, QuoteError>`.
 *
 * @deprecated Use {@link SafeResult}`<QuoteResult, QuoteError>`; this name goes away in 2.0.
 *
 * @category Pricing
 */
export type SafeQuoteResult = SafeResult<QuoteResult, QuoteError>;

/**
 * NOTE: the last date that passed validation. Quotes in a loop usually share one date; this
 * skips re-checking it. It never changes a result, only how much work a valid date costs.
 */
let lastValidDate = "";

/** The last date a run of region- or date-dependent candidates was searched for, and its day number. */
let lastDate = "";
let lastDay = 0;

/** The trace of a quote made with `trace: false`: one shared, frozen, empty array. */
const NO_TRACE: QuoteTraceEntry[] = Object.freeze([]) as unknown as QuoteTraceEntry[];

function stateOf(book: PriceBook | CompiledPriceBook): CompiledState {
  // NOTE: a compiled handle carries its state (a property load instead of two WeakMap lookups).
  const own = (book as { [STATE]?: CompiledState })[STATE];
  if (own !== undefined) return own;
  const handle = isCompiledPriceBook(book) ? book : compilePriceBook(book);
  return compiledStates.get(handle)!;
}

function requestError(request: unknown): QuoteError {
  const r = safeParseQuoteRequest(request);
  const issues: Issue[] = r.success ? [] : fromZodIssues(r.error.issues);
  const q = typeof request === "object" && request !== null ? (request as { quantity?: unknown }).quantity : undefined;
  if (issues.every((i) => i.path[0] !== "quantity") && q !== undefined) {
    issues.push({ path: ["quantity"], code: "negative_quantity", message: M.invalidQuantity(q) });
  }
  return new QuoteError("invalid_request", M.invalidRequest(issues.length), {}, issues);
}

function readQuantity(q: unknown): Dec | undefined {
  let v: Dec | undefined;
  if (typeof q === "number") {
    if (!(q >= 0)) return undefined;
    v = decimalFromNumber(q);
  } else if (typeof q === "string") {
    v = parseDecimal(q);
  }
  return v !== undefined && v.n >= 0n ? v : undefined;
}

/**
 * Quotes `quantity` of a sku for a channel, region and date.
 *
 * Selection: in the requested channel, the price whose region is the most specific one
 * containing the request's region (a price without region contains every region; a request
 * without region matches only prices without region), valid `validFrom <= date < validTo`. A
 * channel without such a price derives from its parent, every tier amount times `1 - discount`
 * or `1 + markup`, exactly. The total is rounded once, with the book's rounding mode, to the
 * currency's minor units.
 *
 * @param book - a validated book (compiled on first use and cached) or a compiled book
 * @param request - `{ sku, quantity, channel, region?, date }`; quantity a non-negative decimal
 *   (number or string, fractional allowed), date `YYYY-MM-DD`
 * @param options - {@link QuoteOptions}; `trace` defaults to true
 * @returns the quote: total, unit price, one line per tier used, and the trace
 * @throws {@link QuoteError} `invalid_request` (with issues), `unknown_channel`, or `no_price`
 *   naming the sku, the channels searched, the region and the date; {@link PriceBookError}
 *   (`not_validated`) when `book` did not come from `definePriceBook`
 * @example
 * ```ts
 * const r = quote(book, { sku: "E1-G", quantity: 6, channel: "list", date: "2026-05-01" });
 * r.total; //=> "41.50"
 * r.lines; //=> [{ from: "0", to: "5", quantity: "5", unitAmount: "7.00", flatAmount: "0.00", amount: "35.00" },
 *          //    { from: "5", to: "10", quantity: "1", unitAmount: "6.50", flatAmount: "0.00", amount: "6.50" }]
 * ```
 *
 * @category Pricing
 */
export function quote(book: PriceBook | CompiledPriceBook, request: QuoteRequest, options?: QuoteOptions): QuoteResult {
  const state = stateOf(book);
  const withTrace = options?.trace !== false;
  const { sku, channel, date } = request;
  const region = request.region ?? null;
  const qn = request.quantity;
  // NOTE: a whole Number quantity (the common case) skips the bigint conversion entirely.
  const whole = typeof qn === "number" && Number.isSafeInteger(qn) && qn >= 0;
  const q = whole ? undefined : readQuantity(qn);
  if (
    (!whole && q === undefined) ||
    typeof sku !== "string" || sku === "" ||
    typeof channel !== "string" || channel === "" ||
    typeof date !== "string" || (date !== lastValidDate && !isIsoDate(date)) ||
    (region !== null && (typeof region !== "string" || !isRegion(region)))
  ) {
    throw requestError(request);
  }
  lastValidDate = date;
  const ci = state.channelIndex.get(channel);
  if (ci === undefined) throw new QuoteError("unknown_channel", M.unknownChannel(channel), { channel });
  if (whole) {
    // NOTE: the flat index answers fixed slots (one price for every region and date) with a few
    // typed-array reads; anything else, or a bill that could leave the safe integers, falls through.
    const flat = state.flat;
    const h = skuHash(sku);
    const table = flat.table;
    const stride = flat.stride;
    let e = (h & flat.mask) * stride;
    let t: number;
    while ((t = table[e]!) !== h && t !== 0) if ((e += stride) === table.length) e = 0;
    // An entry found by its hash is the sku's only if the key it points at is the sku.
    const chunks = flat.chunks;
    let k: number;
    if (t !== 0 ? keyIs(chunks[(k = table[e + 2]!) >>> CHUNK_BITS]!, k & IN_CHUNK, sku) : (e = layEntry(state, sku, h, e)) >= 0) {
      let at = table[e + ENTRY_HEAD + ci]!;
      if (at === LAZY) at = layLazySlot(state, e, ci);
      // A run of region- or date-dependent candidates: the one the request takes.
      const run = at;
      let cand = -1;
      if (at >= 0 && chunks[at >>> CHUNK_BITS]![at & IN_CHUNK]! < 0) {
        if (date !== lastDate) {
          lastDate = date;
          lastDay = parseIsoDate(date)!;
        }
        cand = findCandidate(flat, at, region, lastDay);
        at = cand < 0 ? cand : candidateLayout(state, cand, ci);
      }
      if (at >= 0) {
        const r = quoteFlat(chunks[at >>> CHUNK_BITS]!, at & IN_CHUNK, qn, sku, channel, state.book, withTrace ? [] : NO_TRACE);
        if (r !== undefined) return withTrace ? traceFlat(state, r, e, ci, at, cand < 0 ? -1 : run, cand, region, date) : r;
      }
    }
  }
  const ch = state.channels[ci]!;
  const perChannel = skuEntry(state, sku);
  const trace: QuoteTraceEntry[] = withTrace ? [] : NO_TRACE;

  // Access sequence: the requested channel, then each ancestor.
  let found: PriceC | undefined;
  let steps = 0;
  for (; steps < ch.chain.length; steps++) {
    const cj = ch.chain[steps]!;
    const list = perChannel?.[cj];
    if (list !== undefined) {
      for (const p of list) {
        if (found === undefined && (p.region === null || (region !== null && regionContains(p.region, region))) &&
          (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || date < p.validTo)) {
          found = p;
          if (!withTrace) break;
        }
      }
      if (withTrace) traceChannel(trace, state, cj, list.map((p) => p.price), found?.price, region, date, ch.chain[steps + 1]);
    } else if (withTrace) {
      traceChannel(trace, state, cj, [], undefined, region, date, ch.chain[steps + 1]);
    }
    if (found !== undefined) break;
  }
  if (found === undefined) {
    const searched = ch.chain.map((i) => state.channels[i]!.id);
    throw new QuoteError("no_price", M.noPrice(sku, searched, region, date), { sku, channels: searched, region, date });
  }
  if (withTrace) traceDerivation(trace, state, ch.chain, steps);

  const { minorUnits, rounding, currency } = state.book;
  const tiers = found.derived[ci] ?? (found.derived[ci] = deriveTiers(found, ch.factors[steps]!, minorUnits));
  const qText = whole ? String(qn) : formatDecimal(q!);
  const bill =
    (whole && tiers.nums !== undefined ? billNumber(found.graduated, tiers, tiers.nums, qn, qText, minorUnits, rounding) : undefined) ??
    billExact(found, tiers, q ?? { n: BigInt(qn), s: 0 }, qText, minorUnits, rounding);
  const { lines, total } = bill;
  if (withTrace) {
    const exactText = typeof bill.exact === "number" ? formatExact(bill.exact, bill.exactScale, minorUnits) : formatDecimal(bill.exact, minorUnits);
    traceBill(trace, found.price, lines, bill.firstTier, qText, exactText, total, state.book);
  }
  return { sku, quantity: qText, channel, currency, total, unitPrice: bill.unitPrice, lines, trace };
}

/** String(k) for small quantities, so the common quantity text is not converted on every quote. */
const SMALL_INTS: readonly string[] = Array.from({ length: 1024 }, (_, k) => String(k));

function intText(k: number): string {
  return k < 1024 ? SMALL_INTS[k]! : String(k);
}

/** The text of an amount 0 at 0 … 4 decimals (every flat amount of a layout without them). */
const ZERO_MONEY: readonly string[] = [0, 1, 2, 3, 4].map((m) => formatExact(0, 0, m));

/** The amount at `c` of a layout: one integer, or (wide) the high and low halves of a safe integer. */
function amountAt(pool: Int32Array, c: number, wide: boolean): number {
  return wide ? pool[c]! * HALF + (pool[c + 1]! >>> 0) : pool[c]!;
}

/**
 * NOTE: {@link billNumber} over a layout of the flat index (see flatIndex.ts) for a whole
 * quantity, building the result directly and printing the line's texts from the layout's
 * integers (the book's canonical texts are exactly what they print to). Same checks, same texts;
 * undefined when a product or sum could leave the safe integers (the caller then takes the exact
 * path).
 */
function quoteFlat(pool: Int32Array, at: number, q: number, sku: string, channel: string, book: PriceBook, trace: QuoteTraceEntry[]): QuoteResult | undefined {
  const { minorUnits, rounding, currency } = book;
  const head = pool[at]!;
  const n = head & 0xffff;
  const scale = (head >>> 16) & 31;
  const wide = (head & WIDE) !== 0;
  const w = wide ? 2 : 1;
  const hasFlat = (head & HAS_FLAT) !== 0;
  // Integers per tier: the unit amount, and the flat amount when the layout has them.
  const per = hasFlat ? 2 * w : w;
  const zero = minorUnits <= 4 ? ZERO_MONEY[minorUnits]! : formatExact(0, 0, minorUnits);
  const last = n - 1;
  const u = at + 1;
  const amounts = u + last;
  const qText = intText(q);
  let exact = 0;
  let lines: QuoteLine[];
  let exactText: string | null = null;
  if ((head & GRADUATED) === 0) {
    let t = 0;
    while (t < last && q > pool[u + t]!) t++;
    const c = amounts + per * t;
    const unit = amountAt(pool, c, wide);
    const flatAmount = hasFlat ? amountAt(pool, c + w, wide) : 0;
    const x = q * unit + flatAmount;
    if (!(x <= MAX_SAFE)) return undefined;
    exact = x;
    flatTier = t;
    exactText = formatExactNumber(x, scale, minorUnits);
    lines = [{
      from: t === 0 ? "0" : intText(pool[u + t - 1]!),
      to: t === last ? null : intText(pool[u + t]!),
      quantity: qText,
      unitAmount: formatExactNumber(unit, scale, minorUnits),
      flatAmount: flatAmount === 0 ? zero : formatExactNumber(flatAmount, scale, minorUnits),
      amount: exactText,
    }];
  } else {
    lines = [];
    flatTier = 0;
    let prev = 0;
    for (let t = 0, c = amounts; t <= last; t++, c += per) {
      if (t > 0 && q <= prev) break;
      const upTo = t < last ? pool[u + t]! : 0;
      const full = t < last && q >= upTo;
      const slice = (full ? upTo : q) - prev;
      const unit = amountAt(pool, c, wide);
      const flatAmount = hasFlat ? amountAt(pool, c + w, wide) : 0;
      const x = slice * unit + flatAmount;
      exact += x;
      if (!(x <= MAX_SAFE && exact <= MAX_SAFE)) return undefined;
      lines.push({
        from: t === 0 ? "0" : intText(prev),
        to: t === last ? null : intText(upTo),
        quantity: intText(slice),
        unitAmount: formatExactNumber(unit, scale, minorUnits),
        flatAmount: flatAmount === 0 ? zero : formatExactNumber(flatAmount, scale, minorUnits),
        amount: formatExactNumber(x, scale, minorUnits),
      });
      prev = upTo;
    }
    if (lines.length === 1) exactText = lines[0]!.amount;
  }
  let rounded: number;
  if (scale > minorUnits) rounded = roundDivNumber(exact, 10 ** (scale - minorUnits), rounding);
  else {
    rounded = exact * 10 ** (minorUnits - scale);
    if (!(rounded <= MAX_SAFE)) return undefined;
  }
  // With a single line at no more decimals than the currency's, the total prints as its amount.
  const total = exactText !== null && scale <= minorUnits ? exactText : formatExactNumber(rounded, minorUnits, minorUnits);
  const unitPriceN = q === 0 ? null : roundDivNumber(rounded, q, rounding);
  const unitPrice = unitPriceN === null ? null : formatExactNumber(unitPriceN, minorUnits, minorUnits);
  flatExact = exact;
  return { sku, quantity: qText, channel, currency, total, unitPrice, lines, trace };
}

/** The first tier and the exact total (at the layout's scale) of the last bill {@link quoteFlat} made. */
let flatTier = 0;
let flatExact = 0;

/**
 * The trace of `r`, a quote {@link quoteFlat} billed on the layout at `at` of the flat index
 * entry `e` for channel `ci`: from the run at `run` and its candidate at `cand` (-1 for a fixed
 * slot). It is the object index's trace, entry for entry: the channels searched come from the
 * chain, the prices listed from the run (a run holds every price of each channel it covers, in
 * access order, up to the channel of a price for every region and date, which is that channel's
 * last) or, for a fixed slot, its one price and steps up; the texts from the book's prices.
 */
function traceFlat(state: CompiledState, r: QuoteResult, e: number, ci: number, at: number, run: number, cand: number, region: string | null, date: string): QuoteResult {
  const flat = state.flat;
  const prices = state.book.prices;
  // The array quoteFlat was given for this quote: filled here, before the result is returned.
  const trace = r.trace as QuoteTraceEntry[];
  const chain = state.channels[ci]!.chain;
  const slot = flat.table[e + 1]! * flat.channels + ci;
  // A run and its candidates lie in one chunk of the pool: positions in it from here on.
  const pool = flat.chunks[(run < 0 ? at : run) >>> CHUNK_BITS]!;
  const found = prices[run < 0 ? flat.lazyPrice[slot]! : pool[(cand & IN_CHUNK) + 4]!]!;
  const steps = run < 0 ? flat.lazySteps[slot]! : runSteps(pool, cand & IN_CHUNK);
  // A fixed slot lists its one price in the channel that has it; a run, its candidates per channel.
  for (let s = 0, k = 0, c = (run & IN_CHUNK) + 1; s <= steps; s++) {
    const list: PriceBookPrice[] = run < 0 && s === steps ? [found] : [];
    for (; run >= 0 && k < -pool[run & IN_CHUNK]! && runSteps(pool, c) === s; k++, c += RUN_FIELDS) list.push(prices[pool[c + 4]!]!);
    traceChannel(trace, state, chain[s]!, list, s === steps ? found : undefined, region, date, chain[s + 1]);
  }
  traceDerivation(trace, state, chain, steps);
  traceBill(trace, found, r.lines, flatTier, r.quantity, formatExact(flatExact, (flat.chunks[at >>> CHUNK_BITS]![at & IN_CHUNK]! >>> 16) & 31, state.book.minorUnits), r.total, state.book);
  return r;
}

/** The trace's tier steps (the lines billed, from tier `firstTier`) and its round step. */
function traceBill(trace: QuoteTraceEntry[], found: PriceBookPrice, lines: readonly QuoteLine[], firstTier: number, qText: string, exactText: string, total: string, book: PriceBook): void {
  for (let k = 0; k < lines.length; k++) {
    const t = firstTier + k;
    const slice = lines[k]!.quantity;
    trace.push(
      found.tiersMode === "graduated"
        ? { step: "tier", mode: "graduated", tier: t, quantity: slice, reason: `graduated: ${slice} of ${qText} billed in tier ${t + 1} (${tierRange(found, t)}), plus its flat amount` }
        : { step: "tier", mode: "volume", tier: t, quantity: qText, reason: `volume: quantity ${qText} falls in tier ${t + 1} (${tierRange(found, t)}); the whole quantity is billed at its unit amount, plus its flat amount` },
    );
  }
  const { minorUnits, rounding, currency } = book;
  trace.push({
    step: "round",
    exact: exactText,
    rounded: total,
    mode: rounding,
    minorUnits,
    reason: exactText === total ? `exact total ${exactText} needs no rounding to ${minorUnits} decimals` : `exact total ${exactText} rounded ${rounding} to ${minorUnits} decimals (${currency})`,
  });
}

/** What the tiers bill: the lines (tiers `firstTier`, `firstTier + 1`, …), the exact and rounded total. */
interface Bill {
  readonly lines: QuoteLine[];
  readonly firstTier: number;
  /** The exact total: a Dec, or a safe integer at `exactScale` from the Number path. */
  readonly exact: Dec | number;
  readonly exactScale: number;
  readonly total: string;
  readonly unitPrice: string | null;
}

function lineOf(d: DerivedC, t: number, quantity: string, amount: string): QuoteLine {
  const k = 4 * t;
  const texts = d.texts;
  return { from: texts[k]!, to: texts[k + 1]!, quantity, unitAmount: texts[k + 2]!, flatAmount: texts[k + 3]!, amount };
}

/**
 * The exact path: bigint-scaled decimals for any quantity and any amount.
 */
function billExact(p: PriceC, d: DerivedC, q: Dec, qText: string, minorUnits: number, rounding: MoneyRoundingMode): Bill {
  const lines: QuoteLine[] = [];
  let exact: Dec = ZERO;
  let firstTier = 0;
  if (!p.graduated) {
    let t = 0;
    const last = p.tiers.length - 1;
    while (t < last && cmp(q, p.tiers[t]!.upTo!) > 0) t++;
    exact = add(mul(q, d.unit[t]!), d.flat[t]!);
    firstTier = t;
    lines.push(lineOf(d, t, qText, formatDecimal(exact, minorUnits)));
  } else {
    let prev: Dec = ZERO;
    for (let t = 0; t < p.tiers.length; t++) {
      const tier = p.tiers[t]!;
      if (t > 0 && cmp(q, prev) <= 0) break;
      const top = tier.upTo === null || cmp(q, tier.upTo) < 0 ? q : tier.upTo;
      const slice = sub(top, prev);
      const amount = add(mul(slice, d.unit[t]!), d.flat[t]!);
      exact = add(exact, amount);
      lines.push(lineOf(d, t, formatDecimal(slice), formatDecimal(amount, minorUnits)));
      if (tier.upTo === null) break;
      prev = tier.upTo;
    }
  }
  const rounded = roundToScale(exact, minorUnits, rounding);
  return {
    lines,
    firstTier,
    exact,
    exactScale: exact.s,
    total: formatScaled(rounded, minorUnits),
    unitPrice: sign(q) === 0 ? null : formatScaled(divToScale({ n: rounded, s: minorUnits }, q, minorUnits, rounding), minorUnits),
  };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * NOTE: the fast path. A whole quantity against whole-number tier bounds and amounts that fit
 * in safe integers is billed in Number arithmetic, which is exact below 2^53; every product and
 * sum is checked, and the first one that could leave the safe range sends the quote back to
 * {@link billExact} (returns undefined). Property tests compare both paths.
 */
function billNumber(
  graduated: boolean,
  d: DerivedC,
  nums: readonly number[],
  q: number,
  qText: string,
  minorUnits: number,
  rounding: MoneyRoundingMode,
): Bill | undefined {
  const scale = d.scale;
  if (!(scale - minorUnits <= 15 && minorUnits - scale <= 15)) return undefined;
  const lines: QuoteLine[] = [];
  let exact = 0;
  let firstTier = 0;
  if (!graduated) {
    let k = 0;
    while (q > nums[k]!) k += 3;
    const x = q * nums[k + 1]! + nums[k + 2]!;
    if (!(x <= MAX_SAFE)) return undefined;
    exact = x;
    firstTier = k / 3;
    lines.push(lineOf(d, firstTier, qText, formatExact(x, scale, minorUnits)));
  } else {
    let prev = 0;
    for (let k = 0; k < nums.length; k += 3) {
      if (k > 0 && q <= prev) break;
      const upTo = nums[k]!;
      const slice = (q < upTo ? q : upTo) - prev;
      const x = slice * nums[k + 1]! + nums[k + 2]!;
      exact += x;
      if (!(x <= MAX_SAFE && exact <= MAX_SAFE)) return undefined;
      lines.push(lineOf(d, k / 3, String(slice), formatExact(x, scale, minorUnits)));
      prev = upTo;
    }
  }
  let rounded: number;
  if (scale > minorUnits) rounded = roundDivNumber(exact, 10 ** (scale - minorUnits), rounding);
  else {
    rounded = exact * 10 ** (minorUnits - scale);
    if (!(rounded <= MAX_SAFE)) return undefined;
  }
  const unit = q === 0 ? null : roundDivNumber(rounded, q, rounding);
  return {
    lines,
    firstTier,
    exact,
    exactScale: scale,
    total: formatScaled(rounded, minorUnits),
    unitPrice: unit === null ? null : formatScaled(unit, minorUnits),
  };
}

/**
 * Like {@link quote}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param book - a validated or compiled book
 * @param request - the quote request
 * @param options - {@link QuoteOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }` (a {@link QuoteError})
 * @example
 * ```ts
 * const r = safeQuote(book, { sku: "NONE", quantity: 1, channel: "list", date: "2026-05-01" });
 * r.success; //=> false
 * !r.success && r.error.code; //=> "no_price"
 * ```
 *
 * @category Pricing
 */
export function safeQuote(book: PriceBook | CompiledPriceBook, request: QuoteRequest, options?: QuoteOptions): SafeResult<QuoteResult, QuoteError> {
  try {
    return { success: true, data: quote(book, request, options) };
  } catch (e) {
    if (e instanceof QuoteError) return { success: false, error: e };
    throw e;
  }
}

function tierRange(p: PriceBookPrice, t: number): string {
  const from = t === 0 ? "0" : p.tiers[t - 1]!.upTo!;
  const to = p.tiers[t]!.upTo;
  if (to === null) return t === 0 ? "a single open tier" : `above ${from}`;
  return t === 0 ? `up to ${to}` : `above ${from} up to ${to}`;
}

function window(p: PriceBookPrice): string {
  return `${p.validFrom ?? "always"} to ${p.validTo === null ? "open end" : `${p.validTo} (exclusive)`}`;
}

function traceChannel(
  trace: QuoteTraceEntry[],
  state: CompiledState,
  cj: number,
  list: readonly PriceBookPrice[],
  found: PriceBookPrice | undefined,
  region: string | null,
  date: string,
  parent: number | undefined,
): void {
  const channel = state.channels[cj]!.id;
  const next = parent === undefined ? undefined : state.channels[parent]!.id;
  const took = found !== undefined && list.includes(found);
  trace.push({
    step: "search",
    channel,
    candidates: list.length,
    reason: took
      ? `${list.length} price${list.length === 1 ? "" : "s"} of the sku in channel '${channel}'; one applies`
      : `${list.length === 0 ? "no price" : `${list.length} price${list.length === 1 ? "" : "s"} but none applicable`} of the sku in channel '${channel}'; ${next === undefined ? "it has no parent" : `looking in parent '${next}'`}`,
  });
  const where = `'${region ?? ""}'`;
  for (const p of list) {
    const contains = p.region === null || (region !== null && regionContains(p.region, region));
    const valid = (p.validFrom === null || p.validFrom <= date) && (p.validTo === null || date < p.validTo);
    const label = p.region === null ? "no region (every region)" : `region '${p.region}'`;
    let reason: string;
    if (p === found) {
      reason =
        p.region !== null
          ? `taken: ${label} is the most specific containing ${where}, valid on ${date}`
          : region === null
            ? `taken: applies to a request without region, valid on ${date}`
            : `taken: no price for a region containing '${region}' applies; the price for every region is valid on ${date}`;
    } else if (!contains) {
      reason = region === null ? `passed over: ${label} does not apply to a request without region` : `passed over: ${label} does not contain '${region}'`;
    } else if (!valid) {
      reason = `passed over: not valid on ${date} (valid ${window(p)})`;
    } else {
      reason = `passed over: ${label} is less specific than the selected region '${found?.region ?? ""}'`;
    }
    trace.push({ step: "candidate", channel, price: p.index, region: p.region, validFrom: p.validFrom, validTo: p.validTo, taken: p === found, reason });
  }
}

function traceDerivation(trace: QuoteTraceEntry[], state: CompiledState, chain: readonly number[], steps: number): void {
  // From the channel that has the price down to the requested one.
  for (let k = steps; k > 0; k--) {
    const parent = state.channels[chain[k]!]!;
    const child = state.channels[chain[k - 1]!]!;
    const factor = formatDecimal(child.factor);
    const reason =
      child.kind === "discount"
        ? `'${child.id}' has no applicable price: ${parent.id} amounts × (1 - ${child.rate}) = × ${factor}, exact`
        : child.kind === "markup"
          ? `'${child.id}' has no applicable price: ${parent.id} amounts × (1 + ${child.rate}) = × ${factor}, exact`
          : `'${child.id}' has no applicable price and no discount or markup: ${parent.id} amounts unchanged`;
    trace.push({ step: "derive", from: parent.id, to: child.id, kind: child.kind, rate: child.rate, factor, reason });
  }
}

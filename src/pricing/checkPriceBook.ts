/**
 * Validation of a price book: zod for the structure, then the cross-reference checks that need
 * the whole document (channel tree, tier order, overlapping price scopes, overlapping exclusive
 * territory grants, rebate tiers). Every problem is reported at once; elements that fail the
 * structural check are left out of the cross-reference checks so one typo is not reported twice.
 *
 * Complexity: O(n log n) in the number of prices and rebates; territory grants are compared
 * pairwise within the same top-level region, O(k²) for k grants of one country.
 *
 * @internal
 */
import type * as z from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { minorUnitsOf } from "./currencies.js";
import { windowsOverlap } from "../internal/dates.js";
import { cmp, formatDecimal, normalize, sign, toDecimal, ONE, type Dec } from "./decimal.js";
import { regionsOverlap, skuPatternsOverlap } from "./regions.js";
import {
  ChannelSchema,
  PriceBookSchema,
  PriceSchema,
  RebateSchema,
  TerritorySchema,
} from "./schema.js";
import type {
  PriceBook,
  PriceBookChannel,
  PriceBookPrice,
  PriceBookTier,
  RebateAgreement,
  TerritoryGrant,
} from "./types.js";
import { markValidated } from "./validatedBooks.js";
import { useDefaultMessages } from "./quoteRequestSchema.js";
import { fromZodIssues } from "../errors/fromZodIssues.js";
import { fastBoundText, fastMoneyText, fastPricesOk } from "./fastCheck.js";

interface Parsed<S extends z.ZodMiniType> {
  readonly i: number;
  readonly v: z.output<S>;
}

function dec(v: string | number): Dec {
  // Only called on values the schema accepted.
  return toDecimal(v)!;
}

function parseEach<S extends z.ZodMiniType>(schema: S, raw: unknown): { items: Parsed<S>[] } {
  if (!Array.isArray(raw)) return { items: [] };
  const items: Parsed<S>[] = [];
  raw.forEach((el: unknown, i) => {
    const r = schema.safeParse(el);
    if (r.success) items.push({ i, v: r.data });
  });
  return { items };
}

function rate(value: string | number): string {
  return formatDecimal(normalize(dec(value)));
}

/** Validates `input`; returns the normalized book or every issue found. */
export function checkPriceBook(input: unknown): { ok: true; book: PriceBook } | { ok: false; issues: Issue[] } {
  useDefaultMessages();
  const raw = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  // The prices are checked by the fast path when it recognises every one of them; the rest of the
  // document (and every price, when it does not) by zod.
  const rawPrices = raw["prices"];
  const fastPrices = raw === input && Object.getPrototypeOf(raw) === Object.prototype && Array.isArray(rawPrices) && fastPricesOk(rawPrices)
    ? (rawPrices as z.output<typeof PriceSchema>[])
    : undefined;
  const structural = PriceBookSchema.safeParse(fastPrices === undefined ? input : { ...raw, prices: undefined });
  const issues: Issue[] = structural.success ? [] : fromZodIssues(structural.error.issues);
  const minor = typeof raw["currency"] === "string" ? minorUnitsOf(raw["currency"]) : undefined;

  const channels = parseEach(ChannelSchema, raw["channels"]);
  const prices = fastPrices === undefined ? parseEach(PriceSchema, rawPrices) : { items: fastPrices.map((v, i) => ({ i, v })) };
  const territories = parseEach(TerritorySchema, raw["territories"]);
  const rebates = parseEach(RebateSchema, raw["rebates"]);

  // References are checked against every id written, even on a channel that failed the
  // structural check, so one bad field is not reported again as unknown references.
  const writtenIds = new Set<string>();
  if (Array.isArray(raw["channels"])) {
    for (const c of raw["channels"] as unknown[]) {
      const id = typeof c === "object" && c !== null ? (c as Record<string, unknown>)["id"] : undefined;
      if (typeof id === "string") writtenIds.add(id);
    }
  }
  checkChannels(channels.items, writtenIds, issues);
  checkPrices(prices.items, writtenIds, issues);
  checkTerritories(territories.items, issues);
  checkRebates(rebates.items, Array.isArray(raw["territories"]) && raw["territories"].length > 0, issues);

  if (issues.length > 0 || !structural.success || minor === undefined) {
    return { ok: false, issues };
  }
  const data = structural.data;
  const money = (v: string | number) => fastMoneyText(v, minor) ?? formatDecimal(dec(v), minor);
  const bound = (v: string | number) => fastBoundText(v) ?? rate(v);
  // NOTE: JSON.parse makes a string per occurrence; a book of a million prices repeats the same
  // skus, channels, regions and dates over and over, and keeps one of each.
  const texts = new Map<string, string>();
  const intern = (t: string): string => {
    const known = texts.get(t);
    if (known !== undefined) return known;
    texts.set(t, t);
    return t;
  };
  const book: PriceBook = {
    currency: data.currency,
    minorUnits: minor,
    rounding: data.rounding ?? "half-even",
    channels: data.channels.map(
      (c): PriceBookChannel => ({
        id: c.id,
        parent: c.parent ?? null,
        discount: c.discount === undefined ? null : rate(c.discount),
        markup: c.markup === undefined ? null : rate(c.markup),
      }),
    ),
    prices: (fastPrices ?? data.prices ?? []).map((p, index): PriceBookPrice => {
      // Frozen as they are made: the book's freeze then need not walk a million prices.
      const tiers: PriceBookTier[] = p.tiers
        ? p.tiers.map((t) =>
            Object.freeze({
              upTo: t.upTo === null ? null : bound(t.upTo),
              unitAmount: money(t.unitAmount ?? 0),
              flatAmount: money(t.flatAmount ?? 0),
            }),
          )
        : [Object.freeze({ upTo: null, unitAmount: money(p.unitAmount ?? 0), flatAmount: money(p.flatAmount ?? 0) })];
      Object.freeze(tiers);
      return Object.freeze({
        index,
        id: p.id ?? null,
        sku: intern(p.sku),
        channel: intern(p.channel),
        region: p.region == null ? null : intern(p.region),
        validFrom: p.validFrom == null ? null : intern(p.validFrom),
        validTo: p.validTo == null ? null : intern(p.validTo),
        tiersMode: p.tiersMode === "graduated" ? "graduated" : "volume",
        tiers,
      });
    }),
    territories: (data.territories ?? []).map(
      (t, index): TerritoryGrant => ({
        index,
        partner: t.partner,
        region: t.region,
        sku: t.sku ?? "*",
        from: t.from ?? null,
        to: t.to ?? null,
        exclusive: t.exclusive ?? false,
      }),
    ),
    rebates: (data.rebates ?? []).map(
      (r): RebateAgreement => ({
        id: r.id,
        partner: r.partner,
        from: r.from,
        to: r.to ?? null,
        mode: r.mode,
        accrualRate: r.accrualRate === undefined ? "0" : rate(r.accrualRate),
        excludeCrossTerritory: r.excludeCrossTerritory ?? "none",
        tiers: r.tiers.map((t) => ({ from: money(t.from), rate: rate(t.rate) })),
      }),
    ),
  };
  // Every price was frozen as it was made; freezing their array first keeps the walk off them.
  Object.freeze(book.prices);
  const frozen = deepFreeze(book);
  markValidated(frozen);
  return { ok: true, book: frozen };
}

/** Freezes `root` and everything under it that is not frozen yet (a frozen object's values are). */
function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const o = stack.pop();
    if (typeof o === "object" && o !== null && !Object.isFrozen(o)) {
      Object.freeze(o);
      for (const v of Object.values(o)) stack.push(v);
    }
  }
  return root;
}

function checkChannels(items: Parsed<typeof ChannelSchema>[], writtenIds: ReadonlySet<string>, issues: Issue[]): void {
  const first = new Map<string, number>();
  const parentOf = new Map<string, string | null>();
  for (const { i, v } of items) {
    const seen = first.get(v.id);
    if (seen !== undefined) {
      issues.push({ path: ["channels", i, "id"], code: "duplicate_id", message: M.duplicateChannel(v.id, seen) });
      continue;
    }
    first.set(v.id, i);
    parentOf.set(v.id, v.parent ?? null);
    const hasParent = v.parent !== undefined && v.parent !== null;
    if (v.discount !== undefined && v.markup !== undefined) {
      issues.push({ path: ["channels", i], code: "discount_and_markup", message: M.discountAndMarkup(v.id) });
    } else if (!hasParent && (v.discount !== undefined || v.markup !== undefined)) {
      issues.push({ path: ["channels", i], code: "root_derivation", message: M.rootDerivation(v.id) });
    }
    if (v.discount !== undefined) {
      const d = dec(v.discount);
      if (sign(d) < 0 || cmp(d, ONE) > 0) issues.push({ path: ["channels", i, "discount"], code: "out_of_range", message: M.rateRange("discount") });
    }
    if (v.markup !== undefined && sign(dec(v.markup)) < 0) {
      issues.push({ path: ["channels", i, "markup"], code: "negative_amount", message: M.negativeAmount("markup") });
    }
  }
  for (const { i, v } of items) {
    if (first.get(v.id) !== i) continue;
    if (v.parent !== undefined && v.parent !== null && !writtenIds.has(v.parent)) {
      issues.push({ path: ["channels", i, "parent"], code: "unknown_reference", message: M.unknownParent(v.parent) });
    }
  }
  // Cycles: follow parents iteratively; 1 = on the current walk, 2 = known to reach a root.
  const state = new Map<string, 1 | 2>();
  const sorted = [...first.entries()].sort((a, b) => a[1] - b[1]);
  for (const [start] of sorted) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let cur: string | null | undefined = start;
    while (cur !== null && cur !== undefined && !state.has(cur) && first.has(cur)) {
      state.set(cur, 1);
      walk.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== null && cur !== undefined && state.get(cur) === 1) {
      const cycle = walk.slice(walk.indexOf(cur));
      const at = cycle.reduce((m, id) => Math.min(m, first.get(id)!), Number.MAX_SAFE_INTEGER);
      const startId = sorted.find(([, idx]) => idx === at)![0];
      const k = cycle.indexOf(startId);
      const ordered = [...cycle.slice(k), ...cycle.slice(0, k), startId];
      issues.push({ path: ["channels", at, "parent"], code: "channel_cycle", message: M.channelCycle(ordered) });
    }
    for (const id of walk) state.set(id, 2);
  }
}

function checkPrices(items: Parsed<typeof PriceSchema>[], channelIds: ReadonlySet<string>, issues: Issue[]): void {
  // NOTE: prices are grouped by sku (the position of a sku's only price as a number, a list once
  // a second one comes), and only a sku's own prices are grouped by channel and region: no string
  // and no object per price lives through the check.
  const bySku = new Map<string, number | number[]>();
  for (const { i, v } of items) {
    if (!channelIds.has(v.channel)) {
      issues.push({ path: ["prices", i, "channel"], code: "unknown_reference", message: M.unknownChannel(v.channel) });
    }
    const from = v.validFrom ?? null;
    const to = v.validTo ?? null;
    if (from !== null && to !== null && from >= to) {
      issues.push({ path: ["prices", i, "validTo"], code: "empty_window", message: M.emptyWindow(from, to) });
    }
    if (v.tiers !== undefined && (v.unitAmount !== undefined || v.flatAmount !== undefined)) {
      issues.push({ path: ["prices", i], code: "tiers_and_unit_amount", message: M.tiersAndUnitAmount });
    } else if (v.tiers === undefined && v.unitAmount === undefined) {
      issues.push({ path: ["prices", i], code: "missing_tiers", message: M.noTiers });
    }
    for (const key of ["unitAmount", "flatAmount"] as const) {
      const a = v[key];
      if (a !== undefined && isNegative(a)) issues.push({ path: ["prices", i, key], code: "negative_amount", message: M.negativeAmount(key) });
    }
    const tiers = v.tiers ?? [];
    // The previous tier's upTo: as a number while every bound so far was a JSON number, else exact.
    let previous: Dec | null | undefined;
    let previousNumber: number | undefined;
    tiers.forEach((t, k) => {
      const at = ["prices", i, "tiers", k] as const;
      for (const key of ["unitAmount", "flatAmount"] as const) {
        const a = t[key];
        if (a !== undefined && isNegative(a)) issues.push({ path: [...at, key], code: "negative_amount", message: M.negativeAmount(key) });
      }
      const last = k === tiers.length - 1;
      if (t.upTo === null) {
        if (!last) issues.push({ path: [...at, "upTo"], code: "open_tier_not_last", message: M.openTierNotLast });
        return;
      }
      if (last) issues.push({ path: [...at, "upTo"], code: "last_tier_closed", message: M.lastTierClosed });
      const upTo = t.upTo;
      // NOTE: JSON numbers compare as numbers (the order of doubles is the order of the decimals
      // they are read as); anything else through the exact decimals.
      if (typeof upTo === "number" && (previousNumber !== undefined || previous === undefined) && upTo > (previousNumber ?? 0)) {
        previousNumber = upTo;
        previous = null;
        return;
      }
      const up = dec(upTo);
      const prev = previousNumber !== undefined ? dec(previousNumber) : previous ?? undefined;
      if (prev === undefined && sign(up) <= 0) {
        issues.push({ path: [...at, "upTo"], code: "tier_order", message: M.tierPositive });
      } else if (prev !== undefined && cmp(up, prev) <= 0) {
        issues.push({ path: [...at, "upTo"], code: "tier_order", message: M.tierOrder(formatDecimal(normalize(up)), formatDecimal(normalize(prev))) });
      }
      previous = up;
      previousNumber = undefined;
    });
    const seen = bySku.get(v.sku);
    if (seen === undefined) bySku.set(v.sku, i);
    else if (typeof seen === "number") bySku.set(v.sku, [seen, i]);
    else seen.push(i);
  }
  const overlaps = new Map<number, number>();
  // Positions ascend, so this array is dense but for the prices that failed the structural check.
  const byIndex: (Parsed<typeof PriceSchema>["v"] | undefined)[] = [];
  for (const x of items) byIndex[x.i] = x.v;
  const scopes = new Map<string, { i: number; from: string | null; to: string | null }[]>();
  for (const positions of bySku.values()) {
    if (typeof positions === "number") continue;
    scopes.clear();
    for (const i of positions) {
      const v = byIndex[i]!;
      const key = `${v.channel}\u0000${v.region ?? ""}`;
      const entry = { i, from: v.validFrom ?? null, to: v.validTo ?? null };
      const list = scopes.get(key);
      if (list === undefined) scopes.set(key, [entry]);
      else list.push(entry);
    }
    for (const list of scopes.values()) if (list.length > 1) findOverlaps(list, overlaps);
  }
  for (const [later, other] of [...overlaps.entries()].sort((a, b) => a[0] - b[0])) {
    const p = byIndex[later]!;
    issues.push({ path: ["prices", later], code: "overlapping_prices", message: M.overlappingPrices(other, p.sku, p.channel, p.region ?? null) });
  }
}

/** Records in `overlaps` each price of one scope whose validity overlaps an earlier one's. */
function findOverlaps(list: { i: number; from: string | null; to: string | null }[], overlaps: Map<number, number>): void {
  // Sort by start (open start first), then position; an interval overlaps an earlier one iff
  // it starts before the latest end seen so far.
  list.sort((a, b) => (a.from === b.from ? a.i - b.i : a.from === null ? -1 : b.from === null ? 1 : a.from < b.from ? -1 : 1));
  let reach = list[0]!;
  for (let k = 1; k < list.length; k++) {
    const cur = list[k]!;
    if (windowsOverlap(reach.from, reach.to, cur.from, cur.to)) {
      const later = Math.max(reach.i, cur.i);
      if (!overlaps.has(later)) overlaps.set(later, Math.min(reach.i, cur.i));
    }
    if (reach.to !== null && (cur.to === null || cur.to > reach.to)) reach = cur;
  }
}

/** True for a valid decimal below zero (`"-0.00"` is zero). */
function isNegative(v: string | number): boolean {
  if (typeof v === "number") return v < 0;
  return v.charCodeAt(0) === 45 && sign(dec(v)) < 0;
}

function validSkuPattern(p: string): boolean {
  const star = p.indexOf("*");
  return star === -1 || star === p.length - 1;
}

function checkTerritories(items: Parsed<typeof TerritorySchema>[], issues: Issue[]): void {
  const byCountry = new Map<string, Parsed<typeof TerritorySchema>[]>();
  for (const t of items) {
    const { i, v } = t;
    const sku = v.sku ?? "*";
    if (!validSkuPattern(sku)) issues.push({ path: ["territories", i, "sku"], code: "invalid_sku_pattern", message: M.invalidSkuPattern(sku) });
    const from = v.from ?? null;
    const to = v.to ?? null;
    if (from !== null && to !== null && from >= to) {
      issues.push({ path: ["territories", i, "to"], code: "empty_window", message: M.emptyWindow(from, to) });
    }
    const country = v.region.split("-")[0]!;
    let list = byCountry.get(country);
    if (!list) byCountry.set(country, (list = []));
    list.push(t);
  }
  const conflicts = new Map<number, { partner: string; other: number; otherPartner: string }>();
  for (const list of byCountry.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (x.v.partner === y.v.partner) continue;
        if (!(x.v.exclusive === true || y.v.exclusive === true)) continue;
        if (!skuPatternsOverlap(x.v.sku ?? "*", y.v.sku ?? "*")) continue;
        if (!regionsOverlap(x.v.region, y.v.region)) continue;
        if (!windowsOverlap(x.v.from ?? null, x.v.to ?? null, y.v.from ?? null, y.v.to ?? null)) continue;
        const later = x.i > y.i ? x : y;
        const earlier = later === x ? y : x;
        if (!conflicts.has(later.i)) conflicts.set(later.i, { partner: later.v.partner, other: earlier.i, otherPartner: earlier.v.partner });
      }
    }
  }
  for (const [i, c] of [...conflicts.entries()].sort((a, b) => a[0] - b[0])) {
    issues.push({ path: ["territories", i], code: "overlapping_territories", message: M.overlappingTerritories(c.partner, c.other, c.otherPartner) });
  }
}

function checkRebates(items: Parsed<typeof RebateSchema>[], hasTerritories: boolean, issues: Issue[]): void {
  const first = new Map<string, number>();
  for (const { i, v } of items) {
    if (!hasTerritories && v.excludeCrossTerritory !== undefined && v.excludeCrossTerritory !== "none") {
      issues.push({ path: ["rebates", i, "excludeCrossTerritory"], code: "no_territories", message: M.excludeWithoutTerritories(v.id) });
    }
    const seen = first.get(v.id);
    if (seen !== undefined) issues.push({ path: ["rebates", i, "id"], code: "duplicate_id", message: M.duplicateRebate(v.id, seen) });
    else first.set(v.id, i);
    if (v.to !== undefined && v.to !== null && v.from >= v.to) {
      issues.push({ path: ["rebates", i, "to"], code: "empty_window", message: M.emptyWindow(v.from, v.to) });
    }
    if (v.accrualRate !== undefined) {
      const r = dec(v.accrualRate);
      if (sign(r) < 0 || cmp(r, ONE) > 0) issues.push({ path: ["rebates", i, "accrualRate"], code: "out_of_range", message: M.rateRange("accrualRate") });
    }
    let previous: Dec | undefined;
    v.tiers.forEach((t, k) => {
      const at = ["rebates", i, "tiers", k] as const;
      const from = dec(t.from);
      const r = dec(t.rate);
      if (sign(r) < 0 || cmp(r, ONE) > 0) issues.push({ path: [...at, "rate"], code: "out_of_range", message: M.rateRange("rate") });
      if (sign(from) < 0) issues.push({ path: [...at, "from"], code: "negative_amount", message: M.negativeAmount("from") });
      else if (previous !== undefined && cmp(from, previous) <= 0) {
        issues.push({ path: [...at, "from"], code: "tier_order", message: M.rebateTierOrder(formatDecimal(normalize(from)), formatDecimal(normalize(previous))) });
      }
      previous = from;
    });
  }
}

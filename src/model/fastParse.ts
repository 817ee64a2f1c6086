/**
 * A fast path for the large arrays of a model (items, BOM lines, demands, orders): hand-written
 * checks of the common valid shapes that build exactly what the zod schemas output (defaults
 * filled in, keys in schema order). Any record it does not recognise, or any value it doubts,
 * sends the whole array to zod, which stays the one source of truth for what is valid and for
 * every error message. Before first use it checks itself against zod (key order and defaults of
 * minimal records) and switches itself off on any difference; tests/property/fastParse.prop.test.ts
 * checks on random records that both agree.
 *
 * NOTE: zod parses a 100,000-item model in about half a second; this path takes a fraction of
 * that, which is most of the gap to a plain JSON.parse-and-net reference.
 */
import { isAttributeValue, sortAttributes, type Attributes } from "./attributes.js";
import {
  BomLineSchema,
  DemandSchema,
  ItemLocationSchema,
  ItemSchema,
  MAX_QUANTITY,
  MAX_TICKS,
  OrderSchema,
  SourceSchema,
  type BomLine,
  type Demand,
  type Item,
  type ItemLocation,
  type Order,
  type Source,
} from "./schema.js";

type Rec = Record<string, unknown>;

const ITEM_KEYS = [
  "id", "name", "uom", "source", "category", "leadTime", "safetyStock", "safetyLeadTime", "onHand", "allocated", "decimals",
  "lotSizing", "orderModifiers", "assemblyScrap", "assemblyScrapMode", "planningTimeFence", "demandTimeFence", "consumption", "leadTimeFrom",
  "rescheduleHorizon", "cost", "costingLotSize", "attributes",
];
const LINE_KEYS = ["parent", "child", "quantity", "scrap", "fixed", "offset", "operation", "from", "to", "location"];
const DEMAND_KEYS = ["id", "item", "due", "quantity", "kind", "attributes", "location"];
const ORDER_KEYS = ["id", "item", "due", "quantity", "attributes", "location", "shipFrom"];
/** The keys of an item at a location the fast path takes (the common overrides); others go to zod. */
const ITEM_LOCATION_KEYS = ["item", "location", "sourcing", "leadTime", "safetyStock", "safetyLeadTime", "onHand", "allocated", "lotSizing", "orderModifiers"];
const SOURCE_KEYS = ["id", "item", "location", "kind", "shipFrom", "supplier", "leadTime", "priority", "share", "base", "orderModifiers", "from", "to"];
const ITEM_LOCATION_SET = new Set(ITEM_LOCATION_KEYS);
const SOURCE_SET = new Set(SOURCE_KEYS);
const ITEM_SET = new Set(ITEM_KEYS);
const LINE_SET = new Set(LINE_KEYS);
const DEMAND_SET = new Set(DEMAND_KEYS);
const ORDER_SET = new Set(ORDER_KEYS);

function isPlain(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
function onlyKeys(v: Rec, keys: ReadonlySet<string>): boolean {
  for (const k in v) if (!keys.has(k)) return false;
  return true;
}
const fin = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
/** A quantity in (0, MAX_QUANTITY] (`> 0`) or [0, MAX_QUANTITY]. */
const qtyPos = (v: unknown): v is number => fin(v) && v > 0 && v <= MAX_QUANTITY;
const qtyNonNeg = (v: unknown): v is number => fin(v) && v >= 0 && v <= MAX_QUANTITY;
/** A whole tick count in [lo, MAX_TICKS]. */
const tickIn = (v: unknown, lo: number): v is number => fin(v) && Number.isInteger(v) && v >= lo && v <= MAX_TICKS;
/** NaN marks a failed check (no valid value is NaN). */
function nonNeg(v: unknown, d: number): number {
  return v === undefined ? d : qtyNonNeg(v) ? v : NaN;
}
function pos(v: unknown, d: number): number {
  return v === undefined ? d : qtyPos(v) ? v : NaN;
}
function tick(v: unknown, d: number): number {
  return v === undefined ? d : tickIn(v, 0) ? v : NaN;
}
function frac(v: unknown, d: number): number {
  return v === undefined ? d : fin(v) && v >= 0 && v < 1 ? v : NaN;
}
function bad(...xs: number[]): boolean {
  for (const x of xs) if (Number.isNaN(x)) return true;
  return false;
}

/** The attributes with sorted keys, null when absent, undefined to let zod decide. */
function attributes(v: unknown): Attributes | null | undefined {
  if (v === undefined) return null;
  if (!isPlain(v) || Object.hasOwn(v, "__proto__")) return undefined;
  for (const k in v) if (k === "" || !isAttributeValue(v[k])) return undefined;
  return sortAttributes(v as Record<string, string | number | boolean>);
}

const RULES = new Set(["lot-for-lot", "eoq", "poq", "wagner-whitin", "silver-meal", "least-unit-cost", "part-period-balancing"]);

// NOTE: the values of a rule without parameters and the defaults of the nested objects are one
// frozen object each, shared by every item that has them: four objects fewer per item, which a
// 100,000-item model's collector no longer copies while the model is built. Frozen, so an
// item's value cannot be changed through another item's.
const RULE_ONLY = new Map([...RULES].map((rule) => [rule, Object.freeze({ rule }) as Item["lotSizing"]]));
const LOT_FOR_LOT = RULE_ONLY.get("lot-for-lot")!;
const NO_MODIFIERS: Item["orderModifiers"] = Object.freeze({ minimum: 0, maximum: null, multiple: null });
const NO_COST: Item["cost"] = Object.freeze({ material: 0, setup: 0, holding: 0 });
const NO_CONSUMPTION: Item["consumption"] = Object.freeze({ backward: 0, forward: 0 });

function lotSizing(v: unknown): Item["lotSizing"] | undefined {
  if (v === undefined) return LOT_FOR_LOT;
  if (!isPlain(v)) return undefined;
  const rule = v["rule"];
  if (typeof rule !== "string") return undefined;
  let n = 0;
  for (const k in v) {
    void k;
    n++;
  }
  if (RULES.has(rule)) return n === 1 ? RULE_ONLY.get(rule) : undefined;
  if (rule === "fixed") {
    const q = v["quantity"];
    return n === 2 && qtyPos(q) ? { rule, quantity: q } : undefined;
  }
  if (rule === "periods-of-supply") {
    const p = v["periods"];
    return n === 2 && tickIn(p, 1) ? { rule, periods: p } : undefined;
  }
  if (rule === "min-max") {
    const min = v["min"];
    const max = v["max"];
    return n === 3 && qtyNonNeg(min) && qtyPos(max) ? { rule, min, max } : undefined;
  }
  return undefined;
}

function orderModifiers(v: unknown): Item["orderModifiers"] | undefined {
  if (v === undefined) return NO_MODIFIERS;
  if (!isPlain(v)) return undefined;
  for (const k in v) if (k !== "minimum" && k !== "maximum" && k !== "multiple") return undefined;
  const minimum = nonNeg(v["minimum"], 0);
  const mx = v["maximum"];
  const ml = v["multiple"];
  const maximum = mx === undefined || mx === null ? null : qtyPos(mx) ? mx : NaN;
  const multiple = ml === undefined || ml === null ? null : qtyPos(ml) ? ml : NaN;
  if (Number.isNaN(minimum) || Number.isNaN(maximum) || Number.isNaN(multiple)) return undefined;
  return { minimum, maximum, multiple };
}

function cost(v: unknown): Item["cost"] | undefined {
  if (v === undefined) return NO_COST;
  if (!isPlain(v)) return undefined;
  for (const k in v) if (k !== "material" && k !== "setup" && k !== "holding") return undefined;
  const material = nonNeg(v["material"], 0);
  const setup = nonNeg(v["setup"], 0);
  const holding = nonNeg(v["holding"], 0);
  return bad(material, setup, holding) ? undefined : { material, setup, holding };
}

function consumption(v: unknown): Item["consumption"] | undefined {
  if (v === undefined) return NO_CONSUMPTION;
  if (!isPlain(v)) return undefined;
  for (const k in v) if (k !== "backward" && k !== "forward") return undefined;
  const backward = tick(v["backward"], 0);
  const forward = tick(v["forward"], 0);
  return bad(backward, forward) ? undefined : { backward, forward };
}

/** The item as the schema outputs it, or undefined to let zod decide. */
export function fastItem(v: unknown): Item | undefined {
  if (!isPlain(v) || !onlyKeys(v, ITEM_SET)) return undefined;
  const id = v["id"];
  const source = v["source"];
  if (typeof id !== "string" || id === "" || (source !== "make" && source !== "buy" && source !== "phantom")) return undefined;
  const name = v["name"];
  const uom = v["uom"] === undefined ? "EA" : v["uom"];
  const category = v["category"];
  if ((name !== undefined && typeof name !== "string") || typeof uom !== "string") return undefined;
  if (category !== undefined && category !== "own" && category !== "shared" && category !== "standard") return undefined;
  const leadTime = tick(v["leadTime"], 0);
  const safetyStock = nonNeg(v["safetyStock"], 0);
  const safetyLeadTime = tick(v["safetyLeadTime"], 0);
  const onHand = nonNeg(v["onHand"], 0);
  const allocated = nonNeg(v["allocated"], 0);
  const decimals = tick(v["decimals"], 0);
  const assemblyScrap = frac(v["assemblyScrap"], 0);
  const planningTimeFence = tick(v["planningTimeFence"], 0);
  const demandTimeFence = tick(v["demandTimeFence"], 0);
  const assemblyScrapMode = v["assemblyScrapMode"] === undefined ? "components" : v["assemblyScrapMode"];
  const rhIn = v["rescheduleHorizon"];
  const rescheduleHorizon = tick(rhIn, 0);
  const costingLotSize = pos(v["costingLotSize"], 1);
  const leadTimeFrom = v["leadTimeFrom"] === undefined ? "item" : v["leadTimeFrom"];
  if (bad(leadTime, safetyStock, safetyLeadTime, onHand, allocated, decimals, assemblyScrap, planningTimeFence, demandTimeFence, rescheduleHorizon, costingLotSize)) return undefined;
  if (decimals > 9 || (leadTimeFrom !== "item" && leadTimeFrom !== "routing")) return undefined;
  if (assemblyScrapMode !== "components" && assemblyScrapMode !== "order") return undefined;
  const ls = lotSizing(v["lotSizing"]);
  const om = orderModifiers(v["orderModifiers"]);
  const cm = consumption(v["consumption"]);
  const c = cost(v["cost"]);
  const attrs = attributes(v["attributes"]);
  if (ls === undefined || om === undefined || cm === undefined || c === undefined || attrs === undefined) return undefined;
  // one object literal, so every item shares one hidden class; the optional fields without default
  // (name, category, rescheduleHorizon, attributes) are placed in schema order below
  const out: Item = {
    id,
    uom,
    source,
    leadTime,
    safetyStock,
    safetyLeadTime,
    onHand,
    allocated,
    decimals,
    lotSizing: ls,
    orderModifiers: om,
    assemblyScrap,
    assemblyScrapMode,
    planningTimeFence,
    demandTimeFence,
    consumption: cm,
    leadTimeFrom,
    cost: c,
    costingLotSize,
  };
  if (name === undefined && category === undefined && attrs === null && rhIn === undefined) return out;
  // rare: rebuild in schema key order
  const ordered: Record<string, unknown> = {};
  for (const k of ITEM_KEYS) {
    if (k === "name") {
      if (name !== undefined) ordered[k] = name;
    } else if (k === "category") {
      if (category !== undefined) ordered[k] = category;
    } else if (k === "attributes") {
      if (attrs !== null) ordered[k] = attrs;
    } else if (k === "rescheduleHorizon") {
      if (rhIn !== undefined) ordered[k] = rescheduleHorizon;
    } else ordered[k] = (out as unknown as Record<string, unknown>)[k];
  }
  return ordered as unknown as Item;
}

const isId = (v: unknown): v is string => typeof v === "string" && v !== "";
const dateValue = (v: unknown): boolean => typeof v === "string" || fin(v);

/** The BOM line as the schema outputs it, or undefined to let zod decide. */
export function fastLine(v: unknown): BomLine | undefined {
  if (!isPlain(v) || !onlyKeys(v, LINE_SET)) return undefined;
  const parent = v["parent"];
  const child = v["child"];
  const quantity = v["quantity"];
  if (typeof parent !== "string" || parent === "" || typeof child !== "string" || child === "" || !qtyPos(quantity)) return undefined;
  const scrap = frac(v["scrap"], 0);
  const fixed = v["fixed"] === undefined ? false : v["fixed"];
  const off = v["offset"] === undefined ? 0 : v["offset"];
  const op = v["operation"] === undefined ? null : v["operation"];
  const from = v["from"] === undefined ? null : v["from"];
  const to = v["to"] === undefined ? null : v["to"];
  if (Number.isNaN(scrap) || typeof fixed !== "boolean" || !tickIn(off, -MAX_TICKS)) return undefined;
  if (op !== null && !(fin(op) && Number.isInteger(op) && op >= -(2 ** 31) && op <= 2 ** 31 - 1)) return undefined;
  if ((from !== null && !dateValue(from)) || (to !== null && !dateValue(to))) return undefined;
  const location = v["location"];
  const out: BomLine = { parent, child, quantity, scrap, fixed, offset: off, operation: op, from: from as string | number | null, to: to as string | number | null };
  if (location === undefined) return out;
  return isId(location) ? { ...out, location } : undefined;
}

/** The demand as the schema outputs it, or undefined to let zod decide. */
export function fastDemand(v: unknown): Demand | undefined {
  if (!isPlain(v) || !onlyKeys(v, DEMAND_SET)) return undefined;
  const id = v["id"];
  const item = v["item"];
  const due = v["due"];
  const quantity = v["quantity"];
  const kind = v["kind"] === undefined ? "order" : v["kind"];
  if (typeof id !== "string" || id === "" || typeof item !== "string" || item === "" || !dateValue(due) || !qtyPos(quantity)) return undefined;
  if (kind !== "order" && kind !== "forecast" && kind !== "mps") return undefined;
  const attrs = attributes(v["attributes"]);
  if (attrs === undefined) return undefined;
  const location = v["location"];
  if (location !== undefined && !isId(location)) return undefined;
  const d = due as string | number;
  // one literal per shape, the keys in schema order
  if (location === undefined) return attrs === null ? { id, item, due: d, quantity, kind } : { id, item, due: d, quantity, kind, attributes: attrs };
  return attrs === null ? { id, item, due: d, quantity, kind, location } : { id, item, due: d, quantity, kind, attributes: attrs, location };
}

/** The order as the schema outputs it, or undefined to let zod decide. */
export function fastOrder(v: unknown): Order | undefined {
  if (!isPlain(v) || !onlyKeys(v, ORDER_SET)) return undefined;
  const id = v["id"];
  const item = v["item"];
  const due = v["due"];
  const quantity = v["quantity"];
  if (typeof id !== "string" || id === "" || typeof item !== "string" || item === "" || !dateValue(due) || !qtyPos(quantity)) return undefined;
  const attrs = attributes(v["attributes"]);
  if (attrs === undefined) return undefined;
  const location = v["location"];
  const shipFrom = v["shipFrom"];
  if ((location !== undefined && !isId(location)) || (shipFrom !== undefined && !isId(shipFrom))) return undefined;
  const d = due as string | number;
  // one literal per common shape, the keys in schema order
  if (attrs === null) {
    if (shipFrom === undefined) return location === undefined ? { id, item, due: d, quantity } : { id, item, due: d, quantity, location };
    if (location !== undefined) return { id, item, due: d, quantity, location, shipFrom };
  }
  let out: Order = attrs === null ? { id, item, due: d, quantity } : { id, item, due: d, quantity, attributes: attrs };
  if (location !== undefined) out = { ...out, location };
  return shipFrom === undefined ? out : { ...out, shipFrom };
}

/** The overrides an item at a location may have on the fast path, in the item schema's key order. */
const OVERRIDES = ITEM_KEYS.filter((k) => ITEM_LOCATION_KEYS.includes(k));
const OVERRIDE_BIT = new Map(OVERRIDES.map((k, bit) => [k, bit]));
/** The checked value of each override of the entry being read, by bit. */
const overrideValues: unknown[] = OVERRIDES.map(() => undefined);
/** An entry of each set of overrides, keys in schema order, values null: copied, then filled. */
const ENTRY_SHAPES = new Map<number, Rec>();

/**
 * The empty entry with the overrides of `mask`. Made by JSON.parse, which gives an object room for
 * all of its keys in itself; a copy keeps that, so an entry takes no separate property store (a
 * network has as many entries as nodes).
 */
function entryShape(mask: number): Rec {
  let shape = ENTRY_SHAPES.get(mask);
  if (shape === undefined) {
    const keys = ["item", "location", "sourcing", ...OVERRIDES.filter((_, bit) => (mask & (1 << bit)) !== 0)];
    shape = JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Rec;
    ENTRY_SHAPES.set(mask, shape);
  }
  return shape;
}

/** The item at a location as the schema outputs it (keys in schema order), or undefined to let zod decide. */
export function fastItemLocation(v: unknown): ItemLocation | undefined {
  if (!isPlain(v) || !onlyKeys(v, ITEM_LOCATION_SET)) return undefined;
  const item = v["item"];
  const location = v["location"];
  const sourcing = v["sourcing"] === undefined ? "priority" : v["sourcing"];
  if (!isId(item) || !isId(location) || (sourcing !== "priority" && sourcing !== "quota" && sourcing !== "split")) return undefined;
  // the overrides the entry has, checked, by their bit
  let mask = 0;
  for (const k in v) {
    const bit = OVERRIDE_BIT.get(k);
    const x = v[k];
    if (bit === undefined || x === undefined) continue;
    let y: unknown;
    if (k === "leadTime" || k === "safetyLeadTime") y = tickIn(x, 0) ? x : undefined;
    else if (k === "safetyStock" || k === "onHand" || k === "allocated") y = qtyNonNeg(x) ? x : undefined;
    else if (k === "lotSizing") y = lotSizing(x);
    else if (k === "orderModifiers") y = orderModifiers(x);
    if (y === undefined) return undefined;
    mask |= 1 << bit;
    overrideValues[bit] = y;
  }
  const out = { ...entryShape(mask) };
  out["item"] = item;
  out["location"] = location;
  out["sourcing"] = sourcing;
  for (let bit = 0; bit < OVERRIDES.length; bit++) if ((mask & (1 << bit)) !== 0) out[OVERRIDES[bit]!] = overrideValues[bit];
  return out as ItemLocation;
}

/** The source as the schema outputs it (keys in schema order), or undefined to let zod decide. */
export function fastSource(v: unknown): Source | undefined {
  if (!isPlain(v) || !onlyKeys(v, SOURCE_SET)) return undefined;
  const { id, item, location, kind, shipFrom, supplier, leadTime, share } = v;
  if (!isId(id) || !isId(item) || !isId(location) || (kind !== "make" && kind !== "buy" && kind !== "transfer")) return undefined;
  if ((shipFrom !== undefined && !isId(shipFrom)) || (supplier !== undefined && !isId(supplier))) return undefined;
  if ((leadTime !== undefined && !tickIn(leadTime, 0)) || (share !== undefined && !qtyNonNeg(share))) return undefined;
  const priority = v["priority"] === undefined ? 1 : v["priority"];
  const base = nonNeg(v["base"], 0);
  const from = v["from"] === undefined ? null : v["from"];
  const to = v["to"] === undefined ? null : v["to"];
  if (!tickIn(priority, 0) || Number.isNaN(base) || (from !== null && !dateValue(from)) || (to !== null && !dateValue(to))) return undefined;
  const om = v["orderModifiers"] === undefined ? undefined : orderModifiers(v["orderModifiers"]);
  if (v["orderModifiers"] !== undefined && om === undefined) return undefined;
  // the common shapes as one literal each (no property store after the object is made), keys in schema order
  if (supplier === undefined && share === undefined && om === undefined) {
    if (shipFrom !== undefined && leadTime !== undefined) return { id, item, location, kind, shipFrom, leadTime, priority, base, from, to } as Source;
    if (shipFrom === undefined && leadTime === undefined) return { id, item, location, kind, priority, base, from, to } as Source;
  }
  if (shipFrom === undefined && supplier !== undefined && leadTime !== undefined && om === undefined) {
    if (share === undefined) return { id, item, location, kind, supplier, leadTime, priority, base, from, to } as Source;
    return { id, item, location, kind, supplier, leadTime, priority, share, base, from, to } as Source;
  }
  const out: Record<string, unknown> = { id, item, location, kind };
  if (shipFrom !== undefined) out["shipFrom"] = shipFrom;
  if (supplier !== undefined) out["supplier"] = supplier;
  if (leadTime !== undefined) out["leadTime"] = leadTime;
  out["priority"] = priority;
  if (share !== undefined) out["share"] = share;
  out["base"] = base;
  if (om !== undefined) out["orderModifiers"] = om;
  out["from"] = from;
  out["to"] = to;
  return out as Source;
}

let enabled: boolean | undefined;

/** Whether the fast path agrees with the schemas on key order and defaults of minimal records. */
function selfCheck(): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = (s: { shape: object }) => Object.keys(s.shape);
  return (
    same(keys(ItemSchema), ITEM_KEYS) &&
    same(keys(BomLineSchema), LINE_KEYS) &&
    same(keys(DemandSchema), DEMAND_KEYS) &&
    same(keys(OrderSchema), ORDER_KEYS) &&
    same(keys(SourceSchema), SOURCE_KEYS) &&
    same(keys(ItemLocationSchema), ["item", "location", "sourcing", ...ITEM_KEYS.filter((k) => k !== "id")]) &&
    same(fastSource({ to: 3, id: "s", item: "i", location: "l", kind: "buy", share: 2 }), SourceSchema.parse({ to: 3, id: "s", item: "i", location: "l", kind: "buy", share: 2 })) &&
    same(fastItemLocation({ onHand: 1, item: "i", location: "l", lotSizing: { rule: "lot-for-lot" } }), ItemLocationSchema.parse({ onHand: 1, item: "i", location: "l", lotSizing: { rule: "lot-for-lot" } })) &&
    same(fastItem({ id: "x", source: "buy" }), ItemSchema.parse({ id: "x", source: "buy" })) &&
    same(fastItem({ id: "x", name: "n", source: "buy", category: "own" }), ItemSchema.parse({ id: "x", name: "n", source: "buy", category: "own" })) &&
    same(fastItem({ id: "x", source: "buy", attributes: { b: 1, a: "x" } }), ItemSchema.parse({ id: "x", source: "buy", attributes: { b: 1, a: "x" } })) &&
    same(fastItem({ id: "x", source: "buy", rescheduleHorizon: 2 }), ItemSchema.parse({ id: "x", source: "buy", rescheduleHorizon: 2 })) &&
    same(fastDemand({ id: "d", item: "i", due: 1, quantity: 1, attributes: { b: true, a: 1 } }), DemandSchema.parse({ id: "d", item: "i", due: 1, quantity: 1, attributes: { b: true, a: 1 } })) &&
    same(fastLine({ parent: "p", child: "c", quantity: 1 }), BomLineSchema.parse({ parent: "p", child: "c", quantity: 1 })) &&
    same(fastDemand({ id: "d", item: "i", due: 1, quantity: 1 }), DemandSchema.parse({ id: "d", item: "i", due: 1, quantity: 1 })) &&
    same(fastOrder({ id: "o", item: "i", due: 1, quantity: 1 }), OrderSchema.parse({ id: "o", item: "i", due: 1, quantity: 1 })) &&
    same(fastOrder({ shipFrom: "f", location: "l", id: "o", item: "i", due: 1, quantity: 1, attributes: { a: 1 } }), OrderSchema.parse({ shipFrom: "f", location: "l", id: "o", item: "i", due: 1, quantity: 1, attributes: { a: 1 } })) &&
    same(fastDemand({ location: "l", id: "d", item: "i", due: 1, quantity: 1 }), DemandSchema.parse({ location: "l", id: "d", item: "i", due: 1, quantity: 1 })) &&
    same(fastLine({ location: "l", parent: "p", child: "c", quantity: 1 }), BomLineSchema.parse({ location: "l", parent: "p", child: "c", quantity: 1 }))
  );
}

function fastArray<T>(v: unknown, f: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = f(v[i]);
    if (r === undefined) return undefined;
    out[i] = r;
  }
  return out;
}

/**
 * Whether the fast path is on (its self-check against the schemas passed). Read by the tests;
 * not part of the public API.
 *
 * @internal
 */
export function fastPathEnabled(): boolean {
  enabled ??= selfCheck();
  return enabled;
}

/**
 * Parses the large arrays of a model document by the fast path where every element passes it;
 * returns the parsed arrays by key. The caller validates the rest (and any declined array) with
 * zod.
 */
export function fastParseArrays(json: Rec): Map<string, unknown[]> {
  enabled ??= selfCheck();
  const out = new Map<string, unknown[]>();
  if (!enabled) return out;
  const put = (key: string, f: (x: unknown) => unknown) => {
    if (!Object.hasOwn(json, key)) return;
    const r = fastArray(json[key], f);
    if (r !== undefined) out.set(key, r);
  };
  put("items", fastItem);
  put("bom", fastLine);
  put("demands", fastDemand);
  put("scheduledReceipts", fastOrder);
  put("firmPlannedOrders", fastOrder);
  put("itemLocations", fastItemLocation);
  put("sources", fastSource);
  return out;
}

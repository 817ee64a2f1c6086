/**
 * The data the HTML report's script renders from, embedded once in the page as compact JSON:
 * item facts in columns, each item's MRP record as sparse rows, every order (planned, firm
 * planned and phantom pass-through) in columns with its pegs, and the demands. The page builds
 * an item's grid when it is opened and walks the pegs up to the demands when an order is
 * clicked, so the file grows with the plan's numbers, not with its markup.
 *
 * Encoding (all arrays; `k` a bucket index, `t` a tick):
 * - `rec[i]`: six rows (gross requirements, scheduled receipts, projected on hand, net
 *   requirements, planned order receipts and releases); each row a flat list `[k, v, k, v, ...]`.
 *   Projected on hand lists the buckets where the value changes (the value before the first
 *   bucket is the item's `start`); the other rows list their non-zero buckets.
 * - `orders.id`: a number n > 0 for the planned order `ITEM#n`, n < 0 for the phantom
 *   pass-through `ITEM~-n`, a string for a firm planned order's own id.
 * - `orders.peg[o]`: a flat list `[target, t, quantity, requirement]` per peg; target >= 0 is the
 *   order (index in `orders`) whose requirement it covers, -1 the safety stock, -2 stock
 *   allocated beyond on hand, -3 the min-max reorder level, -4 - d the demand d.
 * - Supply networks only (absent otherwise): `locs`, the locations as `[id, name]` by id;
 *   `items.loc[i]`, the index in `locs` of the item's location; `orders.sup`, one
 *   `[order, kind, source, supplier, shipFrom]` per order that has a kind (`""` where absent).
 * - `orders.start` (absent when empty): `[order, start quantity]` for each order started for more
 *   than it receives (assembly scrap on the order).
 *
 * O(items × buckets + orders + pegs). Never exported from the package.
 */
import type { Attributes } from "../model/attributes.js";
import type { CompiledNetwork } from "../model/Model.js";
import type { Demand } from "../model/schema.js";
import { tickLabel } from "../model/calendar.js";
import { OrderKind, PegTarget, RequirementKind } from "../mrp/columns.js";
import type { Buckets, MrpRecord } from "../mrp/itemRecords.js";
import { recordsOfIndex } from "../mrp/itemRecords.js";
import type { PlannedOrder, PlanResult } from "../mrp/PlanResult.js";
import { nodeKey } from "../model/nodeKey.js";
import { startQuantityOf } from "../model/assemblyScrap.js";

/** The embedded payload; see the file comment for the encoding. */
export interface ReportData {
  readonly unit: "period" | "day";
  readonly lang: string;
  readonly t: Readonly<Record<string, string>>;
  readonly buckets: readonly (number | string)[];
  /** Day calendars: the label of each tick of the horizon. */
  readonly ticks: readonly string[];
  /** Labels of ticks outside the horizon that the data uses, as `[tick, label]` pairs. */
  readonly far: readonly (readonly [number, string])[];
  /** Items whose grids open when the page loads (all of them in small models). */
  readonly openAll: boolean;
  readonly items: {
    readonly id: readonly string[];
    readonly name: readonly (string | null)[];
    readonly source: readonly string[];
    readonly llc: readonly number[];
    readonly lt: readonly number[];
    readonly ss: readonly number[];
    readonly lot: readonly string[];
    readonly uom: readonly string[];
    /** 1 when the item's quantities are whole (`decimals: 0`). */
    readonly whole: readonly number[];
    readonly msgs: readonly number[];
    readonly start: readonly number[];
    /** Supply networks: the index in `locs` of each item's location. */
    readonly loc?: readonly number[];
  };
  readonly rec: readonly (readonly (readonly number[])[])[];
  readonly orders: {
    readonly id: readonly (number | string)[];
    readonly item: readonly number[];
    readonly qty: readonly number[];
    readonly rel: readonly number[];
    readonly due: readonly number[];
    readonly firm: readonly number[];
    readonly peg: readonly (readonly number[])[];
    /** Firm planned orders' own attributes, as `[order, attributes]` pairs. */
    readonly attr: readonly (readonly [number, Attributes])[];
    /** Supply networks: how orders are supplied, as `[order, kind, source, supplier, shipFrom]`. */
    readonly sup?: readonly (readonly [number, string, string, string, string])[];
    /** Orders started for more than they receive (assembly scrap on the order), as `[order, start quantity]`. */
    readonly start?: readonly (readonly [number, number])[];
  };
  /** Supply networks: the locations, `[id, name]` sorted by id. */
  readonly locs?: readonly (readonly [string, string | null])[];
  readonly demands: readonly (readonly [string, { item: string; due: number | string; quantity: number; kind: string; attributes?: Attributes }])[];
}

/** How a node of a network is supplied: the kinds of its sources (`transfer`, `buy/make`), or the item's source without any. */
function nodeSupply(net: CompiledNetwork, i: number, own: string): string {
  const kinds: string[] = [];
  for (let k = net.sourceStart[i]!; k < net.sourceStart[i + 1]!; k++) {
    const kind = net.sources[k]!.kind;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length === 0 ? own : kinds.join("/");
}

/** Items up to this many have their grids open when the page loads. */
export const OPEN_ALL_ITEMS = 50;

const ROW_KEYS = ["grossRequirements", "scheduledReceipts", "projectedOnHand", "netRequirements", "plannedOrderReceipts", "plannedOrderReleases"] as const;

/**
 * Encodes one item's records: sparse rows, projected on hand as change points.
 *
 * @param records - the item's records over the report's buckets
 * @param start - the available stock before the first bucket
 * @returns six flat `[k, v, ...]` rows
 * @example
 * ```ts
 * encodeRecords(recordsOfIndex(result, 0, buckets), 0)[0] //=> [4, 10, 6, 12]
 * ```
 */
export function encodeRecords(records: readonly MrpRecord[], start: number): number[][] {
  return ROW_KEYS.map((key) => {
    const row: number[] = [];
    let prev = start;
    records.forEach((rec, k) => {
      const v = rec[key];
      if (key === "projectedOnHand") {
        if (v !== prev) row.push(k, v);
        prev = v;
      } else if (v !== 0) row.push(k, v);
    });
    return row;
  });
}

/**
 * Builds the report's payload.
 *
 * @param result - the plan
 * @param buckets - the report's buckets
 * @param lang - the page's language tag
 * @param script - the labels of the page's script
 * @returns the payload, ready for `jsonForScript`
 * @example
 * ```ts
 * reportData(result, bucketsOf(result), "en", {}).items.id //=> ["CART", "FRAME", "WHEEL", "TUBE"]
 * ```
 */
export function reportData(result: PlanResult, buckets: Buckets, lang: string, script: Readonly<Record<string, string>>): ReportData {
  const { model, columns: c } = result;
  const cal = model.calendar;
  const H = cal.horizon;
  const far = new Map<number, string>();
  const tick = (t: number): number => {
    if (cal.unit === "day" && (t < 0 || t >= H) && !far.has(t)) far.set(t, String(tickLabel(cal, t)));
    return t;
  };

  const messages = new Map<string, number>();
  // a network's messages name the item and its location; the item list is by node (ITEM@LOCATION)
  for (const e of result.exceptions) {
    const key = nodeKey(e.item, e.location);
    messages.set(key, (messages.get(key) ?? 0) + 1);
  }
  const net = model.network;
  const loc: number[] = [];

  const items = {
    id: [] as string[],
    name: [] as (string | null)[],
    source: [] as string[],
    llc: [] as number[],
    lt: [] as number[],
    ss: [] as number[],
    lot: [] as string[],
    uom: [] as string[],
    whole: [] as number[],
    msgs: [] as number[],
    start: [] as number[],
  };
  const rec: number[][][] = [];
  const slotOfItem = new Map<number, number>();
  model.planningOrder.forEach((i, k) => {
    const it = model.items[i]!;
    slotOfItem.set(i, k);
    const start = it.onHand - it.allocated;
    items.id.push(it.id);
    items.name.push(it.name ?? null);
    items.source.push(net === undefined ? it.source : nodeSupply(net, i, it.source));
    items.llc.push(model.lowLevelCode[i]!);
    items.lt.push(it.leadTime);
    items.ss.push(it.safetyStock);
    items.lot.push(it.lotSizing.rule);
    items.uom.push(it.uom);
    items.whole.push(it.decimals === 0 ? 1 : 0);
    items.msgs.push(messages.get(it.id) ?? 0);
    items.start.push(start === 0 ? 0 : start);
    // the model's locations are the network's, both by id
    if (net !== undefined) loc.push(net.nodeLocation[i]!);
    rec.push(encodeRecords(recordsOfIndex(result, i, buckets), start));
  });

  // orders through the items' ranges (a net-changed plan may hold ranges no item points at)
  const slotOfOrder = new Map<number, number>();
  const live: number[] = [];
  for (const i of model.planningOrder) {
    for (let o = c.itemOrderStart[i]!; o < c.itemOrderEnd[i]!; o++) {
      slotOfOrder.set(o, live.length);
      live.push(o);
    }
  }
  const demandSlot = new Map<Demand, number>();
  const demands: [string, { item: string; due: number | string; quantity: number; kind: string; attributes?: Attributes }][] = [];
  const demandOf = (d: Demand): number => {
    let k = demandSlot.get(d);
    if (k === undefined) {
      k = demands.length;
      demandSlot.set(d, k);
      // in a network the demand names its node, as the item list does
      demands.push([d.id, { item: d.location === undefined ? d.item : `${d.item}@${d.location}`, due: d.due, quantity: d.quantity, kind: d.kind, ...(d.attributes === undefined ? {} : { attributes: d.attributes }) }]);
    }
    return k;
  };
  for (const d of model.data.demands) demandOf(d);

  const orders = {
    id: [] as (number | string)[],
    item: [] as number[],
    qty: [] as number[],
    rel: [] as number[],
    due: [] as number[],
    firm: [] as number[],
    peg: [] as number[][],
    attr: [] as [number, Attributes][],
  };
  const supplyOf = new Map<string, PlannedOrder>();
  if (net !== undefined) for (const p of [...result.plannedOrders, ...result.firmPlannedOrders]) if (p.kind !== undefined) supplyOf.set(p.id, p);
  const sup: [number, string, string, string, string][] = [];
  const start: [number, number][] = [];
  live.forEach((o, k) => {
    const kind = c.orderKind[o]!;
    if (kind === OrderKind.Firm) {
      const ref = c.firmRefs[c.orderSeq[o]!]!;
      orders.id.push(ref.id);
      if (ref.attributes !== undefined) orders.attr.push([k, ref.attributes]);
    } else orders.id.push(kind === OrderKind.Phantom ? -(c.orderSeq[o]! + 1) : c.orderSeq[o]! + 1);
    const item = c.orderItem[o]!;
    orders.item.push(slotOfItem.get(item)!);
    orders.qty.push(c.orderQty[o]!);
    const started = kind === OrderKind.Phantom ? undefined : startQuantityOf(model.items[item]!, c.orderQty[o]!);
    if (started !== undefined) start.push([k, started]);
    orders.rel.push(tick(c.orderRelease[o]!));
    orders.due.push(tick(c.orderDue[o]!));
    orders.firm.push(kind === OrderKind.Firm ? 1 : 0);
    if (net !== undefined) {
      const id = orders.id[k]!;
      const p = supplyOf.get(typeof id === "string" ? id : `${model.items[item]!.id}#${id}`);
      if (p !== undefined) sup.push([k, p.kind!, p.source ?? "", p.supplier ?? "", p.shipFrom ?? ""]);
    }
    const pegs: number[] = [];
    for (let p = c.pegStart[o]!; p < c.pegEnd[o]!; p++) {
      const r = c.pegReq[p]!;
      let target: number;
      let t = 0;
      let req = 0;
      if (r === PegTarget.Allocated) target = -2;
      else if (r === PegTarget.Level) target = model.items[item]!.lotSizing.rule === "min-max" ? -3 : -1;
      else {
        t = tick(c.reqTick[r]!);
        req = c.reqQty[r]!;
        target = c.reqKind[r] === RequirementKind.Demand ? -4 - demandOf(c.demandRefs[c.reqSrc[r]!]!) : slotOfOrder.get(c.reqSrc[r]!)!;
      }
      pegs.push(target, t, c.pegQty[p]!, req);
    }
    orders.peg.push(pegs);
  });

  return {
    unit: cal.unit,
    lang,
    t: script,
    buckets: buckets.label,
    ticks: cal.unit === "day" ? Array.from({ length: H }, (_, t) => String(tickLabel(cal, t))) : [],
    far: [...far.entries()].sort((a, b) => a[0] - b[0]),
    openAll: model.planningOrder.length <= OPEN_ALL_ITEMS,
    items: net === undefined ? items : { ...items, loc },
    rec,
    orders: { ...orders, ...(net === undefined ? {} : { sup }), ...(start.length === 0 ? {} : { start }) },
    demands,
    ...(net === undefined ? {} : { locs: model.data.locations.map((l) => [l.id, l.name ?? null] as const) }),
  };
}

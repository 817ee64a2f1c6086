/**
 * Turns the engine's columns into the public result: order ids, dates as labels, pegging with
 * source ids, and action messages with readable text. Planned orders and action messages are
 * built on first access, so a summary of a large plan never materialises them.
 */
import { compareStrings } from "../internal/sort.js";
import { tickLabel } from "../model/calendar.js";
import type { Model } from "../model/Model.js";
import { nodeItemId, nodeLocationId } from "../model/nodeKey.js";
import { startQuantityOf } from "../model/assemblyScrap.js";
import { exceptionMessage } from "./messages.js";
import { orderSupply, sourceOfOrder, SOURCING_RULES } from "./sources.js";
import { OrderKind, PegTarget, RequirementKind } from "./columns.js";
import type { Order } from "../model/schema.js";
import type { ExceptionKind, ItemPlan, Peg, PlanColumns, PlanDate, PlanException, PlannedOrder, PlanResult } from "./PlanResult.js";
import { attachState, batchOf, rawOf, type PlanState, type RawException, type RawRef } from "./planState.js";

const KIND_ORDER: Readonly<Record<ExceptionKind, number>> = {
  "past-due-demand": 0,
  "beyond-horizon": 1,
  "reschedule-in": 2,
  "reschedule-out": 3,
  cancel: 4,
  "late-release": 5,
  "time-fence": 6,
  "below-safety-stock": 7,
  "past-due-receipt": 8,
};

/** Id of an order of the plan. */
export function orderId(model: Model, c: PlanColumns, o: number): string {
  const item = model.items[c.orderItem[o]!]!.id;
  switch (c.orderKind[o]) {
    case OrderKind.Firm:
      return c.firmRefs[c.orderSeq[o]!]!.id;
    case OrderKind.Phantom:
      return `${item}~${c.orderSeq[o]! + 1}`;
    default:
      return `${item}#${c.orderSeq[o]! + 1}`;
  }
}

/**
 * Source id of a requirement: a demand id, a parent order id, `"safety-stock"` (or `"min-max"`
 * for a min-max item: its reorder level), or `"allocated"` (stock allocated beyond on hand).
 * `ids` keeps order ids already made, by column index (see {@link orderOf}).
 */
export function requirementSource(model: Model, c: PlanColumns, r: number, item = -1, ids?: (string | undefined)[]): string {
  if (r === PegTarget.Allocated) return "allocated";
  if (r === PegTarget.Level) return item >= 0 && model.items[item]!.lotSizing.rule === "min-max" ? "min-max" : "safety-stock";
  if (c.reqKind[r] === RequirementKind.Demand) return c.demandRefs[c.reqSrc[r]!]!.id;
  const o = c.reqSrc[r]!;
  return ids === undefined ? orderId(model, c, o) : (ids[o] ??= orderId(model, c, o));
}

/**
 * The public form of order o. `ids` keeps the ids of the orders written so far, by column index:
 * an order's id is then made once, not again in the pegging of each order it covers.
 */
export function orderOf(model: Model, c: PlanColumns, o: number, ids: (string | undefined)[] = []): PlannedOrder {
  const cal = model.calendar;
  const i = c.orderItem[o]!;
  const pegging: Peg[] = [];
  for (let p = c.pegStart[o]!; p < c.pegEnd[o]!; p++) {
    const r = c.pegReq[p]!;
    const source = requirementSource(model, c, r, i, ids);
    const date = tickLabel(cal, r < 0 ? 0 : c.reqTick[r]!);
    const quantity = c.pegQty[p]!;
    const attributes = r >= 0 && c.reqKind[r] === 0 ? c.demandRefs[c.reqSrc[r]!]!.attributes : undefined;
    pegging.push(attributes === undefined ? { source, date, quantity } : { source, date, quantity, attributes });
  }
  const it = model.items[i]!;
  const id = (ids[o] ??= orderId(model, c, o));
  const quantity = c.orderQty[o]!;
  const release = tickLabel(cal, c.orderRelease[o]!);
  const due = tickLabel(cal, c.orderDue[o]!);
  const start = startQuantityOf(it, quantity);
  const net = model.network;
  const firm = c.orderKind[o] === OrderKind.Firm;
  // the common order as one object: a quarter of a million of them make a large plan's output
  if (net === undefined && start === undefined && !firm) return { id, item: it.id, quantity, release, due, pegging };
  const base = {
    id,
    item: net === undefined ? it.id : nodeItemId(net, i),
    ...(net === undefined ? {} : supplyOf(model, c, o)),
    quantity,
    ...(start === undefined ? {} : { startQuantity: start }),
    release,
    due,
  };
  if (!firm) return { ...base, pegging };
  const attributes = c.firmRefs[c.orderSeq[o]!]!.attributes;
  return attributes === undefined ? { ...base, firm: true, pegging } : { ...base, firm: true, attributes, pegging };
}

/** Where order o of a network plan is received, how it is supplied, from which source and why. */
function supplyOf(model: Model, c: PlanColumns, o: number): Pick<PlannedOrder, "location" | "kind" | "source" | "supplier" | "shipFrom" | "why"> {
  const net = model.network!;
  const i = c.orderItem[o]!;
  const s = sourceOfOrder(model, c, o);
  const location = nodeLocationId(net, i);
  const kind = orderSupply(model, c, o);
  if (s < 0) {
    const why = c.orderChoices.get(o);
    return why === undefined ? { location, kind } : { location, kind, why };
  }
  const src = net.sources[s]!;
  const out: { -readonly [K in keyof PlannedOrder]?: PlannedOrder[K] } = { location, kind, source: src.id };
  if (src.supplier !== undefined) out.supplier = src.supplier;
  if (src.shipFrom !== undefined) out.shipFrom = src.shipFrom;
  out.why = c.orderChoices.get(o) ?? { rule: SOURCING_RULES[net.sourcing[i]!]!, candidates: [{ source: src.id, priority: src.priority, ...(src.share === undefined ? {} : { share: src.share }) }] };
  return out;
}

/**
 * The action messages of one item, with ids and text, sorted by date, kind and ref. `raw` refers
 * to the model's records by index and to orders by their column index.
 */
export function materializeExceptions(
  model: Model,
  raw: readonly RawException[],
  firmRefs: readonly Order[],
  orderKind: Uint8Array,
  orderSeq: Int32Array,
  orderItem: Int32Array,
): PlanException[] {
  const cal = model.calendar;
  const idOfOrder = (o: number): string => {
    const item = model.items[orderItem[o]!]!.id;
    const k = orderKind[o];
    return k === OrderKind.Firm ? firmRefs[orderSeq[o]!]!.id : k === OrderKind.Phantom ? `${item}~${orderSeq[o]! + 1}` : `${item}#${orderSeq[o]! + 1}`;
  };
  const refId = (ref: RawRef): string | null => {
    if (ref === null) return null;
    if ("demand" in ref) return model.demands.records[ref.demand]!.id;
    if ("receipt" in ref) return model.scheduledReceipts.records[ref.receipt]!.id;
    if ("firm" in ref) return model.firmPlannedOrders.records[ref.firm]!.id;
    return idOfOrder(ref.order);
  };
  const rows = raw.map((r) => ({ r, ref: refId(r.ref) }));
  rows.sort((a, b) => a.r.tick - b.r.tick || KIND_ORDER[a.r.kind] - KIND_ORDER[b.r.kind] || compareStrings(a.ref ?? "", b.ref ?? ""));
  return rows.map(({ r, ref }) => {
    const date = r.date ?? tickLabel(cal, r.tick);
    const newDate = r.newTick === undefined ? undefined : tickLabel(cal, r.newTick);
    const item = model.items[r.item]!.id;
    const e = exceptionOf(r.kind, item, ref, date, newDate, r.quantity, r.ticksLate, cal.unit);
    const net = model.network;
    // in a network the message names the item at its location; the fields name both apart
    return net === undefined ? e : { kind: e.kind, item: nodeItemId(net, r.item), location: nodeLocationId(net, r.item), ...withoutKindAndItem(e) };
  });
}

function withoutKindAndItem(e: PlanException): Omit<PlanException, "kind" | "item"> {
  const { kind: _k, item: _i, ...rest } = e;
  void _k;
  void _i;
  return rest;
}

/** One action message as plain data, keys in a fixed order. */
function exceptionOf(
  kind: ExceptionKind,
  item: string,
  ref: string | null,
  date: PlanDate,
  newDate: PlanDate | undefined,
  quantity: number,
  ticksLate: number | undefined,
  unit: "period" | "day",
): PlanException {
  const message = exceptionMessage(kind, { item, ref, date, newDate, quantity, ticksLate, unit });
  if (newDate === undefined) {
    return ticksLate === undefined ? { kind, item, ref, date, quantity, message } : { kind, item, ref, date, quantity, ticksLate, message };
  }
  return ticksLate === undefined ? { kind, item, ref, date, newDate, quantity, message } : { kind, item, ref, date, newDate, quantity, ticksLate, message };
}

/** Assembles the public result over the columns and the per-item state. */
export function buildResult(model: Model, columns: PlanColumns, state: PlanState): PlanResult {
  let items: ItemPlan[] | undefined;
  let exceptions: PlanException[] | undefined;
  const buildExceptions = (): PlanException[] => {
    const out: PlanException[] = [];
    const order = model.planningOrder;
    const perItem = state.itemExceptions;
    const a = state.arena;
    for (const i of order) {
      const batch = batchOf(perItem, i);
      if (batch === undefined) continue;
      batch.list ??= materializeExceptions(batch.model, rawOf(perItem, batch, a.oItem.data, a.oQty.data), a.firmRefs, a.oKind.data, a.oSeq.data, a.oItem.data);
      for (const e of batch.list) out.push(e);
    }
    return out;
  };
  let planned: PlannedOrder[] | undefined;
  let firm: PlannedOrder[] | undefined;
  // the ids of the orders written, by column index, shared by the planned and the firm orders
  let ids: (string | undefined)[] | undefined;
  const build = (kind: OrderKind): PlannedOrder[] => {
    ids ??= new Array<string | undefined>(columns.orderItem.length);
    const out: PlannedOrder[] = [];
    for (const i of model.planningOrder) {
      const ords: number[] = [];
      for (let o = columns.itemOrderStart[i]!; o < columns.itemOrderEnd[i]!; o++) if (columns.orderKind[o] === kind) ords.push(o);
      ords.sort((a, b) => columns.orderRelease[a]! - columns.orderRelease[b]! || columns.orderDue[a]! - columns.orderDue[b]! || columns.orderSeq[a]! - columns.orderSeq[b]!);
      for (const o of ords) out.push(orderOf(model, columns, o, ids));
    }
    return out;
  };
  const result: PlanResult = {
    model,
    get items() {
      const net = model.network;
      return (items ??= Array.from(model.planningOrder, (i) =>
        net === undefined
          ? { id: model.items[i]!.id, lowLevelCode: model.lowLevelCode[i]! }
          : { id: model.items[i]!.id, item: nodeItemId(net, i), location: nodeLocationId(net, i), lowLevelCode: model.lowLevelCode[i]! },
      ));
    },
    get plannedOrders() {
      return (planned ??= build(OrderKind.Planned));
    },
    get firmPlannedOrders() {
      return (firm ??= build(OrderKind.Firm));
    },
    get exceptions() {
      return (exceptions ??= buildExceptions());
    },
    columns,
  };
  attachState(result, state);
  return result;
}

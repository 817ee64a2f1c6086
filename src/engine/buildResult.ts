/**
 * Turns the engine's columns into the public result: order ids, dates as labels, pegging with
 * source ids, and action messages with readable text. Planned orders are built on first access,
 * so a summary of a large plan never materialises them.
 */
import { compareStrings } from "../internal/sort.js";
import { tickLabel } from "../model/calendar.js";
import type { Model } from "../model/Model.js";
import { exceptionMessage } from "./messages.js";
import type { ExceptionKind, ItemPlan, Peg, PlanColumns, PlanException, PlannedOrder, PlanResult } from "./PlanResult.js";

/** Reference of a raw exception to a demand, an open order, a firm order record, or an order. */
export type RawRef = { demand: number } | { receipt: number } | { firm: number } | { order: number } | null;

/** An action message before it gets ids and text. */
export interface RawException {
  readonly kind: ExceptionKind;
  readonly item: number;
  readonly ref: RawRef;
  readonly tick: number;
  readonly newTick?: number;
  /** The date as written in the input, for records dated outside the horizon. */
  readonly date?: number | string;
  readonly quantity: number;
  readonly ticksLate?: number;
}

const KIND_ORDER: Readonly<Record<ExceptionKind, number>> = {
  "past-due-demand": 0,
  "beyond-horizon": 1,
  "reschedule-in": 2,
  "reschedule-out": 3,
  cancel: 4,
  "late-release": 5,
  "time-fence": 6,
  "below-safety-stock": 7,
};

/** Id of an order of the plan. */
export function orderId(model: Model, c: PlanColumns, o: number): string {
  const item = model.items[c.orderItem[o]!]!.id;
  switch (c.orderKind[o]) {
    case 1:
      return model.firmPlannedOrders.records[c.orderSeq[o]!]!.id;
    case 2:
      return `${item}~${c.orderSeq[o]! + 1}`;
    default:
      return `${item}#${c.orderSeq[o]! + 1}`;
  }
}

/** Source id of a requirement. */
export function requirementSource(model: Model, c: PlanColumns, r: number): string {
  if (r < 0) return "safety-stock";
  return c.reqKind[r] === 0 ? model.demands.records[c.reqSrc[r]!]!.id : orderId(model, c, c.reqSrc[r]!);
}

/** The public form of order o. */
export function orderOf(model: Model, c: PlanColumns, o: number): PlannedOrder {
  const cal = model.calendar;
  const pegging: Peg[] = [];
  for (let p = c.pegStart[o]!; p < c.pegEnd[o]!; p++) {
    const r = c.pegReq[p]!;
    pegging.push({ source: requirementSource(model, c, r), date: tickLabel(cal, r < 0 ? 0 : c.reqTick[r]!), quantity: c.pegQty[p]! });
  }
  const base = {
    id: orderId(model, c, o),
    item: model.items[c.orderItem[o]!]!.id,
    quantity: c.orderQty[o]!,
    release: tickLabel(cal, c.orderRelease[o]!),
    due: tickLabel(cal, c.orderDue[o]!),
  };
  return c.orderKind[o] === 1 ? { ...base, firm: true, pegging } : { ...base, pegging };
}

/** Assembles the result; `need` holds each order's need tick. */
export function buildResult(model: Model, columns: PlanColumns, raw: readonly RawException[], need: Int32Array): PlanResult {
  void need;
  const pos = new Int32Array(model.itemCount);
  model.planningOrder.forEach((item, k) => (pos[item] = k));
  const items: ItemPlan[] = Array.from(model.planningOrder, (i) => ({ id: model.items[i]!.id, lowLevelCode: model.lowLevelCode[i]! }));
  const cal = model.calendar;
  const refId = (ref: RawRef): string | null => {
    if (ref === null) return null;
    if ("demand" in ref) return model.demands.records[ref.demand]!.id;
    if ("receipt" in ref) return model.scheduledReceipts.records[ref.receipt]!.id;
    if ("firm" in ref) return model.firmPlannedOrders.records[ref.firm]!.id;
    return orderId(model, columns, ref.order);
  };
  const sorted = [...raw].sort(
    (a, b) =>
      pos[a.item]! - pos[b.item]! ||
      a.tick - b.tick ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareStrings(refId(a.ref) ?? "", refId(b.ref) ?? ""),
  );
  const exceptions: PlanException[] = sorted.map((r) => {
    const ref = refId(r.ref);
    const date = r.date ?? tickLabel(cal, r.tick);
    const newDate = r.newTick === undefined ? undefined : tickLabel(cal, r.newTick);
    const item = model.items[r.item]!.id;
    const message = exceptionMessage(r.kind, { item, ref, date, newDate, quantity: r.quantity, ticksLate: r.ticksLate, unit: cal.unit });
    return {
      kind: r.kind,
      item,
      ref,
      date,
      ...(newDate === undefined ? {} : { newDate }),
      quantity: r.quantity,
      ...(r.ticksLate === undefined ? {} : { ticksLate: r.ticksLate }),
      message,
    };
  });

  let planned: PlannedOrder[] | undefined;
  let firm: PlannedOrder[] | undefined;
  const build = (kind: number): PlannedOrder[] => {
    const out: PlannedOrder[] = [];
    for (const i of model.planningOrder) {
      const ords: number[] = [];
      for (let o = columns.itemOrderStart[i]!; o < columns.itemOrderEnd[i]!; o++) if (columns.orderKind[o] === kind) ords.push(o);
      ords.sort((a, b) => columns.orderRelease[a]! - columns.orderRelease[b]! || columns.orderDue[a]! - columns.orderDue[b]! || columns.orderSeq[a]! - columns.orderSeq[b]!);
      for (const o of ords) out.push(orderOf(model, columns, o));
    }
    return out;
  };
  return {
    model,
    items,
    get plannedOrders() {
      return (planned ??= build(0));
    },
    get firmPlannedOrders() {
      return (firm ??= build(1));
    },
    exceptions,
    columns,
  };
}

/**
 * The orders that load work centers: every planned and firm planned order of the plan and every
 * scheduled receipt of the model, of items with a routing (in a model with locations, of the
 * orders made where they are planned), each with its backward schedule (the
 * plan's own for its orders: computed once per order). Quantities are good quantities; the
 * schedule runs the started quantity of an item whose `assemblyScrapMode` is `"order"`.
 * Internal to the capacity functions.
 *
 * Complexity: O(I + N · R) for I items and N orders of R operations.
 */
import type { PlanResult } from "../mrp/PlanResult.js";
import { orderId } from "../mrp/buildResult.js";
import { OrderKind } from "../mrp/columns.js";
import { scheduleOfOrder } from "../mrp/orderSchedules.js";
import { stateOf } from "../mrp/planState.js";
import { isMadeOrder } from "../mrp/sources.js";
import { scheduleOrder, type OrderSchedule } from "../routing/scheduleOrder.js";

/** An order that loads work centers. */
export interface LoadedOrder {
  /** Order id (planned `ITEM#n`, or the input id of a firm planned order or scheduled receipt). */
  readonly id: string;
  /** Item index. */
  readonly item: number;
  /** Quantity: what the order yields. */
  readonly quantity: number;
  /** Due tick. */
  readonly due: number;
  /** Its backward schedule from the due tick. */
  readonly schedule: OrderSchedule;
  /** Index of the order in the plan's columns, or -1 for a scheduled receipt. */
  readonly planOrder: number;
}

/**
 * Collects the loading orders: plan orders (planned and firm; phantom pass-through records are
 * skipped) by item index, then scheduled receipts in model order. Scheduled receipts dated
 * beyond the horizon are left out, as the plan ignores them. In a model with locations only
 * the orders made where they are planned load: a purchase or a transfer of an item that is also
 * made there loads nothing, nor does a transfer in transit (a scheduled receipt with `shipFrom`).
 */
export function loadedOrders(result: PlanResult): LoadedOrder[] {
  const { model, columns: c } = result;
  const schedules = stateOf(result).schedules;
  const out: LoadedOrder[] = [];
  // The columns may hold ranges no item points at any more (net change): go through the items.
  for (let item = 0; item < model.itemCount; item++) {
    if (model.routings[item] === undefined) continue;
    for (let o = c.itemOrderStart[item]!; o < c.itemOrderEnd[item]!; o++) {
      if (c.orderKind[o] === OrderKind.Phantom || !isMadeOrder(model, c, o)) continue;
      const quantity = c.orderQty[o]!;
      const due = c.orderDue[o]!;
      out.push({ id: orderId(model, c, o), item, quantity, due, schedule: scheduleOfOrder(model, schedules, o, item, quantity, due), planOrder: o });
    }
  }
  const sr = model.scheduledReceipts;
  const H = model.calendar.horizon;
  for (let k = 0; k < sr.records.length; k++) {
    const item = sr.item[k]!;
    const due = sr.tick[k]!;
    if (model.routings[item] === undefined || due >= H) continue;
    const rec = sr.records[k]!;
    if (rec.shipFrom !== undefined) continue;
    out.push({ id: rec.id, item, quantity: rec.quantity, due, schedule: scheduleOrder(model, item, rec.quantity, due), planOrder: -1 });
  }
  return out;
}

/**
 * One backward schedule per order of a plan, computed at most once: when the order is made (an
 * item whose lead time comes from its routing), or on first read (a parent's operation start, a
 * capacity profile). The cache belongs to one plan and its model; a net change starts its own.
 */
import type { Model } from "../model/Model.js";
import { scheduleOrder, type OrderSchedule } from "../routing/scheduleOrder.js";

/**
 * The schedules of the orders a plan made: entry `o - first` for order `o`. Orders below `first`
 * were kept from an earlier plan (net change) and are scheduled on each read.
 */
export interface OrderSchedules {
  readonly first: number;
  readonly list: (OrderSchedule | undefined)[];
}

/** An empty cache for a plan whose first own order is `first`. */
export function newOrderSchedules(first: number): OrderSchedules {
  return { first, list: [] };
}

/**
 * The backward schedule of order `o` (of item `item`, `quantity` due at `due`): from the cache,
 * or computed and cached.
 */
export function scheduleOfOrder(model: Model, cache: OrderSchedules, o: number, item: number, quantity: number, due: number): OrderSchedule {
  const k = o - cache.first;
  if (k < 0 || k >= cache.list.length) return scheduleOrder(model, item, quantity, due);
  let s = cache.list[k];
  if (s === undefined) {
    s = scheduleOrder(model, item, quantity, due);
    cache.list[k] = s;
  }
  return s;
}

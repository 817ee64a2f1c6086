/**
 * One backward schedule per order of a plan, computed at most once: when the order is made (an
 * item whose lead time comes from its routing), or on first read (a parent's operation start, a
 * capacity profile). The cache belongs to one plan and its model; a net change starts its own.
 */
import type { Model } from "../model/Model.js";
import { scheduleOrder, type OrderSchedule } from "../routing/scheduleOrder.js";

/**
 * The schedules of the orders a plan made, by order index, for the orders that have one so far.
 * Orders below `first` were kept from an earlier plan (net change) and are scheduled on each read.
 *
 * NOTE: a map, not an entry per order: most orders of most plans are never scheduled (no routing),
 * and a list holding a hole for each of millions of orders was garbage the collector kept copying.
 */
export interface OrderSchedules {
  readonly first: number;
  readonly byOrder: Map<number, OrderSchedule>;
}

/** An empty cache for a plan whose first own order is `first`. */
export function newOrderSchedules(first: number): OrderSchedules {
  return { first, byOrder: new Map() };
}

/**
 * The backward schedule of order `o` (of item `item`, `quantity` due at `due`): from the cache,
 * or computed and cached.
 */
export function scheduleOfOrder(model: Model, cache: OrderSchedules, o: number, item: number, quantity: number, due: number): OrderSchedule {
  if (o < cache.first) return scheduleOrder(model, item, quantity, due);
  let s = cache.byOrder.get(o);
  if (s === undefined) {
    s = scheduleOrder(model, item, quantity, due);
    cache.byOrder.set(o, s);
  }
  return s;
}

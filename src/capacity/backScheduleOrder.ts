/**
 * The backward schedule of one order through its item's routing, by item id: the public door to
 * the operation scheduling that {@link plan} and {@link planCapacity} use.
 */
import { checkQuantity, itemIndexOf } from "../bom/bomArgs.js";
import { InvalidOptionError } from "../errors/InvalidOptionError.js";
import { errorMessages } from "../errors/messages.js";
import type { Model } from "../model/Model.js";
import { scheduleOrder, type OrderSchedule } from "../routing/scheduleOrder.js";

/**
 * Schedules an order of an item backward from its due tick through the item's routing: from the
 * due tick back, each operation takes its `move` ticks, then its run time, then its `queue`
 * ticks; the first operation's start is the release. Without a routing the schedule has no
 * operations and its release is `due - leadTime`. Ticks count the horizon from 0 (the planning
 * start; {@link formatPlanDate} turns one into a date) and may be negative.
 *
 * @param model - the compiled model
 * @param item - the item id
 * @param quantity - the order quantity: what it yields (an item whose `assemblyScrapMode` is
 *   `"order"` runs `quantity × (1 + assemblyScrap)` through its routing)
 * @param due - the due (receipt) tick
 * @returns the schedule: the release tick and each operation's ticks and load hours
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item;
 *   {@link InvalidOptionError} (`invalid_quantity`) for a quantity that is negative or not
 *   finite, (`invalid_date`) for a due tick that is not a whole number
 * @example
 * ```ts
 * // one operation on WC-1 (8 h per tick): setup 2 h, run 0.5 h per unit, move 1 tick
 * backScheduleOrder(model, "A", 20, 10)
 * //=> { release: 7, due: 10, operations: [{ seq: 10, workCenter: "WC-1", start: 7, runStart: 7,
 * //     runEnd: 9, end: 10, hours: 12, outsourced: false }] }
 * ```
 *
 * @category Capacity
 */
export function backScheduleOrder(model: Model, item: string, quantity: number, due: number): OrderSchedule {
  const i = itemIndexOf(model, item);
  const q = checkQuantity(quantity);
  if (!Number.isSafeInteger(due)) throw new InvalidOptionError("invalid_date", "due", due, errorMessages.notATick(due));
  return scheduleOrder(model, i, q, due);
}

import { MrpError } from "./MrpError.js";

/**
 * Which bound of {@link PlanLimitError} a plan would break:
 * - `orders-per-item`: the planned orders of one item (option `maxOrdersPerItem`);
 * - `orders`: the planned orders of the whole plan (option `maxOrders`);
 * - `quantity`: a derived quantity (a requirement exploded through the BOM) above 1e250, beyond
 *   which sums of quantities could overflow to `Infinity`.
 *
 * @category Errors
 */
export type PlanLimit = "orders-per-item" | "orders" | "quantity";

/**
 * Thrown by `plan` (and `replan`) when finishing the plan would break one of its bounds, before
 * the work is done: one lot rule or order maximum that would split a requirement into millions of
 * orders, say. `details` holds `limit` (which bound), `item` (the item being planned), `max` (the
 * bound) and `needed` (the count or quantity the plan would need).
 *
 * @example
 * ```ts
 * try { plan(model, { maxOrdersPerItem: 10 }); } catch (e) { (e as PlanLimitError).code; } //=> "plan_limit"
 * ```
 *
 * @category Errors
 */
export class PlanLimitError extends MrpError {
  /** Always `"PlanLimitError"`. */
  override readonly name = "PlanLimitError";
  override readonly code = "plan_limit";
  /** The bound that would be broken. */
  readonly limit: PlanLimit;
  /** The id of the item being planned. */
  readonly item: string;
  /** The bound. */
  readonly max: number;
  /** What the plan would need: a number of orders, or a quantity. */
  readonly needed: number;

  /**
   * @param limit - the bound that would be broken
   * @param item - the id of the item being planned
   * @param max - the bound
   * @param needed - what the plan would need
   */
  constructor(limit: PlanLimit, item: string, max: number, needed: number) {
    super("plan_limit", messageOf(limit, item, max, needed), { limit, item, max, needed });
    this.limit = limit;
    this.item = item;
    this.max = max;
    this.needed = needed;
  }
}

function messageOf(limit: PlanLimit, item: string, max: number, needed: number): string {
  const id = JSON.stringify(item);
  if (limit === "orders-per-item") {
    return `planning item ${id} would need ${needed} planned orders, more than the limit of ${max} per item (option maxOrdersPerItem); check its lot size, order maximum and BOM quantities`;
  }
  if (limit === "orders") {
    return `planning item ${id} would bring the plan to ${needed} planned orders, more than the limit of ${max} (option maxOrders)`;
  }
  return `planning item ${id} would need a quantity of ${needed}, above the largest quantity a plan handles (${max}); check the BOM quantities above it`;
}

/**
 * The texts of the messages a planner acts on that are not the plan's own action messages:
 * capacity overloads and the shortages and overdue open orders found on the way to a demand.
 * Dates arrive already written as the results show them (a period number or an ISO date).
 *
 * @internal
 */

const at = (date: number | string): string => (typeof date === "number" ? `period ${date}` : date);
const hours = (h: number): string => `${h} h`;
const ticks = (n: number, unit: "period" | "day"): string => `${n} ${unit === "period" ? "period" : "working day"}${n === 1 ? "" : "s"}`;

export const worklistMessages = {
  /** A work center bucket loaded beyond its available hours. */
  overload: (workCenter: string, date: number | string, load: number, available: number, orders: readonly string[]): string =>
    `${workCenter}: overloaded at ${at(date)}: load ${hours(load)}, available ${hours(available)}` +
    (available > 0 ? ` (${Math.round((load / available) * 1000) / 10}%)` : " (no capacity)") +
    `; orders ${orders.join(", ")}`,
  /** An order received after the requirement it covers. */
  shortage: (item: string, order: string, quantity: number, need: number | string, due: number | string, late: number, unit: "period" | "day"): string =>
    `${item}: ${quantity} needed at ${at(need)} arrive with order ${order} at ${at(due)}, ${ticks(late, unit)} late`,
  /** An overdue open order that the plan counts on at the first tick. */
  overdueReceipt: (item: string, order: string, quantity: number, due: number | string, late: number, unit: "period" | "day"): string =>
    `${item}: open order ${order} (${quantity}) was due ${at(due)}, ${ticks(late, unit)} before the planning start; the plan counts on it at the first tick`,
} as const;

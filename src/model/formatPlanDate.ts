import { tickLabel } from "./calendar.js";
import type { Model } from "./Model.js";

/**
 * The date of a tick as results show it ({@link PlanDate}): the period number in a period
 * calendar (tick 0 is period 1), the ISO date of the working day in a day calendar. Ticks count
 * the horizon from 0 (the planning start) to `model.calendar.horizon - 1`.
 *
 * @param model - the compiled model
 * @param tick - a tick of the horizon
 * @returns the period number or the ISO date
 * @example
 * ```ts
 * formatPlanDate(periodModel, 0) //=> 1
 * formatPlanDate(dayModel, 0)    //=> "2026-03-02" (the first working day)
 * ```
 *
 * @category Planning
 */
export function formatPlanDate(model: Model, tick: number): number | string {
  return tickLabel(model.calendar, tick);
}

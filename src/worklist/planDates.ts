/**
 * Ticks of the dates a plan writes ({@link PlanDate}), before the planning start included. Shared
 * by the worklists; internal.
 */
import { requirementTick, tickBefore, type Calendar } from "../model/calendar.js";
import { parseIsoDate } from "../internal/dates.js";
import type { PlanDate } from "../mrp/PlanResult.js";

/**
 * The tick of a date as results write it. Period `p` is tick `p - 1` (periods before the first
 * give negative ticks). In a day calendar a date inside the horizon is its working day's tick
 * (a non-working day counts as the working day before it); a date before the planning start
 * gives minus the number of working days from it to the start, so a demand due the working day
 * before the start is at tick -1.
 */
export function tickOfDate(cal: Calendar, date: PlanDate): number {
  if (cal.unit === "period") return (date as number) - 1;
  const day = parseIsoDate(date as string)!;
  return day >= cal.startDay ? requirementTick(cal, date) : tickBefore(cal, day);
}

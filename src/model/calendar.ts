/**
 * Compiles the model's calendar to integer ticks (docs/model-format.md). Period mode: period p is tick
 * p - 1. Day mode: tick k is the k-th working day from the planning start. The engine only ever
 * sees ticks.
 */
import type { Issue, JsonPath } from "../errors/Issue.js";
import { calendarMessages as C } from "../errors/calendarMessages.js";
import { formatIsoDate, isoWeekday, parseIsoDate } from "../internal/dates.js";
import { lowerBound } from "../internal/sort.js";
import type { DateValue } from "./schema.js";

/** Days of the longest horizon a day calendar may span (about 100 years). */
const MAX_SPAN_DAYS = 36_600;

/**
 * A compiled calendar. Ticks run from 0 to `horizon - 1`; a tick below 0 is in the past, a tick
 * at or above `horizon` is beyond the horizon.
 *
 * @category Model
 */
export interface Calendar {
  /** `"period"` or `"day"`. */
  readonly unit: "period" | "day";
  /** Number of ticks in the horizon. */
  readonly horizon: number;
  /** Day mode: day numbers (days since 1970-01-01) of the working days, one per tick. */
  readonly workDays: Int32Array;
  /** Day mode: the planning start as a day number (0 in period mode). */
  readonly startDay: number;
  /** Day mode: the last calendar day of the horizon as a day number (0 in period mode). */
  readonly endDay: number;
  /** Day mode: ISO weekdays that are worked. */
  readonly weekdays: ReadonlySet<number>;
  /** Day mode: holidays as day numbers. */
  readonly holidays: ReadonlySet<number>;
}

/** The label of a tick in reports: the period number, or the ISO date of the working day. */
export function tickLabel(cal: Calendar, tick: number): number | string {
  if (cal.unit === "period") return tick + 1;
  if (tick >= 0 && tick < cal.horizon) return formatIsoDate(cal.workDays[tick]!);
  return formatIsoDate(tickDay(cal, tick));
}

function isWorking(cal: Calendar, day: number): boolean {
  return cal.weekdays.has(isoWeekday(day)) && !cal.holidays.has(day);
}

/** Day number of 0000-01-01 and of 9999-12-31: the ISO 8601 years a date can print as. */
export const MIN_DAY = -719_528;
/** @see MIN_DAY */
export const MAX_DAY = 2_932_896;

const workingHolidays = new WeakMap<Calendar, Int32Array>();

/** The holidays that fall on worked weekdays, ascending (cached per calendar). */
function holidaysOf(cal: Calendar): Int32Array {
  let hs = workingHolidays.get(cal);
  if (hs === undefined) {
    hs = Int32Array.from([...cal.holidays].filter((h) => cal.weekdays.has(isoWeekday(h)))).sort();
    workingHolidays.set(cal, hs);
  }
  return hs;
}

/** Working days in `[a, b]` (0 when `b < a`): whole weeks of the pattern, holidays by binary search. */
function workingBetween(cal: Calendar, a: number, b: number): number {
  if (b < a) return 0;
  const full = Math.floor((b - a + 1) / 7);
  let count = full * cal.weekdays.size;
  for (let d = a + full * 7; d <= b; d++) if (cal.weekdays.has(isoWeekday(d))) count++;
  const hs = holidaysOf(cal);
  return count - (lowerBound(hs, b + 1) - lowerBound(hs, a));
}

/**
 * Day number of any tick in day mode. Outside the horizon the working days are counted
 * arithmetically (whole weeks of the workday pattern, holidays by binary search), in
 * O(log(distance) * log(holidays)); a tick whose day would fall outside the years 0000-9999 gives
 * the first or last day of that range.
 */
export function tickDay(cal: Calendar, tick: number): number {
  if (tick >= 0 && tick < cal.horizon) return cal.workDays[tick]!;
  const perWeek = cal.weekdays.size;
  const spare = holidaysOf(cal).length;
  if (tick < 0) {
    // the n-th working day strictly before the anchor
    const anchor = cal.horizon > 0 ? cal.workDays[0]! : cal.startDay;
    const n = -tick;
    let lo = Math.max(MIN_DAY, anchor - 7 * Math.ceil((n + spare) / perWeek) - 7);
    let hi = anchor - 1;
    if (hi < lo || workingBetween(cal, lo, anchor - 1) < n) return MIN_DAY;
    // largest d with workingBetween(d, anchor - 1) >= n
    while (lo < hi) {
      const mid = lo + Math.ceil((hi - lo) / 2);
      if (workingBetween(cal, mid, anchor - 1) >= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  // the n-th working day strictly after the anchor
  const anchor = cal.horizon > 0 ? cal.workDays[cal.horizon - 1]! : cal.startDay;
  const n = tick - (cal.horizon - 1);
  let lo = anchor + 1;
  let hi = Math.min(MAX_DAY, anchor + 7 * Math.ceil((n + spare) / perWeek) + 7);
  if (hi < lo || workingBetween(cal, anchor + 1, hi) < n) return MAX_DAY;
  // smallest d with workingBetween(anchor + 1, d) >= n
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (workingBetween(cal, anchor + 1, mid) >= n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const FAR = 0x40000000;

/** Tick of a period: period - 1, clamped to [-2^30, 2^30] so ticks always fit 32 bits. */
function periodTick(cal: Calendar, period: number): number {
  void cal;
  const t = period - 1;
  return t > FAR ? FAR : t < -FAR ? -FAR : t;
}

/**
 * Day mode, a day after the horizon: the tick it would have if the calendar went on (working
 * days counted past the end). `next`: a non-working day counts as the next working day, else as
 * the previous one.
 */
function tickBeyond(cal: Calendar, day: number, next: boolean): number {
  if (day - cal.endDay > 36_600) return FAR;
  const k = cal.horizon + workingBetween(cal, cal.endDay + 1, day - 1);
  return next || isWorking(cal, day) ? k : k - 1;
}

/**
 * Day mode, a day before the planning start: minus the working days from it to the start, so the
 * working day just before the start is tick -1 (a non-working day counts as the working day
 * before it). Counted arithmetically, like the days past the horizon.
 */
export function tickBefore(cal: Calendar, day: number): number {
  const working = workingBetween(cal, day, cal.startDay - 1);
  return isWorking(cal, day) ? -working : -working - 1;
}

/**
 * Tick of a requirement date: in day mode a non-working day moves to the previous working day
 * (never before the start). Dates before the start give -1; dates after the horizon give ticks
 * at or past `horizon`, counted as if the calendar went on.
 */
export function requirementTick(cal: Calendar, value: number | string): number {
  if (cal.unit === "period") return periodTick(cal, value as number);
  const day = parseIsoDate(value as string)!;
  if (day < cal.startDay) return -1;
  if (day > cal.endDay) return Math.max(cal.horizon, tickBeyond(cal, day, false));
  const i = lowerBound(cal.workDays, day + 1) - 1;
  return i < 0 ? 0 : i;
}

/**
 * Tick of a receipt date (or an effectivity boundary): in day mode a non-working day moves to the
 * next working day. Dates before the start give -1; dates after the horizon give ticks at or
 * past `horizon`, counted as if the calendar went on.
 */
export function receiptTick(cal: Calendar, value: number | string): number {
  if (cal.unit === "period") return periodTick(cal, value as number);
  const day = parseIsoDate(value as string)!;
  if (day < cal.startDay) return -1;
  if (day > cal.endDay) return tickBeyond(cal, day, true);
  return lowerBound(cal.workDays, day);
}

/** Checks a date of the model against the calendar mode; pushes an issue when it is not one. */
export function checkDate(unit: "period" | "day", value: DateValue, path: JsonPath, issues: Issue[]): boolean {
  if (unit === "period") {
    if (typeof value !== "number" || !Number.isInteger(value)) {
      issues.push({
        path,
        code: "invalid_date",
        message: C.notAPeriod(value),
      });
      return false;
    }
    return true;
  }
  if (typeof value !== "string" || parseIsoDate(value) === undefined) {
    issues.push({
      path,
      code: "invalid_date",
      message: C.notADay(value),
    });
    return false;
  }
  return true;
}

/** Input of {@link compileCalendar}: the calendar and the latest dated event of the model. */
export interface CalendarSource {
  readonly unit?: "period" | "day" | undefined;
  readonly periods?: number | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly workdays?: readonly number[] | undefined;
  readonly holidays?: readonly string[] | undefined;
}

/**
 * Compiles the calendar. In day mode without `end`, the horizon runs to the latest date of any
 * demand, scheduled receipt or firm planned order (at least the start).
 */
export function compileCalendar(src: CalendarSource, latestDates: readonly string[], issues: Issue[]): Calendar | undefined {
  if (src.unit !== "day") {
    return {
      unit: "period",
      horizon: src.periods!,
      workDays: new Int32Array(0),
      startDay: 0,
      endDay: 0,
      weekdays: new Set(),
      holidays: new Set(),
    };
  }
  const startText = src.start!;
  const start = parseIsoDate(startText);
  if (start === undefined) {
    issues.push({ path: ["calendar", "start"], code: "invalid_date", message: C.notARealDate(startText) });
  }
  let end: number | undefined;
  if (src.end !== undefined) {
    end = parseIsoDate(src.end);
    if (end === undefined) {
      issues.push({ path: ["calendar", "end"], code: "invalid_date", message: C.notARealDate(src.end) });
    } else if (start !== undefined && end < start) {
      issues.push({ path: ["calendar", "end"], code: "invalid_date", message: C.endBeforeStart(src.end, startText) });
    }
  }
  const holidays = new Set<number>();
  (src.holidays ?? []).forEach((h, i) => {
    const d = parseIsoDate(h);
    if (d === undefined) {
      issues.push({ path: ["calendar", "holidays", i], code: "invalid_date", message: C.notARealDate(h) });
    } else holidays.add(d);
  });
  if (start === undefined || (src.end !== undefined && end === undefined)) return undefined;
  if (end === undefined) {
    end = start;
    for (const s of latestDates) {
      const d = parseIsoDate(s);
      if (d !== undefined && d > end) end = d;
    }
  }
  if (end - start > MAX_SPAN_DAYS) {
    issues.push({ path: ["calendar"], code: "too_big", message: C.tooLong(end - start, MAX_SPAN_DAYS) });
    return undefined;
  }
  const weekdays = new Set(src.workdays ?? [1, 2, 3, 4, 5]);
  const days: number[] = [];
  for (let d = start; d <= end; d++) {
    if (weekdays.has(isoWeekday(d)) && !holidays.has(d)) days.push(d);
  }
  return { unit: "day", horizon: days.length, workDays: Int32Array.from(days), startDay: start, endDay: end, weekdays, holidays };
}

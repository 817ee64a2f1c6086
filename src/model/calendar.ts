/**
 * Compiles the model's calendar to integer ticks (SPEC section 2). Period mode: period p is tick
 * p - 1. Day mode: tick k is the k-th working day from the planning start. The engine only ever
 * sees ticks.
 */
import type { Issue, JsonPath } from "../errors/Issue.js";
import { formatIsoDate, isoWeekday, parseIsoDate } from "../internal/dates.js";
import type { DateValue } from "./schema.js";

/** Days of the longest horizon a day calendar may span (about 100 years). */
const MAX_SPAN_DAYS = 36_600;

/**
 * A compiled calendar. Ticks run from 0 to `horizon - 1`; a tick below 0 is in the past, a tick
 * at or above `horizon` is beyond the horizon.
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

/** Day number of any tick in day mode, stepping over non-working days before or after the horizon. */
export function tickDay(cal: Calendar, tick: number): number {
  if (tick >= 0 && tick < cal.horizon) return cal.workDays[tick]!;
  if (tick < 0) {
    let day = cal.horizon > 0 ? cal.workDays[0]! : cal.startDay;
    for (let k = 0; k > tick; ) {
      day--;
      if (isWorking(cal, day)) k--;
    }
    return day;
  }
  let day = cal.horizon > 0 ? cal.workDays[cal.horizon - 1]! : cal.startDay;
  for (let k = cal.horizon - 1; k < tick; ) {
    day++;
    if (isWorking(cal, day)) k++;
  }
  return day;
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
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
  let k = cal.horizon;
  for (let d = cal.endDay + 1; d < day; d++) if (isWorking(cal, d)) k++;
  return next || isWorking(cal, day) ? k : k - 1;
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
        message:
          typeof value === "string"
            ? `the calendar counts periods: expected a period number, got the date string ${JSON.stringify(value)}`
            : `a period must be a whole number (got ${String(value)})`,
      });
      return false;
    }
    return true;
  }
  if (typeof value !== "string" || parseIsoDate(value) === undefined) {
    issues.push({
      path,
      code: "invalid_date",
      message:
        typeof value === "number"
          ? `the calendar counts days: expected an ISO date "YYYY-MM-DD", got the number ${String(value)}`
          : `${JSON.stringify(value)} is not a real date (expected "YYYY-MM-DD")`,
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
  const start = parseIsoDate(src.start!);
  if (start === undefined) {
    issues.push({ path: ["calendar", "start"], code: "invalid_date", message: `${JSON.stringify(src.start)} is not a real date (expected "YYYY-MM-DD")` });
  }
  let end: number | undefined;
  if (src.end !== undefined) {
    end = parseIsoDate(src.end);
    if (end === undefined) {
      issues.push({ path: ["calendar", "end"], code: "invalid_date", message: `${JSON.stringify(src.end)} is not a real date (expected "YYYY-MM-DD")` });
    } else if (start !== undefined && end < start) {
      issues.push({ path: ["calendar", "end"], code: "invalid_date", message: `calendar.end ${src.end} is before calendar.start ${src.start}` });
    }
  }
  const holidays = new Set<number>();
  (src.holidays ?? []).forEach((h, i) => {
    const d = parseIsoDate(h);
    if (d === undefined) {
      issues.push({ path: ["calendar", "holidays", i], code: "invalid_date", message: `${JSON.stringify(h)} is not a real date (expected "YYYY-MM-DD")` });
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
    issues.push({ path: ["calendar"], code: "too_big", message: `the calendar spans ${end - start} days; at most ${MAX_SPAN_DAYS} are supported` });
    return undefined;
  }
  const weekdays = new Set(src.workdays ?? [1, 2, 3, 4, 5]);
  const days: number[] = [];
  for (let d = start; d <= end; d++) {
    if (weekdays.has(isoWeekday(d)) && !holidays.has(d)) days.push(d);
  }
  return { unit: "day", horizon: days.length, workDays: Int32Array.from(days), startDay: start, endDay: end, weekdays, holidays };
}

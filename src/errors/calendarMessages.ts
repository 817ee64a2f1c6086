/**
 * Every message text of the calendar (its own fields and the dates of a model checked against
 * it), in one place. Codes are stable; texts may be improved.
 *
 * @internal
 */

const q = (v: unknown): string => JSON.stringify(v);

export const calendarMessages = {
  /** A date of the model in a period calendar that is not a whole period number. */
  notAPeriod: (value: unknown): string =>
    typeof value === "string"
      ? `the calendar counts periods: expected a period number, got the date string ${q(value)}`
      : `a period must be a whole number (got ${String(value)})`,
  /** A date of the model in a day calendar that is not a real ISO date. */
  notADay: (value: unknown): string =>
    typeof value === "number"
      ? `the calendar counts days: expected an ISO date "YYYY-MM-DD", got the number ${String(value)}`
      : `${q(value)} is not a real date (expected "YYYY-MM-DD")`,
  /** A calendar date (start, end, a holiday) that is not a real ISO date. */
  notARealDate: (value: unknown): string => `${q(value)} is not a real date (expected "YYYY-MM-DD")`,
  endBeforeStart: (end: string, start: string | undefined): string => `calendar.end ${end} is before calendar.start ${String(start)}`,
  tooLong: (days: number, max: number): string => `the calendar spans ${days} days; at most ${max} are supported`,
} as const;

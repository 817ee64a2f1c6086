/**
 * ISO calendar dates (`YYYY-MM-DD`, proleptic Gregorian) as integer day numbers (days since
 * 1970-01-01): parsing, printing, weekdays, and the half-open date windows of price books. Plain
 * integer arithmetic, no `Date`: no clock, no time zone, and every year from 0000 to 9999.
 *
 * Complexity: O(1) per call. Reference: Howard Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms" (`days_from_civil`, `civil_from_days`).
 *
 * NOTE: dates are read by char codes instead of a regex; a quote validates its date on every call.
 * ISO dates compare correctly as strings, so windows are checked with `<` on the text.
 */

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a real date `y-m-d` (Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day number of an ISO `YYYY-MM-DD` date, or `undefined` when it is not a real date (2027-02-30 is not one). */
export function parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  let mo = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) mo = mo * 10 + c;
    else d = d * 10 + c;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d);
}

/**
 * True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is not one).
 *
 * @param text - the text to check
 * @returns whether it is a real date in that form
 * @example
 * ```ts
 * isIsoDate("2027-02-28") //=> true
 * isIsoDate("2027-02-30") //=> false
 * ```
 *
 * @category Pricing
 */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** ISO `YYYY-MM-DD` of a day number (the inverse of {@link parseIsoDate}; Hinnant's `civil_from_days`). */
export function formatIsoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** ISO weekday (1 = Monday .. 7 = Sunday) of a day number. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The ISO date `days` days after (or before, when negative) the valid ISO date `iso`. */
export function addDays(iso: string, days: number): string {
  return formatIsoDate(parseIsoDate(iso)! + days);
}

/** True when `[from, to)` contains `date`; null bounds are open. */
export function inWindow(date: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= date) && (to === null || date < to);
}

/** True when the half-open windows `[aFrom, aTo)` and `[bFrom, bTo)` share a day. */
export function windowsOverlap(aFrom: string | null, aTo: string | null, bFrom: string | null, bTo: string | null): boolean {
  const startsBeforeBEnds = aFrom === null || bTo === null || aFrom < bTo;
  const bStartsBeforeAEnds = bFrom === null || aTo === null || bFrom < aTo;
  return startsBeforeBEnds && bStartsBeforeAEnds;
}

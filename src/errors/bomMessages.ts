/**
 * Every message text of the BOM services (explosion, where-used, cumulative lead time, item
 * search), in one place. Codes are stable; texts may be improved.
 *
 * @internal
 */
import { describeValue } from "./describeValue.js";

export const bomMessages = {
  unknownItem: (id: string): string => `unknown item ${JSON.stringify(id)}: the model has no item with this id`,
  invalidQuantity: (q: unknown): string => `quantity must be a finite number >= 0 (got ${describe(q)})`,
  periodDate: (d: unknown): string =>
    typeof d === "string"
      ? `the calendar counts periods: expected a period number, got the date string ${JSON.stringify(d)}`
      : `a period must be a whole number (got ${describe(d)})`,
  dayDate: (d: unknown): string =>
    typeof d === "string"
      ? `${JSON.stringify(d)} is not a real date (expected "YYYY-MM-DD")`
      : `the calendar counts days: expected an ISO date "YYYY-MM-DD", got ${describe(d)}`,
} as const;

function describe(v: unknown): string {
  return describeValue(v, { literals: true });
}

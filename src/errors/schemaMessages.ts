/**
 * Every message text of the model's schema (a field of the wrong type, out of range, or not one
 * of its choices), in one place. `what` is the field as the message names it (`leadTime`,
 * `lotSizing.quantity`). Codes are stable; texts may be improved.
 *
 * @internal
 */
import { describeValue } from "./describeValue.js";

/** A value of the wrong type, as the schema's messages name it (strings cut after 40 characters). */
const describe = (v: unknown): string => describeValue(v, { labelStrings: 40 });

/** `"a", "b" or "c"`. */
const choices = (values: readonly string[]): string => {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]!}`;
};

export const schemaMessages = {
  required: (what: string): string => `${what} is required`,
  notANumber: (what: string, input: unknown): string =>
    typeof input === "number" ? `${what} must be a finite number (got ${String(input)})` : `${what} must be a number (got ${describe(input)})`,
  notAString: (what: string, input: unknown): string => `${what} must be a string (got ${describe(input)})`,
  notBoolean: (what: string): string => `${what} must be true or false`,
  empty: (what: string): string => `${what} must not be empty`,
  atLeast: (what: string, min: number): string => `${what} must be >= ${min}`,
  atMost: (what: string, max: number): string => `${what} must be <= ${max}`,
  /** The quantity cap, with its power of ten: `must be <= 1000000000000000 (1e15)`. */
  atMostQuantity: (what: string, max: number): string => `${what} must be <= ${max} (${max.toExponential().replace("e+", "e")})`,
  positive: (what: string): string => `${what} must be > 0`,
  wholeNumber: (what: string): string => `${what} must be a whole number`,
  wholeTicks: (what: string): string => `${what} must be a whole number of periods or working days`,
  wholeOffset: (what: string): string => `${what} must be a whole number of ticks`,
  wholeBuckets: (what: string): string => `${what} must be a whole number of buckets`,
  sequenceNumber: (what: string): string => `${what} must be a routing sequence number`,
  fraction: (what: string): string => `${what} must be a fraction in [0, 1)`,
  fractionTooBig: (what: string): string => `${what} must be a fraction in [0, 1) (got a value >= 1)`,
  oneOf: (what: string, values: readonly string[]): string => `${what} must be ${choices(values)}`,
  dateValue: (input: unknown): string => `expected a period number or an ISO date (got ${describe(input)})`,
  calendarShape: 'calendar must be { "unit": "period", "periods": N } or { "unit": "day", "start": "YYYY-MM-DD", ... }',
  workday: "workdays are ISO weekdays 1..7",
  noWorkdays: "workdays must list at least one weekday",
  lotSizingRule:
    "lotSizing.rule must be one of lot-for-lot, fixed, periods-of-supply, eoq, poq, wagner-whitin, silver-meal, least-unit-cost, part-period-balancing, min-max",
  noOperations: "a routing needs at least one operation",
  // attributes
  emptyAttributeName: "attribute names must not be empty",
  attributeNotFinite: (input: number): string => `an attribute must be a finite number (got ${String(input)})`,
  attributeType: "an attribute must be a string, a number or a boolean",
  attributesType: "attributes must be an object of strings, numbers and booleans",
} as const;

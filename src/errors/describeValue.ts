/**
 * How a message names a bad value: by its kind (`null`, `an array`, `a number`), or, for a short
 * scalar, by the value itself. One helper for every message of the package.
 *
 * @internal
 */

/** How {@link describeValue} writes a value. */
export interface DescribeValueOptions {
  /** Write strings, numbers and booleans as themselves (strings quoted as JSON). Default false. */
  readonly literals?: boolean;
  /** Write a string as `the string "…"`, cut after this many characters (when `literals` is off). */
  readonly labelStrings?: number;
  /** Put the article before a kind: `a number` rather than `number`. Default true. */
  readonly article?: boolean;
}

/**
 * A value as a message shows it: `null`, `an array`, `a number` (or `number` without the
 * article), or the value itself as the options ask.
 */
export function describeValue(v: unknown, options: DescribeValueOptions = {}): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (options.literals === true) {
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number" || typeof v === "boolean") return String(v);
  } else if (options.labelStrings !== undefined && typeof v === "string") {
    const cut = options.labelStrings;
    return `the string ${JSON.stringify(v.length > cut ? v.slice(0, cut) + "…" : v)}`;
  }
  return options.article === false ? typeof v : `a ${typeof v}`;
}

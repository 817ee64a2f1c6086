/**
 * Text helpers of the HTML report: escaping for element text and attribute values, JSON that is
 * safe inside a `<script type="application/json">` element, and number formatting for people.
 * Never exported from the package.
 */

const HTML_ESCAPES = new Map<string, string>([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&#39;"],
]);

/**
 * Escapes text for HTML element content and for attribute values in double or single quotes.
 *
 * @param text - any text (item ids are data and may contain `<`, `&` or quotes)
 * @returns the text with `& < > " '` replaced by character references
 * @example
 * ```ts
 * escapeHtml('<b id="x">') //=> "&lt;b id=&quot;x&quot;&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES.get(c)!);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or change the element, and U+2028/U+2029
 * are escaped too. `JSON.parse` of the element's text gives the value back.
 *
 * @param value - a JSON-serializable value
 * @returns its JSON text, safe to place between the script tags
 * @example
 * ```ts
 * jsonForScript({ id: "</script>" }) //=> '{"id":"\\u003c/script\\u003e"}'
 * ```
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A quantity as the report prints it: the shortest decimal form, `-0` as `0`.
 *
 * @param n - a quantity (already cleaned of binary noise by the engine)
 * @returns its text
 * @example
 * ```ts
 * formatNumber(12.5) //=> "12.5"
 * ```
 */
export function formatNumber(n: number): string {
  return String(n === 0 ? 0 : n);
}

/**
 * Hours for display, to two decimals (display only: the data keeps every digit).
 *
 * @param h - hours
 * @returns the rounded text
 * @example
 * ```ts
 * formatHours(5.8000000001) //=> "5.8"
 * ```
 */
export function formatHours(h: number): string {
  return formatNumber(Math.round(h * 100) / 100);
}

/**
 * A utilization as a percentage for display, `-` for load on no capacity.
 *
 * @param u - a utilization ratio, or null
 * @returns e.g. `"140%"`
 * @example
 * ```ts
 * formatPercent(1.4) //=> "140%"
 * ```
 */
export function formatPercent(u: number | null): string {
  return u === null ? "-" : `${formatNumber(Math.round(u * 1000) / 10)}%`;
}

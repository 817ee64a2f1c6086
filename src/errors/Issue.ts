/**
 * A path into a JSON document: property names and array indexes, outermost first.
 *
 * @category Errors
 */
export type JsonPath = readonly (string | number)[];

/**
 * One problem found in an input document, as data (the shape zod uses).
 *
 * @example
 * ```ts
 * { path: ["bom", 3, "child"], code: "unknown_reference", message: "unknown item 'X9'" }
 * ```
 *
 * @category Errors
 */
export interface Issue {
  /** Where the problem is. */
  readonly path: JsonPath;
  /** Machine code, e.g. `invalid_type`, `duplicate_id`, `unknown_reference`, `bom_cycle`. */
  readonly code: string;
  /** Readable description of what is wrong. */
  readonly message: string;
}

/**
 * Formats a JSON path the way people read it: `items[3].leadTime`; `$` for the root. Keys that
 * are not plain identifiers are quoted: `items["a b"]`.
 *
 * @param path - the path
 * @returns the readable path
 * @example
 * ```ts
 * formatPath(["items", 3, "leadTime"]) //=> "items[3].leadTime"
 * ```
 *
 * @category Errors
 */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return "$";
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * Formats issues one per line: `path: message (code)`.
 *
 * @category Errors
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message} (${i.code})`).join("\n");
}

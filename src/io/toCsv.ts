/**
 * Writes rows as CSV (RFC 4180): fields with a comma, quote, or line break are quoted and quotes
 * doubled; lines end with `\n`.
 *
 * @param header - the column names
 * @param rows - the cells, one array per row (numbers are written in their shortest form)
 * @returns the CSV text
 * @example
 * ```ts
 * toCsv(["item", "qty"], [["A,1", 2]]) //=> 'item,qty\n"A,1",2\n'
 * ```
 *
 * @category CSV and report
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const cell = (v: string | number | boolean | null): string => {
    if (v === null) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  let out = header.map(cell).join(",") + "\n";
  for (const r of rows) out += r.map(cell).join(",") + "\n";
  return out;
}

import { writeFormat, type CsvWriteOptions } from "./exportCsv.js";

/**
 * Writes rows as CSV (RFC 4180): fields with the delimiter, a quote, or a line break are quoted
 * and quotes doubled; lines end with `\n`.
 *
 * @param header - the column names
 * @param rows - the cells, one array per row (numbers are written in their shortest form)
 * @param options - the delimiter (default `","`; `";"` for Excel in comma-decimal locales) and
 *   whether to start with a UTF-8 byte-order mark (default false; Excel on Windows needs it to read UTF-8)
 * @returns the CSV text
 * @example
 * ```ts
 * toCsv(["item", "qty"], [["A,1", 2]]) //=> 'item,qty\n"A,1",2\n'
 * toCsv(["item", "qty"], [["A;1", 2]], { delimiter: ";", bom: true }) //=> '\uFEFFitem;qty\n"A;1";2\n'
 * ```
 *
 * @category CSV and report
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[], options: CsvWriteOptions = {}): string {
  const { delimiter, bom } = writeFormat(options);
  const special = delimiter === "," ? /[",\r\n]/ : delimiter === ";" ? /[";\r\n]/ : /["\t\r\n]/;
  const cell = (v: string | number | boolean | null): string => {
    if (v === null) return "";
    const s = String(v);
    return special.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  let out = bom + header.map(cell).join(delimiter) + "\n";
  for (const r of rows) out += r.map(cell).join(delimiter) + "\n";
  return out;
}

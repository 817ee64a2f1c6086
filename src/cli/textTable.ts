/**
 * Plain-text tables for people: left-aligned text columns, right-aligned number columns, padded
 * by display width so that wide characters (Chinese ids and names take two columns each) line up.
 */
import stringWidth from "string-width";

/** A column: its heading and whether its cells are right-aligned (numbers). */
export interface TextColumn {
  readonly title: string;
  readonly right?: boolean;
}

/**
 * Renders rows under a heading line, columns separated by two spaces, trailing spaces trimmed.
 *
 * @param columns - headings and alignment
 * @param rows - cells as strings, one array per row
 * @returns the table, one line per row, ending with a newline
 */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const width = columns.map((c, k) => rows.reduce((w, r) => Math.max(w, stringWidth(r[k] ?? "")), stringWidth(c.title)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, k) => {
        const s = cells[k] ?? "";
        const pad = " ".repeat(width[k]! - stringWidth(s));
        return c.right === true ? pad + s : s + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join("\n") + "\n";
}

import { formatPath, type Issue } from "./Issue.js";
import { MrpError } from "./MrpError.js";

/**
 * Formats one CSV import problem the way compilers do: `file:line column: message (code)`.
 * Issues that do not come from a file (the calendar option) keep their JSON path.
 */
function formatCsvIssue(issue: Issue): string {
  const [file, line, column] = issue.path;
  if (typeof file === "string" && typeof line === "number") {
    const where = `${file}:${line}${typeof column === "string" ? ` ${column}` : ""}`;
    return `${where}: ${issue.message} (${issue.code})`;
  }
  return `${formatPath(issue.path)}: ${issue.message} (${issue.code})`;
}

/**
 * Thrown by `importCsv` (and returned by `safeImportCsv`) when CSV tables cannot be turned into a
 * valid model. `issues` lists every problem at once. Each path is `[file, line, column]`: the
 * file name, the 1-based line where the record starts (the header is line 1) and the column's
 * header as written in the file (or the canonical name of a missing column); the column is left
 * out for problems of a whole line or file. Problems of the calendar option have the path
 * `["options", "calendar", ...]`.
 *
 * @example
 * ```ts
 * const r = safeImportCsv({ items: "part_number,source\nA,made\n" }, { calendar: { periods: 4 } });
 * if (!r.success) r.error.issues[0]; //=> { path: ["items.csv", 2, "source"], code: "invalid_value", message: "unknown source \"made\": expected make, buy or phantom" }
 * ```
 *
 * @category Errors
 */
export class CsvImportError extends MrpError {
  /** Always `"CsvImportError"`. */
  override readonly name = "CsvImportError";
  /** Always `"invalid_csv"`. */
  override readonly code = "invalid_csv";
  /** Every problem found, by file in table order, then line. */
  readonly issues: readonly Issue[];

  /** @param issues - the problems (at least one) */
  constructor(issues: readonly Issue[]) {
    const n = issues.length;
    super("invalid_csv", `invalid CSV import: ${n} problem${n === 1 ? "" : "s"}\n${issues.map(formatCsvIssue).join("\n")}`, { issues });
    this.issues = issues;
  }
}

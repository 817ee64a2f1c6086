/**
 * `mrpkit import --items items.csv [--bom bom.csv] ... [--calendar periods=N] [--map columns.json]
 * [--encoding NAME] [--decimal ,|.] [--strict-columns] [--attributes] [-o model.json]`: CSV tables
 * exported from an ERP, read as bytes into a model JSON document (docs/csv.md). The import's
 * warnings (skipped columns, ambiguous numbers) go to standard error as sentences.
 */
import { safeImportCsv, type CalendarInput, type CsvColumnMaps, type CsvTableInput, type ImportCsvOptions, type ImportCsvTables, type Issue } from "../../index.js";
import { flagOption, stringOption } from "../args.js";
import { readJson } from "../input.js";
import { CliInputError, UsageError, type CommandSpec, type OptionSpec, type ParsedArgs } from "../types.js";

/** Option name → table. */
const TABLE_OPTIONS: readonly (readonly [option: string, table: keyof ImportCsvTables])[] = [
  ["items", "items"],
  ["bom", "bom"],
  ["routings", "routings"],
  ["work-centers", "workCenters"],
  ["capacity-changes", "capacityChanges"],
  ["stock", "stock"],
  ["receipts", "receipts"],
  ["firm-orders", "firmOrders"],
  ["demands", "demands"],
  ["calendar-table", "calendar"],
  ["locations", "locations"],
  ["item-locations", "itemLocations"],
  ["sources", "sources"],
];

/** The option of one table: its file, named in the usage line. */
function tableOption(option: string): OptionSpec {
  const file = option === "calendar-table" ? "calendar.csv" : `${option}.csv`;
  return option === "items"
    ? { type: "string", value: file, required: true, help: "the items table" }
    : { type: "string", value: file, help: option === "calendar-table" ? "the calendar table" : `the ${option.replace("-", " ")} table` };
}

/** `periods=12` or `start=2026-01-05,end=2026-03-31` as a calendar. */
function calendarOption(args: ParsedArgs): CalendarInput | undefined {
  const spec = stringOption(args, "calendar");
  if (spec === undefined) return undefined;
  const bad = () => new UsageError(`--calendar must be periods=N or start=YYYY-MM-DD[,end=YYYY-MM-DD] (got '${spec}')`);
  const pairs = new Map<string, string>();
  for (const part of spec.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) throw bad();
    const key = part.slice(0, eq).trim();
    if (!["periods", "start", "end"].includes(key) || pairs.has(key)) throw bad();
    pairs.set(key, part.slice(eq + 1).trim());
  }
  const periods = pairs.get("periods");
  const start = pairs.get("start");
  const end = pairs.get("end");
  if (periods !== undefined) {
    if (start !== undefined || end !== undefined || !/^\d+$/.test(periods)) throw bad();
    return { unit: "period", periods: Number(periods) };
  }
  if (start === undefined) throw bad();
  return end === undefined ? { unit: "day", start } : { unit: "day", start, end };
}

/** `--decimal`: the decimal mark. */
function decimalOption(args: ParsedArgs): "," | "." | undefined {
  const v = stringOption(args, "decimal");
  if (v !== undefined && v !== "," && v !== ".") throw new UsageError(`--decimal must be , or . (got '${v}')`);
  return v;
}

/** `--encoding`: a label `TextDecoder` knows. */
function encodingOption(args: ParsedArgs): string | undefined {
  const v = stringOption(args, "encoding");
  if (v === undefined) return undefined;
  try {
    new TextDecoder(v);
  } catch {
    throw new UsageError(`--encoding: unknown encoding '${v}' (e.g. utf-8, gb18030, utf-16le, windows-1252)`);
  }
  return v;
}

/**
 * One warning of the import as a line for standard error: `mrpkit: warning: file:line column:
 * message`, the message naming the options by their command-line names.
 */
export function warningLine(w: Issue): string {
  const [file, line, column] = w.path;
  const where = `${String(file)}:${String(line)}${column === undefined ? "" : ` ${String(column)}`}`;
  const message = w.message
    .replace("with a column map", "with --map")
    .replace(/as (an attribute|attributes),/, "as $1 with --attributes,")
    .replace("with strict columns", "with --strict-columns")
    .replace('give decimal "," (--decimal ,); decimal "." confirms', "give --decimal ,; --decimal . confirms");
  return `mrpkit: warning: ${where}: ${message}\n`;
}

/** The `import` command. */
export const importCommand: CommandSpec = {
  name: "import",
  summary: "read CSV tables (items, BOM, routings, work centers, stock, open orders, demands) into a model JSON document",
  positionals: "",
  arity: [0, 0],
  formats: ["json"],
  options: {
    ...Object.fromEntries(TABLE_OPTIONS.map(([option]) => [option, tableOption(option)])),
    calendar: { type: "string", value: "periods=N|start=YYYY-MM-DD[,end=YYYY-MM-DD]", help: "the calendar, unless a calendar table is given" },
    map: { type: "string", value: "columns.json", help: "column maps by table, header as written → column, attr.<name> or null: { \"items\": { \"物料编码\": \"part_number\" } }" },
    encoding: { type: "string", value: "NAME", help: "the files' encoding when they have no byte-order mark, e.g. gb18030, windows-1252, utf-16le (default UTF-8, strictly)" },
    decimal: { type: "string", value: ",|.", help: "the decimal mark; the other mark is then a thousands separator (',' reads 1.000,5 as 1000.5)" },
    "strict-columns": { type: "boolean", help: "refuse columns that are no column of their table (default: skip them with a warning)" },
    attributes: { type: "boolean", help: "keep columns that are no column of their table as attributes (items, receipts, firm orders, demands)" },
  },
  run(args, io) {
    if (args.options.has("calendar") && args.options.has("calendar-table")) throw new UsageError("give --calendar or --calendar-table, not both");
    const calendar = calendarOption(args);
    const decimal = decimalOption(args);
    const encoding = encodingOption(args);
    const mapFile = stringOption(args, "map");
    // a map that cannot be read or is not JSON is invalid input; one naming no column is the import's problem (invalid_option)
    const columns = mapFile === undefined ? undefined : (readJson(io, mapFile) as CsvColumnMaps);
    const options: ImportCsvOptions = {
      ...(calendar === undefined ? {} : { calendar }),
      ...(columns === undefined ? {} : { columns }),
      ...(decimal === undefined ? {} : { decimal }),
      ...(encoding === undefined ? {} : { encoding }),
      ...(flagOption(args, "strict-columns") ? { strictColumns: true } : {}),
      ...(flagOption(args, "attributes") ? { attributes: true } : {}),
    };
    const tables: Partial<Record<keyof ImportCsvTables, CsvTableInput>> = {};
    const unreadable: string[] = [];
    for (const [option, table] of TABLE_OPTIONS) {
      const path = stringOption(args, option);
      if (path === undefined) continue;
      try {
        // bytes, so that the import finds the encoding (and refuses what is not UTF-8)
        const text = io.readBytes === undefined ? io.readText(path) : io.readBytes(path);
        tables[table] = { text, file: path === "-" ? "standard input" : path };
      } catch (e) {
        if (!(e instanceof CliInputError)) throw e;
        unreadable.push(e.message);
      }
    }
    if (unreadable.length > 0) {
      // every unreadable file at once
      throw new CliInputError(unreadable.length === 1 ? unreadable[0]! : `${unreadable.length} input files cannot be read: ${unreadable.join("; ")}`);
    }
    const r = safeImportCsv(tables as ImportCsvTables, options);
    // warnings go with a model; a failure asked for as JSON is the one error document alone
    if (r.success || !args.options.has("format")) io.stderr(r.warnings.map(warningLine).join(""));
    if (!r.success) throw r.error;
    io.stdout(JSON.stringify(r.data, null, 2) + "\n");
    return 0;
  },
};

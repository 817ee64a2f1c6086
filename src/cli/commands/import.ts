/**
 * `mrpkit import --items items.csv [--bom bom.csv] ... [--calendar periods=N] [-o model.json]`:
 * CSV tables exported from an ERP, read into a model JSON document (docs/csv.md).
 */
import { importCsv, type CalendarInput, type CsvTableInput, type ImportCsvTables } from "../../index.js";
import { stringOption } from "../args.js";
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
];

/** The option of one table: its file, named in the usage line. */
function tableOption(option: string): OptionSpec {
  const file = option === "calendar-table" ? "calendar.csv" : `${option}.csv`;
  return option === "items"
    ? { type: "string", value: file, required: true, help: "the items table" }
    : { type: "string", value: file, help: `the ${option.replace("-", " ")} table` };
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
  },
  run(args, io) {
    if (args.options.has("calendar") && args.options.has("calendar-table")) throw new UsageError("give --calendar or --calendar-table, not both");
    const calendar = calendarOption(args);
    const tables: Partial<Record<keyof ImportCsvTables, CsvTableInput>> = {};
    const unreadable: string[] = [];
    for (const [option, table] of TABLE_OPTIONS) {
      const path = stringOption(args, option);
      if (path === undefined) continue;
      try {
        tables[table] = { text: io.readText(path), file: path === "-" ? "standard input" : path };
      } catch (e) {
        if (!(e instanceof CliInputError)) throw e;
        unreadable.push(e.message);
      }
    }
    if (unreadable.length > 0) {
      // every unreadable file at once
      throw new CliInputError(unreadable.length === 1 ? unreadable[0]! : `${unreadable.length} input files cannot be read: ${unreadable.join("; ")}`);
    }
    io.stdout(JSON.stringify(importCsv(tables as ImportCsvTables, calendar === undefined ? {} : { calendar }), null, 2) + "\n");
    return 0;
  },
};

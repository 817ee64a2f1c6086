/**
 * CSV import: the tables an ERP exports (item master, BOM, routings, work centers, stock, open
 * orders, demands) read into one model. Every problem — of the files, of their cells, and of the
 * model they make — is reported at once, each with its file, line and column.
 *
 * The CSV syntax (RFC 4180: quoted fields with delimiters, quotes and line breaks) is read by
 * parseCsv.ts; this file maps headers to columns, reads cells and keeps, for every model element,
 * the line it came from, so that the model's own validation speaks of lines and columns too.
 */
import { csvMessages as M, type NumberHint } from "../errors/csvMessages.js";
import { CsvImportError } from "../errors/CsvImportError.js";
import type { Issue } from "../errors/Issue.js";
import type { SafeResult } from "../errors/SafeResult.js";
import { safeDefineModel } from "../model/defineModel.js";
import type { CalendarInput, ModelInput } from "../model/schema.js";
import { sortAttributes, type AttributeValue } from "../model/attributes.js";
import { ATTRIBUTE_TABLES, columnMapIssues, resolveHeader, type AttributeType, type CsvColumnMaps } from "./columnMap.js";
import { CSV_CHOICES, CSV_TABLE, CSV_TABLES, normalizeChoice, type CsvTableDef, type CsvTableName } from "./csvTables.js";
import { decodeText } from "./decodeText.js";
import { parseCsv, type CsvSyntaxError } from "./parseCsv.js";

/**
 * One CSV table: its text, the file's bytes (decoded by byte-order mark, `options.encoding`, or
 * else as UTF-8), or either with the file name to use in messages.
 *
 * @category CSV and report
 */
export type CsvTableInput =
  | string
  | Uint8Array
  | {
      /** The CSV text, or the file's bytes. */
      readonly text: string | Uint8Array;
      /** The file name to use in messages; defaults to the table's usual file name. */
      readonly file?: string;
      /** The encoding of these bytes when they have no byte-order mark; default `options.encoding`. */
      readonly encoding?: string;
    };

/**
 * The CSV texts to import, by table (see `docs/csv.md` for every column). Only `items` is
 * required. File names in messages default to `items.csv`, `bom.csv`, `routings.csv`,
 * `work-centers.csv`, `capacity-changes.csv`, `stock.csv`, `receipts.csv`, `firm-orders.csv`,
 * `demands.csv`, `calendar.csv`, `locations.csv`, `item-locations.csv` and `sources.csv`.
 *
 * @category CSV and report
 */
export interface ImportCsvTables {
  /** The item master: one row per part number. */
  readonly items: CsvTableInput;
  /** BOM lines: parent, component, quantity per. */
  readonly bom?: CsvTableInput;
  /** Routing operations, one row per operation. */
  readonly routings?: CsvTableInput;
  /** Work centers. */
  readonly workCenters?: CsvTableInput;
  /** Capacity changes of work centers from a date on. */
  readonly capacityChanges?: CsvTableInput;
  /** Stock per part number (rows of the same part, e.g. per location, are added up). */
  readonly stock?: CsvTableInput;
  /** Open orders (scheduled receipts). */
  readonly receipts?: CsvTableInput;
  /** Firm planned orders. */
  readonly firmOrders?: CsvTableInput;
  /** Independent demands: customer orders, forecasts, master schedule. */
  readonly demands?: CsvTableInput;
  /** The planning calendar, one row (used when `options.calendar` is not given). */
  readonly calendar?: CsvTableInput;
  /** The locations of a supply network (plants, distribution centers). */
  readonly locations?: CsvTableInput;
  /** Items planned at a location, with the item's fields that differ there (empty cells keep the item's). */
  readonly itemLocations?: CsvTableInput;
  /** How items are supplied at locations: make, buy, transfer, with priorities, quotas, effectivity. */
  readonly sources?: CsvTableInput;
}

/**
 * Options of {@link importCsv}.
 *
 * @category CSV and report
 */
export interface ImportCsvOptions {
  /**
   * The planning calendar of the model. Default: the `calendar` table; one of the two is
   * required. When both are given, this option wins and the table is not read.
   */
  readonly calendar?: CalendarInput;
  /**
   * Column maps by table: header as written → column name or alias (or `attr.<key>`, or `null`
   * to skip the column quietly), e.g. `{ items: { "物料编码": "part_number" } }`. Headers are
   * matched as written (trimmed), then ignoring case. Default: none.
   */
  readonly columns?: CsvColumnMaps;
  /** Columns that are no column of their table are errors (`unknown_column`); default false: they are skipped with a warning. */
  readonly strictColumns?: boolean;
  /**
   * Columns that are no column of their table become attributes (text), keyed by their header as
   * written, in the items, receipts, firmOrders and demands tables. `attr.<key>` headers are
   * always attributes. Default false.
   */
  readonly attributes?: boolean;
  /**
   * The encoding of tables given as bytes without a byte-order mark: a WHATWG label such as
   * `gb18030` (GBK), `big5`, `shift_jis`, `windows-1252`, `utf-16le`. Default: UTF-8, strictly
   * (bytes that are not UTF-8 are refused). A byte-order mark always wins.
   */
  readonly encoding?: string;
  /**
   * The decimal mark of numbers: `","` reads `1.000,5` as 1000.5, `"."` reads `1,000.5`; the
   * other mark is then a thousands separator, in groups of three digits. Default: a dot, and in
   * semicolon files a comma too, with no thousands separators.
   */
  readonly decimal?: "," | ".";
}

/**
 * The result of {@link safeImportCsv}: the model or the error, and the warnings either way.
 *
 * @category CSV and report
 */
export type ImportCsvResult = SafeResult<ModelInput, CsvImportError> & {
  /** Things read but not used, e.g. `ignored_columns`: columns that are no column of their table, named once per file. */
  readonly warnings: readonly Issue[];
};
/** Where a cell is: file, line, and the column's header as written. */
interface Place {
  readonly file: string;
  readonly line: number;
  readonly column?: string;
}

/** A data row: its line and its cells by canonical column name (attribute cells by `attr.<key>:<type>`). */
interface Row {
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

/** A table read from CSV. */
interface Table {
  readonly def: CsvTableDef;
  readonly file: string;
  /** The header as written, by canonical column name. */
  readonly headers: ReadonlyMap<string, string>;
  readonly rows: readonly Row[];
  /** Semicolon files accept a decimal comma. */
  readonly decimalComma: boolean;
  /** The decimal mark given by the options, if any. */
  readonly decimal: "," | "." | undefined;
  /** The attribute columns: key, type, and the cell key in the rows. */
  readonly attributes: readonly { readonly key: string; readonly type: AttributeType; readonly cell: string }[];
  /** False when the file could not be read or lacks a required column. */
  readonly usable: boolean;
}

/** Where a model element came from: its row, and places of fields that came from elsewhere. */
interface Origin {
  readonly table: Table;
  readonly line: number;
  readonly extra: Map<string, Place>;
  readonly children: Map<string, Origin[]>;
}

/** Item fields (dotted path) → column of the item master, after the part number. */
const ITEM_FIELDS: readonly (readonly [string, string])[] = [
      ["name", "description"],
      ["uom", "uom"],
      ["source", "source"],
      ["category", "category"],
      ["leadTime", "lead_time"],
      ["safetyStock", "safety_stock"],
      ["safetyLeadTime", "safety_lead_time"],
      ["decimals", "decimals"],
      ["lotSizing", "lot_rule"],
      ["lotSizing.rule", "lot_rule"],
      ["lotSizing.quantity", "lot_size"],
      ["lotSizing.periods", "lot_periods"],
      ["lotSizing.min", "min_stock"],
      ["lotSizing.max", "max_stock"],
      ["orderModifiers.minimum", "min_order"],
      ["orderModifiers.maximum", "max_order"],
      ["orderModifiers.multiple", "order_multiple"],
      ["assemblyScrap", "assembly_scrap_pct"],
      ["assemblyScrapMode", "assembly_scrap_mode"],
      ["planningTimeFence", "planning_time_fence"],
      ["demandTimeFence", "demand_time_fence"],
      ["consumption.backward", "consumption_backward"],
      ["consumption.forward", "consumption_forward"],
      ["leadTimeFrom", "lead_time_from"],
      ["rescheduleHorizon", "reschedule_horizon"],
      ["cost.material", "material_cost"],
      ["cost.setup", "setup_cost"],
      ["cost.holding", "holding_cost"],
      ["costingLotSize", "costing_lot_size"],
];

/** Model field (dotted path below the element) → column, per table. */
const FIELDS: ReadonlyMap<CsvTableName, ReadonlyMap<string, string>> = new Map<CsvTableName, ReadonlyMap<string, string>>([
  ["items", new Map([["id", "part_number"], ...ITEM_FIELDS])],
  [
    "bom",
    new Map([
      ["parent", "parent"],
      ["child", "component"],
      ["quantity", "quantity_per"],
      ["scrap", "scrap_pct"],
      ["fixed", "fixed"],
      ["offset", "offset"],
      ["operation", "operation"],
      ["from", "valid_from"],
      ["to", "valid_to"],
      ["location", "location"],
    ]),
  ],
  [
    "routings",
    new Map([
      ["item", "part_number"],
      ["seq", "seq"],
      ["workCenter", "work_center"],
      ["description", "description"],
      ["setup", "setup_hours"],
      ["run", "run_hours"],
      ["queue", "queue"],
      ["move", "move"],
      ["outsourced", "outsourced_lead_time"],
      ["outsourced.leadTime", "outsourced_lead_time"],
      ["outsourced.cost", "outsourced_cost"],
      ["location", "location"],
    ]),
  ],
  [
    "workCenters",
    new Map([
      ["id", "work_center"],
      ["name", "description"],
      ["capacity", "capacity_hours"],
      ["efficiency", "efficiency"],
      ["utilization", "utilization"],
      ["rate", "rate"],
      ["location", "location"],
    ]),
  ],
  ["capacityChanges", new Map([["from", "from"], ["capacity", "capacity_hours"]])],
  ["receipts", new Map([["id", "order_id"], ["item", "part_number"], ["due", "due"], ["quantity", "quantity"], ["location", "location"], ["shipFrom", "ship_from"]])],
  ["firmOrders", new Map([["id", "order_id"], ["item", "part_number"], ["due", "due"], ["quantity", "quantity"], ["location", "location"]])],
  ["demands", new Map([["id", "demand_id"], ["item", "part_number"], ["due", "due"], ["quantity", "quantity"], ["kind", "kind"], ["location", "location"]])],
  ["calendar", new Map(["unit", "periods", "start", "end", "workdays", "holidays"].map((c) => [c, c]))],
  ["locations", new Map([["id", "location"], ["name", "description"]])],
  [
    "itemLocations",
    new Map([["item", "part_number"], ["location", "location"], ["sourcing", "sourcing"], ...ITEM_FIELDS, ["onHand", "on_hand"], ["allocated", "allocated"]]),
  ],
  [
    "sources",
    new Map([
      ["id", "source_id"],
      ["item", "part_number"],
      ["location", "location"],
      ["kind", "kind"],
      ["shipFrom", "ship_from"],
      ["supplier", "supplier"],
      ["leadTime", "lead_time"],
      ["priority", "priority"],
      ["share", "share"],
      ["base", "base"],
      ["orderModifiers.minimum", "min_order"],
      ["orderModifiers.maximum", "max_order"],
      ["orderModifiers.multiple", "order_multiple"],
      ["from", "valid_from"],
      ["to", "valid_to"],
    ]),
  ],
]);

/** Model array → the table its elements come from. */
const MODEL_TABLE: ReadonlyMap<string, CsvTableName> = new Map<string, CsvTableName>([
  ["items", "items"],
  ["bom", "bom"],
  ["routings", "routings"],
  ["workCenters", "workCenters"],
  ["scheduledReceipts", "receipts"],
  ["firmPlannedOrders", "firmOrders"],
  ["demands", "demands"],
  ["locations", "locations"],
  ["itemLocations", "itemLocations"],
  ["sources", "sources"],
]);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const CHOICE_CANONICAL: ReadonlyMap<string, readonly string[]> = new Map([
  ["source", ["make", "buy", "phantom"]],
  ["category", ["own", "shared", "standard"]],
  ["lot_rule", ["lot-for-lot", "fixed", "periods-of-supply", "eoq", "poq", "wagner-whitin", "silver-meal", "least-unit-cost", "part-period-balancing", "min-max"]],
  ["lead_time_from", ["item", "routing"]],
  ["assembly_scrap_mode", ["components", "order"]],
  ["kind", ["order", "forecast", "mps"]],
  ["unit", ["period", "day"]],
  ["sourcing", ["priority", "quota", "split"]],
  ["supply_kind", ["make", "buy", "transfer"]],
]);

/** `12.5e3` moved by `by` decimal places, as a string `Number` reads exactly: no float arithmetic. */
function shiftExponent(s: string, by: number): string {
  const m = /^([+-]?[\d.]+)(?:[eE]([+-]?\d+))?$/.exec(s)!;
  return `${m[1]!}e${Number(m[2] ?? 0) + by}`;
}

/** Reads problems and values out of the tables, remembering which cells were wrong. */
class Reader {
  readonly issues: Issue[] = [];
  /** `file \0 line \0 column` of every cell (or line) already reported. */
  readonly marked = new Set<string>();

  report(place: Place, code: string, message: string): void {
    this.issues.push({ path: place.column === undefined ? [place.file, place.line] : [place.file, place.line, place.column], code, message });
    this.marked.add(`${place.file}\0${place.line}\0${place.column ?? ""}`);
  }

  isMarked(place: Place): boolean {
    return this.marked.has(`${place.file}\0${place.line}\0${place.column ?? ""}`) || this.marked.has(`${place.file}\0${place.line}\0`);
  }

  readonly warnings: Issue[] = [];
  /** Per file: the first number like `1.250` read with a decimal point in a semicolon file, and how many there are. */
  readonly ambiguous = new Map<string, { place: Place; value: string; count: number }>();

  constructor(private readonly options: ImportCsvOptions) {}

  /** Splits a CSV text into rows, checking its header. */
  table(def: CsvTableDef, input: CsvTableInput): Table {
    const o = this.options;
    const whole = typeof input === "string" || input instanceof Uint8Array;
    const file = whole ? def.file : (input.file ?? def.file);
    const content: unknown = whole ? input : input.text;
    const encoding = (whole ? undefined : input.encoding) ?? o.encoding;
    const unusable = (decimalComma = false): Table => ({ def, file, headers: new Map(), rows: [], decimalComma, decimal: o.decimal, attributes: [], usable: false });
    let text: string;
    if (content instanceof Uint8Array) {
      const decoded = decodeText(content, encoding);
      if ("problem" in decoded) {
        this.report({ file, line: decoded.line ?? 1 }, "invalid_encoding", decoded.problem);
        return unusable();
      }
      text = decoded.text;
    } else if (typeof content === "string") text = content;
    else {
      this.report({ file, line: 1 }, "invalid_input", M.invalidInput);
      return unusable();
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === "") {
      this.report({ file, line: 1 }, "missing_header", M.emptyFile(def.columns.filter((c) => c.required).map((c) => c.name), def.columns.map((c) => c.name)));
      return unusable();
    }
    const delimiter = detectDelimiter(body);
    const decimalComma = delimiter === ";";
    const parsed = parseCsv(body, delimiter);
    if ("error" in parsed) {
      this.report({ file, line: parsed.error.line }, "csv_syntax", syntaxMessage(parsed.error));
      return unusable(decimalComma);
    }
    const [head, ...data] = parsed.records;
    if (head === undefined) return unusable(decimalComma);
    const headers = new Map<string, string>();
    // the cell key of each field: a canonical column name, or attr.<key>:<type>
    const index: (string | undefined)[] = [];
    const attributes: { key: string; type: AttributeType; cell: string }[] = [];
    const ignored: string[] = [];
    let listed = false;
    const map = o.columns?.[def.name];
    head.fields.forEach((h, k) => {
      index[k] = undefined;
      let target = resolveHeader(def, h, map);
      if (target.kind === "skip") return;
      if (target.kind === "unknown" && o.attributes === true && ATTRIBUTE_TABLES.has(def.name) && h !== "" && h !== "__proto__") {
        target = { kind: "attribute", key: h, type: "text" };
      }
      if (target.kind === "unknown") {
        const name = h === "" ? `#${k + 1}` : h;
        if (o.strictColumns !== true) {
          ignored.push(M.ignoredColumn(h, k + 1));
        } else if (h === "") {
          this.report({ file, line: 1, column: name }, "unknown_column", M.noHeader(k + 1));
        } else {
          // the list of columns once per file, not on every line
          const list = listed ? undefined : def.columns.map((x) => x.name);
          listed = true;
          this.report({ file, line: 1, column: h }, "unknown_column", M.unknownColumn(h, def.name, list));
        }
        return;
      }
      const cell = target.kind === "column" ? target.column.name : `attr.${target.key}:${target.type}`;
      if (target.kind === "attribute" && target.key === "__proto__") {
        this.report({ file, line: 1, column: h }, "unknown_column", M.protoAttribute);
      } else if (headers.has(cell)) {
        const what = target.kind === "column" ? target.column.name : M.attributeColumn(target.key);
        this.report({ file, line: 1, column: h }, "duplicate_column", M.duplicateColumn(h, what, headers.get(cell)));
      } else {
        headers.set(cell, h);
        index[k] = cell;
        if (target.kind === "attribute") attributes.push({ key: target.key, type: target.type, cell });
      }
    });
    if (ignored.length > 0) {
      this.warnings.push({
        path: [file, 1],
        code: "ignored_columns",
        message: M.ignoredColumns(ignored, def.name),
      });
    }
    let usable = true;
    for (const c of def.columns) {
      if (c.required && !headers.has(c.name)) {
        this.report({ file, line: 1, column: c.name }, "missing_column", M.missingColumn(c.name, c.aliases));
        usable = false;
      }
    }
    const rows: Row[] = [];
    for (const { fields, line } of data) {
      if (fields.every((f) => f === "")) continue;
      if (fields.length !== head.fields.length) {
        const more = fields.length > head.fields.length;
        this.report({ file, line }, "field_count", M.fieldCount(fields.length, head.fields.length, more && delimiter === ","));
        continue;
      }
      const cells = new Map<string, string>();
      fields.forEach((v, k) => {
        const c = index[k];
        if (c !== undefined) cells.set(c, v);
      });
      rows.push({ line, cells });
    }
    return { def, file, headers, rows, decimalComma, decimal: o.decimal, attributes, usable };
  }

  /** A reader of one row's cells. */
  row(t: Table, row: Row): RowReader {
    return new RowReader(this, t, row);
  }
}

/** The cells of one row, read as text, numbers, percentages, dates, booleans or choices. */
class RowReader {
  constructor(
    private readonly r: Reader,
    private readonly t: Table,
    private readonly row: Row,
  ) {}

  place(column: string): Place {
    return { file: this.t.file, line: this.row.line, column: this.t.headers.get(column) ?? column };
  }

  /** The trimmed text of a cell, or undefined when it is empty or the column is absent. */
  raw(column: string): string | undefined {
    const v = this.row.cells.get(column);
    return v === undefined || v === "" ? undefined : v;
  }

  text(column: string): string | undefined {
    return this.raw(column);
  }

  /** A required cell, read by the reader named: reports it when empty. */
  required(column: string, read: "text" | "choice"): string | undefined;
  required(column: string, read: "num"): number | undefined;
  required(column: string, read: "date"): number | string | undefined;
  required(column: string, read: "text" | "choice" | "num" | "date"): string | number | undefined {
    if (this.raw(column) === undefined) {
      this.r.report(this.place(column), "missing_value", M.missingValue(column));
      return undefined;
    }
    return this[read](column);
  }

  private numberText(column: string): string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    const s = numberInLocale(v, this.t.decimal, this.t.decimalComma);
    if (s !== undefined) {
      // 1.250 in a semicolon file: 1.25, or 1250 from a comma-decimal locale? Read as written, but say so.
      if (this.t.decimal === undefined && this.t.decimalComma && /^[+-]?\d{1,3}(?:\.\d{3})+$/.test(v)) {
        const seen = this.r.ambiguous.get(this.t.file);
        if (seen === undefined) this.r.ambiguous.set(this.t.file, { place: this.place(column), value: v, count: 1 });
        else seen.count++;
      }
      return s;
    }
    let hint: NumberHint | undefined;
    if (this.t.decimal === ",") hint = "decimalComma";
    else if (this.t.decimal === ".") hint = "decimalDot";
    else if (/^[+-]?\d+,\d+$/.test(v)) hint = "commaFile";
    else if (/^[+-]?[\d.,]+$/.test(v) && /\d/.test(v)) hint = "separators";
    this.r.report(this.place(column), "invalid_number", M.notANumber(v, hint));
    return undefined;
  }

  num(column: string): number | undefined {
    const s = this.numberText(column);
    return s === undefined ? undefined : Number(s);
  }

  /** A percentage cell as a fraction (`2.5` → `0.025`), by moving the decimal point, not dividing. */
  pct(column: string): number | undefined {
    const v = this.raw(column);
    if (v?.endsWith("%")) {
      const s = numberInLocale(v.slice(0, -1).trim(), this.t.decimal, this.t.decimalComma);
      if (s !== undefined) return Number(shiftExponent(s, -2));
    }
    const s = this.numberText(column);
    return s === undefined ? undefined : Number(shiftExponent(s, -2));
  }

  /** A date: a number is a period, anything else an ISO date (the calendar decides which is right). */
  date(column: string): number | string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    const s = numberInLocale(v, this.t.decimal, this.t.decimalComma);
    return s !== undefined ? Number(s) : v;
  }

  bool(column: string): boolean | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    const s = v.toLowerCase();
    if (["true", "yes", "y", "1", "x"].includes(s)) return true;
    if (["false", "no", "n", "0"].includes(s)) return false;
    this.r.report(this.place(column), "invalid_value", M.notYesNo(v));
    return undefined;
  }

  choice(column: string): string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    const key = this.t.def.columns.find((c) => c.name === column)?.choices ?? column;
    const found = CSV_CHOICES.get(key)?.get(normalizeChoice(v));
    if (found !== undefined) return found;
    const options = CHOICE_CANONICAL.get(key) ?? [];
    this.r.report(this.place(column), "invalid_value", M.unknownChoice(key, v, options));
    return undefined;
  }

  /** Whether a cell of this row was reported. */
  bad(column: string): boolean {
    return this.r.isMarked(this.place(column));
  }

  /** The row's attributes (sorted by the model), or undefined when it has none. */
  attributes(): Record<string, AttributeValue> | undefined {
    const out: Record<string, AttributeValue> = {};
    const from = new Map<string, string>();
    let any = false;
    for (const a of this.t.attributes) {
      const v = a.type === "text" ? this.raw(a.cell) : a.type === "number" ? this.num(a.cell) : this.bool(a.cell);
      if (v === undefined) continue;
      const first = from.get(a.key);
      if (first !== undefined) {
        this.r.report(this.place(a.cell), "duplicate_value", M.duplicateAttribute(a.key, this.t.headers.get(first)));
        continue;
      }
      from.set(a.key, a.cell);
      Object.defineProperty(out, a.key, { value: v, enumerable: true, writable: true, configurable: true });
      any = true;
    }
    // sorted, so that the same columns in any order give the same JSON
    return any ? { ...sortAttributes(out) } : undefined;
  }

  /** The cell's values split on spaces, commas, semicolons or bars. */
  list(column: string): string[] | undefined {
    const v = this.raw(column);
    return v === undefined ? undefined : v.split(/[\s,;|]+/).filter((x) => x !== "");
  }
}

/**
 * A number cell as `Number` reads it, or undefined. `decimal` `","` or `"."` makes the other mark
 * a thousands separator (groups of three digits); without it, a semicolon file accepts a
 * decimal comma and no thousands separators.
 */
function numberInLocale(v: string, decimal: "," | "." | undefined, decimalComma: boolean): string | undefined {
  let s = v;
  if (decimal === ",") {
    if (/^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/.test(s)) s = s.replaceAll(".", "");
    if (/^[+-]?\d*,\d+$|^[+-]?\d+,$/.test(s)) s = s.replace(",", ".");
    else if (s.includes(".") && !/[eE]/.test(s)) return undefined;
  } else if (decimal === ".") {
    if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(s)) s = s.replaceAll(",", "");
  } else if (decimalComma && /^[+-]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
  return NUMBER.test(s) ? s : undefined;
}

function detectDelimiter(body: string): string {
  const end = body.search(/\r|\n/);
  // quoted headers (attribute names) may hold any character: count outside quotes only
  const first = (end < 0 ? body : body.slice(0, end)).replace(/"(?:[^"]|"")*"/g, "");
  const count = (ch: string) => first.split(ch).length - 1;
  const semi = count(";");
  const tab = count("\t");
  const comma = count(",");
  if (semi > comma && semi >= tab) return ";";
  if (tab > comma && tab > semi) return "\t";
  return ",";
}

function syntaxMessage(err: CsvSyntaxError): string {
  switch (err.code) {
    case "unclosed_quote":
      return M.unclosedQuote;
    case "opening_quote":
      return M.openingQuote;
    case "closing_quote":
      return M.closingQuote;
  }
}

/** Problems of the options other than the calendar (which the model check reads). */
function optionIssues(options: ImportCsvOptions): Issue[] {
  const issues = columnMapIssues(options.columns);
  // widened to check what untyped (JavaScript) callers pass
  const decimal: string | undefined = options.decimal;
  if (decimal !== undefined && decimal !== "," && decimal !== ".") {
    issues.push({ path: ["options", "decimal"], code: "invalid_option", message: M.invalidDecimal(decimal) });
  }
  if (options.encoding !== undefined) {
    try {
      new TextDecoder(options.encoding);
    } catch {
      issues.push({ path: ["options", "encoding"], code: "invalid_option", message: M.unknownEncoding(options.encoding) });
    }
  }
  return issues;
}

/** Sets `obj[key]` when `value` is defined (the model keeps its defaults for empty cells). */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) obj[key] = value;
}

/** The object of the defined entries, or undefined when there are none. */
function some(entries: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

const LOT_PARAMS: readonly (readonly [column: string, field: string, rule: string])[] = [
  ["lot_size", "quantity", "fixed"],
  ["lot_periods", "periods", "periods-of-supply"],
  ["min_stock", "min", "min-max"],
  ["max_stock", "max", "min-max"],
];

/**
 * The item master's cells of a row after the part number, into `item`: of the items table
 * (`override` false: its source is read by the caller, an empty lot rule is lot-for-lot), or of
 * an item at a location (`override` true: every empty cell keeps the item's value).
 */
function readItemFields(rd: Reader, c: RowReader, item: Record<string, unknown>, override: boolean): void {
  put(item, "name", c.text("description"));
  put(item, "uom", c.text("uom"));
  if (override) put(item, "source", c.choice("source"));
  put(item, "category", c.choice("category"));
  put(item, "leadTime", c.num("lead_time"));
  put(item, "safetyStock", c.num("safety_stock"));
  put(item, "safetyLeadTime", c.num("safety_lead_time"));
  put(item, "decimals", c.num("decimals"));
  const rule = c.choice("lot_rule");
  const params = new Map(LOT_PARAMS.map(([col]) => [col, c.num(col)] as const));
  if (override && rule === undefined && !c.bad("lot_rule")) {
    for (const [col, , needs] of LOT_PARAMS) {
      if (params.get(col) !== undefined) rd.report(c.place(col), "unused_value", M.lotParameterWithoutRule(col, needs));
    }
  } else if (!c.bad("lot_rule")) {
    const effective = rule ?? "lot-for-lot";
    const lot: Record<string, unknown> = { rule: effective };
    let complete = true;
    for (const [col, field, needs] of LOT_PARAMS) {
      const v = params.get(col);
      if (needs !== effective) {
        if (v !== undefined) rd.report(c.place(col), "unused_value", M.unusedLotParameter(col, needs, effective));
      } else if (v !== undefined) lot[field] = v;
      else {
        complete = false;
        if (!c.bad(col)) rd.report(c.place(col), "missing_value", M.missingLotParameter(effective, col));
      }
    }
    if (rule !== undefined && complete) item["lotSizing"] = lot;
  }
  put(item, "orderModifiers", some({ minimum: c.num("min_order"), maximum: c.num("max_order"), multiple: c.num("order_multiple") }));
  put(item, "assemblyScrap", c.pct("assembly_scrap_pct"));
  put(item, "assemblyScrapMode", c.choice("assembly_scrap_mode"));
  put(item, "planningTimeFence", c.num("planning_time_fence"));
  put(item, "demandTimeFence", c.num("demand_time_fence"));
  put(item, "consumption", some({ backward: c.num("consumption_backward"), forward: c.num("consumption_forward") }));
  put(item, "leadTimeFrom", c.choice("lead_time_from"));
  put(item, "rescheduleHorizon", c.num("reschedule_horizon"));
  put(item, "cost", some({ material: c.num("material_cost"), setup: c.num("setup_cost"), holding: c.num("holding_cost") }));
  put(item, "costingLotSize", c.num("costing_lot_size"));
  if (override) {
    put(item, "onHand", c.num("on_hand"));
    put(item, "allocated", c.num("allocated"));
  }
  put(item, "attributes", c.attributes());
}

function origin(table: Table, line: number): Origin {
  return { table, line, extra: new Map(), children: new Map() };
}

/**
 * Reads CSV tables as ERPs export them (item master, BOM, routings, work centers, stock, open
 * orders, demands) into a model. Headers are matched case-insensitively, with common aliases
 * (`item`/`part`/`part_number`, `qty`/`quantity`, ...); the delimiter is a comma, a semicolon or a
 * tab, detected from the header line; semicolon files may write decimals with a comma (and with
 * `options.decimal`, thousands separators); tables may be given as bytes in any encoding
 * (`options.encoding`, UTF-8 and UTF-16 found by byte-order mark). Columns that are no column of
 * their table are skipped (`safeImportCsv` returns them as `warnings`), unless
 * `options.strictColumns`; `options.columns` maps any header to a column, `attr.<key>` headers
 * (and with `options.attributes` every unknown column) become attributes. Scrap is written in
 * percent (`5` is 5 %) and becomes a fraction. The result is checked with `safeDefineModel`, and
 * its problems are reported at the file, line and column they come from. See `docs/csv.md` for
 * every column.
 *
 * @param tables - the CSV texts (or bytes) by table; only `items` is required
 * @param options - the calendar (default: the `calendar` table), column maps, encoding, decimal mark
 * @returns the model as JSON-ready data, valid for `defineModel`
 * @throws {@link CsvImportError} with every problem at once, each at `[file, line, column]`
 * @example
 * ```ts
 * const model = importCsv(
 *   { items: "part_number,source,lead_time\nA,make,1\nB,buy,2\n", bom: "parent,component,qty\nA,B,4\n" },
 *   { calendar: { periods: 8 } },
 * );
 * model.bom //=> [{ parent: "A", child: "B", quantity: 4 }]
 * ```
 *
 * @category CSV and report
 */
export function importCsv(tables: ImportCsvTables, options: ImportCsvOptions = {}): ModelInput {
  const r = safeImportCsv(tables, options);
  if (!r.success) throw r.error;
  return r.data;
}

/**
 * Like {@link importCsv}, but returns `{ success: true, data, warnings }` or
 * `{ success: false, error, warnings }` instead of throwing. `warnings` names, once per file, the
 * columns that were skipped because they are no column of their table (`ignored_columns`).
 *
 * @param tables - the CSV texts (or bytes) by table; only `items` is required
 * @param options - as for {@link importCsv}
 * @returns the model, or the {@link CsvImportError} with every problem; and the warnings
 * @example
 * ```ts
 * const r = safeImportCsv({ items: "part_number,source\nA,make\nA,buy\n" }, { calendar: { periods: 4 } });
 * r.success ? null : r.error.issues[0]!.path //=> ["items.csv", 3, "part_number"]
 * ```
 *
 * @category CSV and report
 */
export function safeImportCsv(tables: ImportCsvTables, options: ImportCsvOptions = {}): ImportCsvResult {
  const rd = new Reader(options);
  rd.issues.push(...optionIssues(options));
  const read = new Map<CsvTableName, Table>();
  for (const def of CSV_TABLES) {
    const input = (tables as Partial<Record<CsvTableName, CsvTableInput>>)[def.name];
    if (input === undefined) continue;
    if (def.name === "calendar" && options.calendar !== undefined) continue;
    read.set(def.name, rd.table(def, input));
  }
  if (!read.has("items")) rd.report({ file: CSV_TABLE.get("items")!.file, line: 1 }, "missing_table", M.noItemsTable);
  const rows = (name: CsvTableName): readonly [Table, Row][] => {
    const t = read.get(name);
    return !t?.usable ? [] : t.rows.map((row) => [t, row] as [Table, Row]);
  };
  const origins = new Map<string, Origin[]>();
  const track = (key: string, o: Origin) => {
    const list = origins.get(key) ?? [];
    list.push(o);
    origins.set(key, list);
  };
  // The records of a table, one per row: `read` reads every cell of the row (so each bad cell is
  // reported) and returns undefined for a row left out (a required cell could not be read).
  const records = (name: CsvTableName, key: string, read: (c: RowReader) => Record<string, unknown> | undefined): Record<string, unknown>[] => {
    const out: Record<string, unknown>[] = [];
    for (const [t, row] of rows(name)) {
      const rec = read(rd.row(t, row));
      if (rec === undefined) continue;
      out.push(rec);
      track(key, origin(t, row.line));
    }
    return out;
  };

  // Items.
  const items: Record<string, unknown>[] = [];
  const itemAt = new Map<string, { item: Record<string, unknown>; origin: Origin }>();
  const firstLine = new Map<string, number>();
  for (const [t, row] of rows("items")) {
    const c = rd.row(t, row);
    const id = c.required("part_number", "text");
    if (id === undefined) continue;
    const prev = firstLine.get(id);
    if (prev !== undefined) {
      rd.report(c.place("part_number"), "duplicate_id", M.duplicatePartNumber(id, prev));
      continue;
    }
    firstLine.set(id, row.line);
    const item: Record<string, unknown> = { id };
    // A part whose source cannot be read is kept as "make", so references to it stay valid.
    item["source"] = c.required("source", "choice") ?? "make";
    readItemFields(rd, c, item, false);
    const o = origin(t, row.line);
    items.push(item);
    track("items", o);
    itemAt.set(id, { item, origin: o });
  }
  const itemsFile = read.get("items")?.file ?? "items.csv";

  // Stock: rows of the same part (per location, per lot) add up.
  for (const [t, row] of rows("stock")) {
    const c = rd.row(t, row);
    const id = c.required("part_number", "text");
    const onHand = c.required("on_hand", "num");
    const allocated = c.num("allocated");
    if (id === undefined) continue;
    const at = itemAt.get(id);
    if (at === undefined) {
      if (read.get("items")?.usable === true) rd.report(c.place("part_number"), "unknown_reference", M.unknownPartNumber(id, itemsFile));
      continue;
    }
    for (const [field, v, col] of [["onHand", onHand, "on_hand"], ["allocated", allocated, "allocated"]] as const) {
      if (v === undefined) continue;
      at.item[field] = ((at.item[field] as number | undefined) ?? 0) + v;
      if (!at.origin.extra.has(field)) at.origin.extra.set(field, c.place(col));
    }
  }

  // BOM lines.
  const bom = records("bom", "bom", (c) => {
    const parent = c.required("parent", "text");
    const child = c.required("component", "text");
    // A line whose quantity cannot be read is kept with quantity 1, so cycles are still found.
    const quantity = c.required("quantity_per", "num") ?? 1;
    const line: Record<string, unknown> = { parent, child, quantity };
    put(line, "scrap", c.pct("scrap_pct"));
    put(line, "fixed", c.bool("fixed"));
    put(line, "offset", c.num("offset"));
    put(line, "operation", c.num("operation"));
    put(line, "from", c.date("valid_from"));
    put(line, "to", c.date("valid_to"));
    put(line, "location", c.text("location"));
    return parent === undefined || child === undefined ? undefined : line;
  });

  // Work centers and their capacity changes.
  const workCenters: Record<string, unknown>[] = [];
  const wcAt = new Map<string, { wc: Record<string, unknown>; origin: Origin }>();
  for (const [t, row] of rows("workCenters")) {
    const c = rd.row(t, row);
    const id = c.required("work_center", "text");
    const wc: Record<string, unknown> = { id };
    put(wc, "name", c.text("description"));
    wc["capacity"] = c.required("capacity_hours", "num") ?? 0;
    put(wc, "efficiency", c.num("efficiency"));
    put(wc, "utilization", c.num("utilization"));
    put(wc, "rate", c.num("rate"));
    put(wc, "location", c.text("location"));
    if (id === undefined) continue;
    const o = origin(t, row.line);
    workCenters.push(wc);
    track("workCenters", o);
    if (!wcAt.has(id)) wcAt.set(id, { wc, origin: o });
  }
  for (const [t, row] of rows("capacityChanges")) {
    const c = rd.row(t, row);
    const id = c.required("work_center", "text");
    const from = c.required("from", "date");
    const capacity = c.required("capacity_hours", "num");
    if (id === undefined || from === undefined || capacity === undefined) continue;
    const at = wcAt.get(id);
    if (at === undefined) {
      if (read.get("workCenters")?.usable !== false) {
        rd.report(c.place("work_center"), "unknown_reference", M.unknownWorkCenter(id, read.get("workCenters")?.file));
      }
      continue;
    }
    const changes = (at.wc["changes"] as Record<string, unknown>[] | undefined) ?? [];
    changes.push({ from, capacity });
    at.wc["changes"] = changes;
    const list = at.origin.children.get("changes") ?? [];
    list.push(origin(t, row.line));
    at.origin.children.set("changes", list);
  }

  // Routings: one row per operation, grouped by part number and location in the order they first appear.
  const routingAt = new Map<string, { item: string; location: string | undefined; operations: Record<string, unknown>[]; origin: Origin }>();
  for (const [t, row] of rows("routings")) {
    const c = rd.row(t, row);
    const item = c.required("part_number", "text");
    const seq = c.required("seq", "num");
    const op: Record<string, unknown> = { seq };
    put(op, "workCenter", c.text("work_center"));
    put(op, "description", c.text("description"));
    put(op, "setup", c.num("setup_hours"));
    put(op, "run", c.num("run_hours"));
    put(op, "queue", c.num("queue"));
    put(op, "move", c.num("move"));
    const lt = c.num("outsourced_lead_time");
    const cost = c.num("outsourced_cost");
    if (lt !== undefined) op["outsourced"] = cost === undefined ? { leadTime: lt } : { leadTime: lt, cost };
    else if (cost !== undefined && !c.bad("outsourced_lead_time")) rd.report(c.place("outsourced_lead_time"), "missing_value", M.outsourcedLeadTimeRequired);
    const location = c.text("location");
    if (item === undefined || seq === undefined) continue;
    const key = location === undefined ? item : `${item}\u0000${location}`;
    let at = routingAt.get(key);
    if (at === undefined) {
      at = { item, location, operations: [], origin: origin(t, row.line) };
      routingAt.set(key, at);
      track("routings", at.origin);
    }
    at.operations.push(op);
    const list = at.origin.children.get("operations") ?? [];
    list.push(origin(t, row.line));
    at.origin.children.set("operations", list);
  }
  const routings = Array.from(routingAt.values(), (r) => (r.location === undefined ? { item: r.item, operations: r.operations } : { item: r.item, operations: r.operations, location: r.location }));

  // Open orders, firm planned orders and demands: rows with an unreadable required cell are left out.
  const orders = (name: "receipts" | "firmOrders" | "demands", key: string, idColumn: string): Record<string, unknown>[] =>
    records(name, key, (c) => {
      const id = c.required(idColumn, "text");
      const item = c.required("part_number", "text");
      const due = c.required("due", "date");
      const quantity = c.required("quantity", "num");
      const rec: Record<string, unknown> = { id, item, due, quantity };
      if (name === "demands") put(rec, "kind", c.choice("kind"));
      put(rec, "location", c.text("location"));
      if (name === "receipts") put(rec, "shipFrom", c.text("ship_from"));
      put(rec, "attributes", c.attributes());
      return id === undefined || item === undefined || due === undefined || quantity === undefined ? undefined : rec;
    });
  const scheduledReceipts = orders("receipts", "scheduledReceipts", "order_id");
  const firmPlannedOrders = orders("firmOrders", "firmPlannedOrders", "order_id");
  const demands = orders("demands", "demands", "demand_id");

  // The supply network: locations, items at locations (empty cells keep the item's value), sources.
  const locations = records("locations", "locations", (c) => {
    const id = c.required("location", "text");
    if (id === undefined) return undefined;
    const loc: Record<string, unknown> = { id };
    put(loc, "name", c.text("description"));
    return loc;
  });
  const itemLocations = records("itemLocations", "itemLocations", (c) => {
    const item = c.required("part_number", "text");
    const location = c.required("location", "text");
    const il: Record<string, unknown> = { item, location };
    put(il, "sourcing", c.choice("sourcing"));
    readItemFields(rd, c, il, true);
    return item === undefined || location === undefined ? undefined : il;
  });
  const sources = records("sources", "sources", (c) => {
    const id = c.required("source_id", "text");
    const item = c.required("part_number", "text");
    const location = c.required("location", "text");
    const kind = c.required("kind", "choice");
    const src: Record<string, unknown> = { id, item, location, kind };
    put(src, "shipFrom", c.text("ship_from"));
    put(src, "supplier", c.text("supplier"));
    put(src, "leadTime", c.num("lead_time"));
    put(src, "priority", c.num("priority"));
    put(src, "share", c.num("share"));
    put(src, "base", c.num("base"));
    put(src, "orderModifiers", some({ minimum: c.num("min_order"), maximum: c.num("max_order"), multiple: c.num("order_multiple") }));
    put(src, "from", c.date("valid_from"));
    put(src, "to", c.date("valid_to"));
    return id === undefined || item === undefined || location === undefined || kind === undefined ? undefined : src;
  });

  // Calendar: the option, else the calendar table's one row.
  let calendar: Record<string, unknown> | undefined = options.calendar;
  let calendarOrigin: Origin | undefined;
  const calTable = read.get("calendar");
  if (calendar === undefined && calTable?.usable) {
    const [first, ...more] = calTable.rows;
    if (first === undefined) rd.report({ file: calTable.file, line: 2 }, "missing_value", M.noCalendarRow);
    for (const extra of more) rd.report({ file: calTable.file, line: extra.line }, "invalid_value", M.extraCalendarRow);
    if (first !== undefined) {
      const c = rd.row(calTable, first);
      const start = c.text("start");
      const workdays = c.list("workdays")?.map((w) => (NUMBER.test(w) ? Number(w) : NaN));
      if (workdays?.some((w) => Number.isNaN(w))) rd.report(c.place("workdays"), "invalid_number", M.workdays);
      calendar = {};
      put(calendar, "unit", c.choice("unit") ?? (start !== undefined && !c.bad("unit") ? "day" : undefined));
      put(calendar, "periods", c.num("periods"));
      put(calendar, "start", start);
      put(calendar, "end", c.text("end"));
      put(calendar, "workdays", workdays?.some((w) => Number.isNaN(w)) === true ? undefined : workdays);
      const holidays = c.list("holidays");
      // "none": an explicit empty list, as exportCsv writes `holidays: []`
      put(calendar, "holidays", holidays?.length === 1 && holidays[0]!.toLowerCase() === "none" ? [] : holidays);
      calendarOrigin = origin(calTable, first.line);
    }
  }
  if (calendar === undefined && (calTable === undefined || calTable.usable)) {
    rd.issues.push({ path: ["options", "calendar"], code: "missing_calendar", message: M.noCalendar });
  }

  const model: Record<string, unknown> = { calendar, items };
  if (bom.length > 0) model["bom"] = bom;
  if (workCenters.length > 0) model["workCenters"] = workCenters;
  if (routings.length > 0) model["routings"] = routings;
  if (scheduledReceipts.length > 0) model["scheduledReceipts"] = scheduledReceipts;
  if (firmPlannedOrders.length > 0) model["firmPlannedOrders"] = firmPlannedOrders;
  if (demands.length > 0) model["demands"] = demands;
  if (locations.length > 0) model["locations"] = locations;
  if (itemLocations.length > 0) model["itemLocations"] = itemLocations;
  if (sources.length > 0) model["sources"] = sources;

  // The model's own checks (references, cycles, ranges) run when every file could be read.
  const allUsable = [...read.values()].every((t) => t.usable) && read.has("items") && calendar !== undefined;
  if (allUsable) {
    const checked = safeDefineModel(model);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const mapped = mapIssue(issue, origins, calendarOrigin, options.calendar !== undefined);
        if (mapped.place !== undefined && rd.isMarked(mapped.place)) continue;
        rd.issues.push({ path: mapped.path, code: issue.code, message: mapped.message });
      }
    }
  }
  for (const { place, value, count } of rd.ambiguous.values()) {
    rd.warnings.push({
      path: toPath(place),
      code: "ambiguous_number",
      message: M.ambiguousNumber(value, count),
    });
  }
  const warnings = sortIssues(rd.warnings, read);
  if (rd.issues.length > 0) return { success: false, error: new CsvImportError(sortIssues(rd.issues, read)), warnings };
  return { success: true, data: model as ModelInput, warnings };
}

/** The place of a model field below an element: its column, or a place recorded for it. */
function placeOf(o: Origin, rest: readonly (string | number)[]): Place {
  const fields = FIELDS.get(o.table.def.name)!;
  for (let n = rest.length; n > 0; n--) {
    const key = rest.slice(0, n).join(".");
    const extra = o.extra.get(key);
    if (extra !== undefined) return extra;
    const column = fields.get(key);
    if (column !== undefined) return { file: o.table.file, line: o.line, column: o.table.headers.get(column) ?? column };
  }
  return { file: o.table.file, line: o.line };
}

/** A model issue at its file, line and column, with model paths in its message read as lines. */
function mapIssue(
  issue: Issue,
  origins: ReadonlyMap<string, readonly Origin[]>,
  calendarOrigin: Origin | undefined,
  calendarFromOptions: boolean,
): { path: readonly (string | number)[]; message: string; place?: Place } {
  const message = issue.message.replace(/\b(items|bom|routings|workCenters|scheduledReceipts|firmPlannedOrders|demands|locations|itemLocations|sources)\[(\d+)\]/g, (m, key: string, i: string) => {
    const o = origins.get(key)?.[Number(i)];
    return o === undefined ? m : `${o.table.file}:${o.line}`;
  });
  const [top, index, ...rest] = issue.path;
  if (top === "calendar") {
    if (calendarFromOptions || calendarOrigin === undefined) return { path: ["options", ...issue.path], message };
    const place = placeOf(calendarOrigin, issue.path.slice(1, 2));
    return { path: toPath(place), message, place };
  }
  let o = typeof top === "string" && typeof index === "number" && MODEL_TABLE.has(top) ? origins.get(top)?.[index] : undefined;
  if (o === undefined) return { path: ["model", ...issue.path], message };
  let below: readonly (string | number)[] = rest;
  const [sub, subIndex] = rest;
  if (typeof sub === "string" && typeof subIndex === "number" && o.children.has(sub)) {
    const child = o.children.get(sub)![subIndex];
    if (child !== undefined) {
      o = child;
      below = rest.slice(2);
    }
  }
  const place = placeOf(o, below);
  const column = FIELDS.get(o.table.def.name)!.get(below.slice(0, 1).join("."));
  const percent = column !== undefined && o.table.def.columns.find((c) => c.name === column)?.kind === "percent";
  const text = percent && (issue.code === "too_big" || issue.code === "too_small") ? M.percentRange(column) : message;
  return { path: toPath(place), message: text, place };
}

function toPath(p: Place): readonly (string | number)[] {
  return p.column === undefined ? [p.file, p.line] : [p.file, p.line, p.column];
}

/** Issues by table order (options first), then line; the order found within a line. */
function sortIssues(issues: readonly Issue[], read: ReadonlyMap<CsvTableName, Table>): Issue[] {
  const rank = new Map<string, number>();
  for (const def of CSV_TABLES) {
    const t = read.get(def.name);
    const file = t?.file ?? def.file;
    if (!rank.has(file)) rank.set(file, rank.size);
  }
  const fileRank = (i: Issue) => (typeof i.path[0] === "string" && typeof i.path[1] === "number" ? (rank.get(i.path[0]) ?? rank.size) : -1);
  const line = (i: Issue) => (typeof i.path[1] === "number" ? i.path[1] : 0);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => fileRank(a.issue) - fileRank(b.issue) || line(a.issue) - line(b.issue) || a.n - b.n)
    .map((x) => x.issue);
}

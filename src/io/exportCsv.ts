/**
 * CSV export of a model: the tables `importCsv` reads, with their canonical headers, so that
 * `defineModel(importCsv(exportCsv(model)))` has the same data as `model`.
 */
import { csvMessages as M } from "../errors/csvMessages.js";
import type { Attributes } from "../model/attributes.js";
import type { Model } from "../model/Model.js";
import type { DateValue, Item } from "../model/schema.js";
import { compareStrings } from "../internal/sort.js";
import { attributeColumnName, type AttributeType } from "./columnMap.js";
import { CSV_TABLE, type CsvTableName } from "./csvTables.js";

/** Options of {@link exportCsv} (and of {@link toCsv}): how the files are written for spreadsheets.
 *
 * @category CSV and report
 */
export interface CsvWriteOptions {
  /** The field delimiter: `","` (default), `";"` (what Excel in comma-decimal locales such as de-DE opens directly) or `"\t"`. */
  readonly delimiter?: "," | ";" | "\t";
  /** Start each text with a UTF-8 byte-order mark, so that Excel on Windows reads it as UTF-8 (Chinese, umlauts); default false. */
  readonly bom?: boolean;
}

/**
 * The CSV texts of a model by table: `items` and `calendar` always, the others when they have rows.
 *
 * @category CSV and report
 */
export type ExportedCsvTables = {
  /** The item master table. */
  readonly items: string;
  /** The calendar table. */
  readonly calendar: string;
} & Readonly<Partial<Record<Exclude<CsvTableName, "items" | "calendar">, string>>>;

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field: quoted when it holds a delimiter, a quote or a line break, or starts or ends
 * with white space (unquoted cells are trimmed on import).
 */
function field(v: Cell): string {
  if (v === null || v === undefined) return "";
  // String(-0) is "0"; "-0" keeps a negative zero through the round trip.
  const s = typeof v === "boolean" ? (v ? "yes" : "no") : Object.is(v, -0) ? "-0" : String(v);
  return /[",;\t\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The delimiter and byte-order mark of the options, checked. */
export function writeFormat(options: CsvWriteOptions): { delimiter: string; bom: string } {
  // widened to check what untyped (JavaScript) callers pass
  const delimiter: string = options.delimiter ?? ",";
  if (delimiter !== "," && delimiter !== ";" && delimiter !== "\t") throw new TypeError(M.invalidDelimiter(delimiter));
  return { delimiter, bom: options.bom === true ? "\uFEFF" : "" };
}

/** The attribute columns of some records: one per key and value type, sorted by key, then type. */
function attributeColumns(records: readonly { readonly attributes?: Attributes | undefined }[]): { key: string; type: AttributeType; name: string }[] {
  const seen = new Map<string, { key: string; type: AttributeType; name: string }>();
  for (const r of records) {
    if (r.attributes === undefined) continue;
    for (const [key, v] of Object.entries(r.attributes)) {
      const type: AttributeType = typeof v === "string" ? "text" : typeof v === "number" ? "number" : "boolean";
      const id = `${key}\u0000${type}`;
      if (!seen.has(id)) seen.set(id, { key, type, name: attributeColumnName(key, type) });
    }
  }
  const rank = { text: 0, number: 1, boolean: 2 } as const;
  return [...seen.values()].sort((a, b) => compareStrings(a.key, b.key) || rank[a.type] - rank[b.type]);
}

/** The cells of a record's attributes in the given columns. */
function attributeCells(attrs: Attributes | undefined, columns: readonly { key: string; type: AttributeType }[]): Cell[] {
  return columns.map((c) => {
    if (attrs === undefined || !Object.hasOwn(attrs, c.key)) return null;
    const v = attrs[c.key]!;
    return (typeof v === "string" ? "text" : typeof v === "number" ? "number" : "boolean") === c.type ? v : null;
  });
}

/** Where the text goes: delimiter, byte-order mark, and whether the model has locations. */
interface Format {
  readonly delimiter: string;
  readonly bom: string;
  /** A supply network: the location columns are written. */
  readonly network: boolean;
}

function csv(table: CsvTableName, rows: readonly (readonly Cell[])[], f: Format, extra: readonly string[] = []): string {
  const header = [...CSV_TABLE.get(table)!.columns.filter((c) => f.network || c.network !== true).map((c) => c.name), ...extra];
  let out = f.bom + header.map(field).join(f.delimiter) + "\n";
  for (const r of rows) out += r.map(field).join(f.delimiter) + "\n";
  return out;
}

/**
 * A fraction written in percent by moving the decimal point of its shortest decimal form
 * (`0.07` → `"7"`), so that reading it back gives the same number: `0.07 * 100` would not.
 */
function percent(x: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(Object.is(x, -0) ? "-0" : String(x));
  if (m === null) return String(x * 100);
  const intPart = m[2]!;
  let digits = intPart + (m[3] ?? "");
  let point = intPart.length + Number(m[4] ?? 0) + 2;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(point).replace(/0+$/, "");
  return m[1]! + whole + (frac === "" ? "" : `.${frac}`);
}

const date = (d: DateValue | null): Cell => d;

/** The item's fields, or the overrides of an item at a location (absent ones empty), in the columns after the part number. */
function itemCells(it: { readonly [K in Exclude<keyof Item, "id">]?: Item[K] | undefined }): Cell[] {
  const ls = it.lotSizing;
  const m = it.orderModifiers;
  return [
    it.name,
    it.uom,
    it.source,
    it.category,
    it.leadTime,
    it.safetyStock,
    it.safetyLeadTime,
    it.decimals,
    ls?.rule,
    ls?.rule === "fixed" ? ls.quantity : null,
    ls?.rule === "periods-of-supply" ? ls.periods : null,
    ls?.rule === "min-max" ? ls.min : null,
    ls?.rule === "min-max" ? ls.max : null,
    m?.minimum,
    m?.maximum,
    m?.multiple,
    it.assemblyScrap === undefined ? null : percent(it.assemblyScrap),
    it.assemblyScrapMode,
    it.planningTimeFence,
    it.demandTimeFence,
    it.consumption?.backward,
    it.consumption?.forward,
    it.leadTimeFrom,
    it.rescheduleHorizon,
    it.cost?.material,
    it.cost?.setup,
    it.cost?.holding,
    it.costingLotSize,
  ];
}

/**
 * Writes a model as the CSV tables {@link importCsv} reads (canonical headers, comma-separated
 * unless `options.delimiter` says otherwise, `\n` line ends, scrap in percent, yes/no for flags),
 * one text per table. Attributes of items, receipts, firm planned orders and demands are written
 * as `attr.<key>` columns (`attr.<key>:number`, `attr.<key>:boolean` for numbers and booleans),
 * after the table's own columns, sorted by key. A model with locations (a supply network) also
 * gets the `locations`, `itemLocations` and `sources` tables and `location` columns (and
 * `ship_from` on receipts); a model without locations is written without them.
 *
 * @param model - a model from `defineModel`
 * @param options - delimiter and byte-order mark
 * @returns the CSV texts by table: `items` and `calendar` always, the other tables when they have rows
 * @example
 * ```ts
 * const tables = exportCsv(defineModel({ calendar: { periods: 4 }, items: [{ id: "A", source: "buy", onHand: 5 }] }));
 * tables.stock //=> "part_number,on_hand,allocated\nA,5,0\n"
 * ```
 *
 * @category CSV and report
 */
export function exportCsv(model: Model, options: CsvWriteOptions = {}): ExportedCsvTables {
  const d = model.data;
  const network = d.locations.length > 0;
  const f: Format = { ...writeFormat(options), network };
  // the location columns of a supply network, after the table's own (none without locations)
  const at = (...cells: Cell[]): Cell[] => (network ? cells : []);
  const cal = d.calendar;
  const calendar = csv("calendar", [
    "start" in cal
      ? [cal.unit, null, cal.start, cal.end, cal.workdays?.join(" "), cal.holidays === undefined ? undefined : cal.holidays.length === 0 ? "none" : cal.holidays.join(" ")]
      : [cal.unit, cal.periods, null, null, null, null],
  ], f);
  const itemAttrs = attributeColumns(d.items);
  const items = csv(
    "items",
    d.items.map((it) => [it.id, ...itemCells(it), ...attributeCells(it.attributes, itemAttrs)]),
    f,
    itemAttrs.map((c) => c.name),
  );
  const out: Partial<Record<CsvTableName, string>> = {};
  const add = (name: CsvTableName, rows: readonly (readonly Cell[])[], extra: readonly string[] = []) => {
    if (rows.length > 0) out[name] = csv(name, rows, f, extra);
  };
  const withAttributes = <T extends { readonly attributes?: Attributes | undefined }>(name: CsvTableName, records: readonly T[], cells: (r: T) => Cell[]) => {
    const cols = attributeColumns(records);
    add(name, records.map((r) => [...cells(r), ...attributeCells(r.attributes, cols)]), cols.map((c) => c.name));
  };
  add(
    "bom",
    d.bom.map((l) => [l.parent, l.child, l.quantity, percent(l.scrap), l.fixed, l.offset, l.operation, date(l.from), date(l.to), ...at(l.location)]),
  );
  add(
    "routings",
    d.routings.flatMap((r) =>
      r.operations.map((op) => [r.item, op.seq, op.workCenter, op.description, op.setup, op.run, op.queue, op.move, op.outsourced?.leadTime, op.outsourced?.cost, ...at(r.location)]),
    ),
  );
  add(
    "workCenters",
    d.workCenters.map((w) => [w.id, w.name, w.capacity, w.efficiency, w.utilization, w.rate, ...at(w.location)]),
  );
  add(
    "capacityChanges",
    d.workCenters.flatMap((w) => w.changes.map((c) => [w.id, date(c.from), c.capacity])),
  );
  add(
    "stock",
    d.items.filter((it) => it.onHand !== 0 || it.allocated !== 0).map((it) => [it.id, it.onHand, it.allocated]),
  );
  withAttributes("receipts", d.scheduledReceipts, (o) => [o.id, o.item, date(o.due), o.quantity, ...at(o.location, o.shipFrom)]);
  withAttributes("firmOrders", d.firmPlannedOrders, (o) => [o.id, o.item, date(o.due), o.quantity, ...at(o.location)]);
  withAttributes("demands", d.demands, (o) => [o.id, o.item, date(o.due), o.quantity, o.kind, ...at(o.location)]);
  // the supply network: empty override cells keep the item's value
  add("locations", d.locations.map((l) => [l.id, l.name]));
  withAttributes("itemLocations", d.itemLocations, (il) => [il.item, il.location, il.sourcing, ...itemCells(il), il.onHand, il.allocated]);
  add(
    "sources",
    d.sources.map((s) => {
      const m = s.orderModifiers;
      return [s.id, s.item, s.location, s.kind, s.shipFrom, s.supplier, s.leadTime, s.priority, s.share, s.base, m?.minimum, m?.maximum, m?.multiple, date(s.from), date(s.to)];
    }),
  );
  return { items, calendar, ...out };
}

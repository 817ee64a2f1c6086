/**
 * CSV export of a model: the tables `importCsv` reads, with their canonical headers, so that
 * `defineModel(importCsv(exportCsv(model)))` has the same data as `model`.
 */
import type { Model } from "../model/Model.js";
import type { DateValue } from "../model/schema.js";
import { CSV_TABLE, type CsvTableName } from "./csvTables.js";

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
} & {
  readonly [K in Exclude<CsvTableName, "items" | "calendar">]?: string;
};

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

function csv(table: CsvTableName, rows: readonly (readonly Cell[])[]): string {
  const header = CSV_TABLE.get(table)!.columns.map((c) => c.name);
  let out = header.join(",") + "\n";
  for (const r of rows) out += r.map(field).join(",") + "\n";
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

/**
 * Writes a model as the CSV tables {@link importCsv} reads (canonical headers, comma-separated,
 * `\n` line ends, scrap in percent, yes/no for flags), one text per table.
 *
 * @param model - a model from `defineModel`
 * @returns the CSV texts by table: `items` and `calendar` always, the other tables when they have rows
 * @example
 * ```ts
 * const tables = exportCsv(defineModel({ calendar: { periods: 4 }, items: [{ id: "A", source: "buy", onHand: 5 }] }));
 * tables.stock //=> "part_number,on_hand,allocated\nA,5,0\n"
 * ```
 *
 * @category CSV and report
 */
export function exportCsv(model: Model): ExportedCsvTables {
  const d = model.data;
  const cal = d.calendar;
  const calendar = csv("calendar", [
    "start" in cal
      ? [cal.unit, null, cal.start, cal.end, cal.workdays?.join(" "), cal.holidays === undefined ? undefined : cal.holidays.length === 0 ? "none" : cal.holidays.join(" ")]
      : [cal.unit, cal.periods, null, null, null, null],
  ]);
  const items = csv(
    "items",
    d.items.map((it) => {
      const ls = it.lotSizing;
      return [
        it.id,
        it.name,
        it.uom,
        it.source,
        it.category,
        it.leadTime,
        it.safetyStock,
        it.safetyLeadTime,
        it.decimals,
        ls.rule,
        ls.rule === "fixed" ? ls.quantity : null,
        ls.rule === "periods-of-supply" ? ls.periods : null,
        ls.rule === "min-max" ? ls.min : null,
        ls.rule === "min-max" ? ls.max : null,
        it.orderModifiers.minimum,
        it.orderModifiers.maximum,
        it.orderModifiers.multiple,
        percent(it.assemblyScrap),
        it.planningTimeFence,
        it.demandTimeFence,
        it.consumption.backward,
        it.consumption.forward,
        it.leadTimeFrom,
        it.rescheduleHorizon,
        it.cost.material,
        it.cost.setup,
        it.cost.holding,
        it.costingLotSize,
      ];
    }),
  );
  const out: Partial<Record<CsvTableName, string>> = {};
  const add = (name: CsvTableName, rows: readonly (readonly Cell[])[]) => {
    if (rows.length > 0) out[name] = csv(name, rows);
  };
  add(
    "bom",
    d.bom.map((l) => [l.parent, l.child, l.quantity, percent(l.scrap), l.fixed, l.offset, l.operation, date(l.from), date(l.to)]),
  );
  add(
    "routings",
    d.routings.flatMap((r) =>
      r.operations.map((op) => [r.item, op.seq, op.workCenter, op.description, op.setup, op.run, op.queue, op.move, op.outsourced?.leadTime, op.outsourced?.cost]),
    ),
  );
  add(
    "workCenters",
    d.workCenters.map((w) => [w.id, w.name, w.capacity, w.efficiency, w.utilization, w.rate]),
  );
  add(
    "capacityChanges",
    d.workCenters.flatMap((w) => w.changes.map((c) => [w.id, date(c.from), c.capacity])),
  );
  add(
    "stock",
    d.items.filter((it) => it.onHand !== 0 || it.allocated !== 0).map((it) => [it.id, it.onHand, it.allocated]),
  );
  add("receipts", d.scheduledReceipts.map((o) => [o.id, o.item, date(o.due), o.quantity]));
  add("firmOrders", d.firmPlannedOrders.map((o) => [o.id, o.item, date(o.due), o.quantity]));
  add("demands", d.demands.map((o) => [o.id, o.item, date(o.due), o.quantity, o.kind]));
  return { items, calendar, ...out };
}

import { allItemRecords, itemRecords, MRP_RECORD_ROWS, plan, planToJson, summarizePlan, toCsv, UnknownItemError, type CsvWriteOptions, type ItemRecords, type PlanResult } from "../../index.js";
import { choiceOption, refuseWith, stringOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, CSV_BOM, CSV_DELIMITER, csvWriteOptions, QUIET } from "../options.js";
import { progressReporter } from "../progress.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec } from "../types.js";

const ROWS = MRP_RECORD_ROWS;

const num = (x: number): string => (x === 0 ? "" : String(x));

/** `mrpkit plan <model.json>`: the MRP plan as JSON, CSV records, the classic grid, or a summary. */
export const planCommand: CommandSpec = {
  name: "plan",
  summary: "plan the model: MRP records, planned orders with pegging, action messages",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "csv", "table", "summary"],
  options: {
    table: { type: "string", value: "records|orders|exceptions", help: "with --format csv: which table (default records)" },
    bucket: BUCKET,
    item: { type: "string", value: "ID", help: "only that item (exit 1 if the model has no such item)" },
    bom: CSV_BOM,
    delimiter: CSV_DELIMITER,
    quiet: QUIET,
  },
  run(args, io) {
    const format = args.format;
    const csvTable = choiceOption(args, "table", ["records", "orders", "exceptions"], "records");
    if (args.options.has("table") && format !== "csv") throw new UsageError("--table applies to --format csv only");
    const csvOptions = csvWriteOptions(args);
    if (format === "summary") refuseWith(args, "item", "does not apply to --format summary: the summary counts the whole model (--format json --item shows one item)");
    // the clock starts with the run: reading and checking a large model is part of the wait
    const progress = progressReporter(args, io, "planning");
    const model = loadModel(io, args.positionals[0]!);
    const defaultBucket = format === "table" && model.calendar.unit === "day" ? "week" : "day";
    const bucket = bucketOption(args, model, defaultBucket);
    const only = stringOption(args, "item");
    if (only !== undefined && !model.itemIndex.has(only)) throw new UnknownItemError(only);
    let result: PlanResult;
    try {
      result = plan(model, progress.update === undefined ? {} : { onProgress: progress.update });
    } finally {
      progress.done();
    }
    switch (format) {
      case "summary":
        io.stdout(JSON.stringify(summarizePlan(result)) + "\n");
        return 0;
      case "json": {
        const json = planToJson(result, { bucket });
        io.stdout(
          JSON.stringify(
            only === undefined
              ? json
              : {
                  items: json.items.filter((i) => i.id === only),
                  plannedOrders: json.plannedOrders.filter((o) => o.item === only),
                  firmPlannedOrders: json.firmPlannedOrders.filter((o) => o.item === only),
                  exceptions: json.exceptions.filter((e) => e.item === only),
                },
            null,
            2,
          ) + "\n",
        );
        return 0;
      }
      case "csv":
        io.stdout(csvTable === "orders" ? ordersCsv(result, only, csvOptions) : csvTable === "exceptions" ? exceptionsCsv(result, only, csvOptions) : recordsCsv(result, bucket, only, csvOptions));
        return 0;
      default:
        io.stdout(gridText(result, bucket, only));
        return 0;
    }
  },
};

/** The records of every item in planning order, or of the one item asked for. */
function selected(result: PlanResult, bucket: "day" | "week", only: string | undefined): ItemRecords[] {
  if (only === undefined) return allItemRecords(result, { bucket });
  const item = result.items.find((i) => i.id === only)!;
  return [{ id: only, lowLevelCode: item.lowLevelCode, records: itemRecords(result, only, { bucket }) }];
}

/**
 * The records as CSV, one row per item and bucket.
 *
 * @param result - the plan
 * @param bucket - one record per day or per ISO week (day calendars)
 * @param only - an item id to keep only its records
 * @param options - delimiter and byte-order mark
 * @returns the CSV text
 */
export function recordsCsv(result: PlanResult, bucket: "day" | "week", only?: string, options: CsvWriteOptions = {}): string {
  const day = result.model.calendar.unit === "day";
  const rows: (string | number)[][] = [];
  for (const { id, lowLevelCode, records } of selected(result, bucket, only)) {
    for (const r of records) {
      rows.push([id, lowLevelCode, (day ? r.start : r.period)!, ...ROWS.map(([k]) => r[k])]);
    }
  }
  return toCsv(["item", "lowLevelCode", day ? "start" : "period", ...ROWS.map(([k]) => k)], rows, options);
}

/**
 * Planned and firm planned orders as CSV, one row per order: `id,item,quantity,release,due,firm,pegging`,
 * pegging as `source:quantity` pairs joined by `;` (firm orders after the planned ones).
 *
 * @param result - the plan
 * @param only - an item id to keep only its orders
 * @param options - delimiter and byte-order mark
 * @returns the CSV text
 */
export function ordersCsv(result: PlanResult, only?: string, options: CsvWriteOptions = {}): string {
  const orders = [...result.plannedOrders, ...result.firmPlannedOrders].filter((o) => only === undefined || o.item === only);
  return toCsv(
    ["id", "item", "quantity", "release", "due", "firm", "pegging"],
    orders.map((o) => [o.id, o.item, o.quantity, o.release, o.due, o.firm === true, o.pegging.map((p) => `${p.source}:${p.quantity}`).join(";")]),
    options,
  );
}

/**
 * Action messages as CSV: `kind,item,ref,date,newDate,quantity,message`.
 *
 * @param result - the plan
 * @param only - an item id to keep only its messages
 * @param options - delimiter and byte-order mark
 * @returns the CSV text
 */
export function exceptionsCsv(result: PlanResult, only?: string, options: CsvWriteOptions = {}): string {
  return toCsv(
    ["kind", "item", "ref", "date", "newDate", "quantity", "message"],
    result.exceptions.filter((e) => only === undefined || e.item === only).map((e) => [e.kind, e.item, e.ref, e.date, e.newDate ?? null, e.quantity, e.message]),
    options,
  );
}

/** The classic MRP grid per item, then the planned orders and the action messages. */
export function gridText(result: PlanResult, bucket: "day" | "week", only?: string): string {
  const { model } = result;
  let out = "";
  for (const { id, lowLevelCode, records: recs } of selected(result, bucket, only)) {
    const it = model.items[model.itemIndex.get(id)!]!;
    const rule = it.lotSizing.rule + ("quantity" in it.lotSizing ? ` ${it.lotSizing.quantity}` : "") + ("periods" in it.lotSizing ? ` ${it.lotSizing.periods}` : "");
    out += `${it.id}${it.name ? ` — ${it.name}` : ""}  (LLC ${lowLevelCode}, ${it.source}, lead time ${it.leadTime}, on hand ${it.onHand - it.allocated}, safety stock ${it.safetyStock}, ${rule})\n`;
    const cols = [{ title: model.calendar.unit === "period" ? "Period" : bucket === "week" ? "Week of" : "Day" }, ...recs.map((r) => ({ title: String(model.calendar.unit === "period" ? r.period : r.start), right: true }))];
    const rows = ROWS.map(([k, title]) => [title, ...recs.map((r) => (k === "projectedOnHand" ? String(r[k]) : num(r[k])))]);
    out += textTable(cols, rows) + "\n";
  }
  // planned orders, then the firm planned ones (as in the CSV), marked in a Firm column that is
  // there only when some order is firm
  const orders = [...result.plannedOrders, ...result.firmPlannedOrders].filter((o) => only === undefined || o.item === only);
  if (orders.length > 0) {
    const anyFirm = orders.some((o) => o.firm === true);
    out += "Planned orders\n";
    out += textTable(
      [
        { title: "Order" },
        { title: "Item" },
        { title: "Quantity", right: true },
        { title: "Release", right: true },
        { title: "Due", right: true },
        ...(anyFirm ? [{ title: "Firm" }] : []),
        { title: "Pegged to" },
      ],
      orders.map((o) => [
        o.id,
        o.item,
        String(o.quantity),
        String(o.release),
        String(o.due),
        ...(anyFirm ? [o.firm === true ? "firm" : ""] : []),
        o.pegging.map((p) => `${p.source} ${p.quantity}`).join(", "),
      ]),
    );
    out += "\n";
  }
  const ex = result.exceptions.filter((e) => only === undefined || e.item === only);
  out += ex.length === 0 ? "No action messages.\n" : `Action messages\n${ex.map((e) => `  ${e.kind.padEnd(18)} ${e.message}`).join("\n")}\n`;
  return out;
}

import {
  allItemRecords,
  demandsAtRisk,
  InvalidOptionError,
  itemRecords,
  MRP_RECORD_ROWS,
  plan,
  planCapacity,
  planToJson,
  releaseList,
  summarizePlan,
  toCsv,
  UnknownItemError,
  type CsvWriteOptions,
  type DemandsAtRisk,
  type ItemRecords,
  type Model,
  type PlanResult,
  type ReleaseLine,
  type ReleaseList,
} from "../../index.js";
import { choiceOption, refuseWith, stringOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, CSV_BOM, CSV_DELIMITER, csvWriteOptions, QUIET, THROUGH, throughOption } from "../options.js";
import { progressReporter } from "../progress.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec } from "../types.js";

const ROWS = MRP_RECORD_ROWS;

const num = (x: number): string => (x === 0 ? "" : String(x));

/** `mrpkit plan <model.json>`: the MRP plan as JSON, CSV records, the classic grid, or a summary; or what to act on. */
export const planCommand: CommandSpec = {
  name: "plan",
  summary: "plan the model: MRP records, planned orders with pegging, action messages; the demands at risk; the release list",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "csv", "table", "summary", "at-risk", "releases"],
  options: {
    table: { type: "string", value: "records|orders|exceptions", help: "with --format csv: which table (default records)" },
    list: { type: "string", value: "at-risk|releases", help: "with --format json: the demands at risk or the release list instead of the plan" },
    bucket: BUCKET,
    item: { type: "string", value: "ID", help: "only that item (exit 1 if the model has no such item)" },
    through: THROUGH,
    bom: CSV_BOM,
    delimiter: CSV_DELIMITER,
    quiet: QUIET,
  },
  run(args, io) {
    const format = args.format;
    const csvTable = choiceOption(args, "table", ["records", "orders", "exceptions"], "records");
    if (args.options.has("table") && format !== "csv") throw new UsageError("--table applies to --format csv only");
    const list = args.options.has("list") ? choiceOption(args, "list", ["at-risk", "releases"], "at-risk") : format === "at-risk" || format === "releases" ? format : undefined;
    if (args.options.has("list") && format !== "json") throw new UsageError("--list applies to --format json only (--format at-risk and --format releases print the lists as tables)");
    if (list !== "releases") refuseWith(args, "through", "applies to the release list only (--format releases, or --format json --list releases)");
    if (list !== undefined) refuseWith(args, "item", "does not apply to the demands at risk or the release list: they cover the whole model");
    if (list === "releases") refuseWith(args, "bucket", "does not apply to the release list (--through sets its last date)");
    const csvOptions = csvWriteOptions(args);
    if (format === "summary") refuseWith(args, "item", "does not apply to --format summary: the summary counts the whole model (--format json --item shows one item)");
    // the clock starts with the run: reading and checking a large model is part of the wait
    const progress = progressReporter(args, io, "planning");
    const model = loadModel(io, args.positionals[0]!);
    const defaultBucket = format === "table" && model.calendar.unit === "day" ? "week" : "day";
    const bucket = bucketOption(args, model, defaultBucket);
    const only = stringOption(args, "item");
    if (only !== undefined && !model.itemIndex.has(only)) throw new UnknownItemError(only);
    const through = throughOption(args, model);
    let result: PlanResult;
    try {
      result = plan(model, progress.update === undefined ? {} : { onProgress: progress.update });
    } finally {
      progress.done();
    }
    if (list === "at-risk") {
      const atRisk = demandsAtRisk(result, hasRoutings(model) ? { capacity: planCapacity(result, { bucket }) } : {});
      io.stdout(format === "json" ? JSON.stringify(atRisk, null, 2) + "\n" : atRiskText(atRisk, model, hasRoutings(model)));
      return 0;
    }
    if (list === "releases") {
      const releases = releasesOf(result, through);
      io.stdout(format === "json" ? JSON.stringify(releases, null, 2) + "\n" : releasesText(releases, model));
      return 0;
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

/** Whether some item of the model has a routing: then the demands at risk show the capacity overloads. */
function hasRoutings(model: Model): boolean {
  return model.data.routings.length > 0;
}

/** The release list; a `--through` the library refuses is a usage error. */
function releasesOf(result: PlanResult, through: number | string | undefined): ReleaseList {
  try {
    return releaseList(result, through === undefined ? {} : { through });
  } catch (e) {
    if (e instanceof InvalidOptionError) throw new UsageError(`--through: ${e.message.replace(/^[a-z]+: /, "")}`);
    throw e;
  }
}

/** A date as the tables write it: `period 3` or the ISO date. */
function dateText(model: Model, date: number | string): string {
  return model.calendar.unit === "period" ? `period ${date}` : String(date);
}

/**
 * The demands at risk for people: one row per cause, the demand's own columns on its first row;
 * then the capacity overloads when the model has routings.
 *
 * @param atRisk - the demands at risk
 * @param model - the model (for its calendar)
 * @param overloads - whether to show the capacity overloads
 * @returns the text
 */
export function atRiskText(atRisk: DemandsAtRisk, model: Model, overloads: boolean): string {
  const unit = model.calendar.unit === "period" ? "periods" : "working days";
  let out = "";
  if (atRisk.demands.length === 0) out += "No demands at risk.\n";
  else {
    out += `Demands at risk: ${atRisk.demands.length} (late in ${unit})\n`;
    const rows: string[][] = [];
    for (const d of atRisk.demands) {
      d.causes.forEach((c, k) => {
        const head = k === 0 ? [d.demand, d.item, d.kind, String(d.quantity), String(d.due), String(d.ticksLate), String(d.expected)] : ["", "", "", "", "", "", ""];
        rows.push([...head, c.kind, String(c.ticksLate), c.path.length === 0 ? c.ref : c.path.join(" > ")]);
      });
    }
    out += textTable(
      [
        { title: "Demand" },
        { title: "Item" },
        { title: "Kind" },
        { title: "Quantity", right: true },
        { title: "Due", right: true },
        { title: "Late", right: true },
        { title: "Expected", right: true },
        { title: "Cause" },
        { title: "Late", right: true },
        { title: "Orders on the path" },
      ],
      rows,
    );
  }
  if (!overloads) return out;
  out += "\n";
  if (atRisk.overloads.length === 0) return out + "No capacity overloads.\n";
  const day = model.calendar.unit === "day";
  out += `Capacity overloads: ${atRisk.overloads.length}\n`;
  out += textTable(
    [{ title: "Work center" }, { title: day ? "Start" : "Period", right: !day }, { title: "Load", right: true }, { title: "Available", right: true }, { title: "Orders" }],
    atRisk.overloads.map((m) => [m.workCenter, String(m.period ?? m.start), String(m.load), String(m.available), m.orders.join(" ")]),
  );
  return out;
}

/**
 * The release list for people: the orders to buy, then the orders to make. The name, firm and
 * attributes columns are there when some line has them.
 *
 * @param releases - the release list
 * @param model - the model (for its calendar)
 * @returns the text
 */
export function releasesText(releases: ReleaseList, model: Model): string {
  const out = `Orders to release through ${dateText(model, releases.through)}\n`;
  const part = (title: string, lines: readonly ReleaseLine[]): string => {
    if (lines.length === 0) return `\n${title}: no orders\n`;
    const named = lines.some((l) => l.name !== undefined);
    const firm = lines.some((l) => l.firm === true);
    const attributed = lines.some((l) => l.attributes !== undefined);
    return (
      `\n${title}: ${lines.length} order${lines.length === 1 ? "" : "s"}\n` +
      textTable(
        [
          { title: "Order" },
          { title: "Item" },
          ...(named ? [{ title: "Name" }] : []),
          { title: "Quantity", right: true },
          { title: "UoM" },
          { title: "Release", right: true },
          { title: "Due", right: true },
          ...(firm ? [{ title: "Firm" }] : []),
          ...(attributed ? [{ title: "Attributes" }] : []),
        ],
        lines.map((l) => [
          l.id,
          l.item,
          ...(named ? [l.name ?? ""] : []),
          String(l.quantity),
          l.uom,
          String(l.release),
          String(l.due),
          ...(firm ? [l.firm === true ? "firm" : ""] : []),
          ...(attributed ? [Object.entries(l.attributes ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(" ")] : []),
        ]),
      )
    );
  };
  return out + part("Buy", releases.buy) + part("Make", releases.make);
}

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

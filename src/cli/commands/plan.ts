import {
  allItemRecords,
  demandsAtRisk,
  InvalidOptionError,
  itemRecords,
  MRP_RECORD_ROWS,
  plan,
  planCapacity,
  releaseList,
  summarizePlan,
  toCsv,
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
import { BUCKET, bucketOption, CSV_BOM, CSV_DELIMITER, csvWriteOptions, itemAt, LOCATION, locationOption, QUIET, selectedItems, THROUGH, throughOption } from "../options.js";
import { progressReporter } from "../progress.js";
import { textTable } from "../textTable.js";
import { inPieces, writeJsonSections } from "../pieces.js";
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
    location: LOCATION,
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
    if (format === "summary") {
      refuseWith(args, "item", "does not apply to --format summary: the summary counts the whole model (--format json --item shows one item)");
      refuseWith(args, "location", "does not apply to --format summary: the summary counts the whole model");
    }
    // the clock starts with the run: reading and checking a large model is part of the wait
    const progress = progressReporter(args, io, "planning");
    const model = loadModel(io, args.positionals[0]!);
    const defaultBucket = format === "table" && model.calendar.unit === "day" ? "week" : "day";
    const bucket = bucketOption(args, model, defaultBucket);
    const location = locationOption(args, model);
    const only = selectedItems(model, stringOption(args, "item"), location);
    const through = throughOption(args, model);
    let result: PlanResult;
    try {
      result = plan(model, progress.update === undefined ? {} : { onProgress: progress.update });
    } finally {
      progress.done();
    }
    if (list === "at-risk") {
      const atRisk = atLocation(demandsAtRisk(result, hasRoutings(model) ? { capacity: planCapacity(result, { bucket }) } : {}), location);
      io.stdout(format === "json" ? JSON.stringify(atRisk, null, 2) + "\n" : atRiskText(atRisk, model, hasRoutings(model)));
      return 0;
    }
    if (list === "releases") {
      const releases = releasesAt(releasesOf(result, through), location);
      io.stdout(format === "json" ? JSON.stringify(releases, null, 2) + "\n" : releasesText(releases, model));
      return 0;
    }
    switch (format) {
      case "summary":
        io.stdout(JSON.stringify(summarizePlan(result)) + "\n");
        return 0;
      case "json": {
        // planToJson's object, written a record at a time: a large plan's text is longer than a
        // string can be, and each item's records are made only as they are written
        const kept = <T extends { readonly item: string; readonly location?: string | undefined }>(xs: readonly T[]) => (only === undefined ? xs : xs.filter((x) => only.has(keyOf(x))));
        writeJsonSections(
          (t) => {
            io.stdout(t);
          },
          [
            ["items", recordsOfItems(result, bucket, only)],
            ["plannedOrders", kept(result.plannedOrders)],
            ["firmPlannedOrders", kept(result.firmPlannedOrders)],
            ["exceptions", kept(result.exceptions)],
          ],
        );
        return 0;
      }
      case "csv":
        if (csvTable === "orders" || csvTable === "exceptions") io.stdout(csvTable === "orders" ? ordersCsv(result, only, csvOptions) : exceptionsCsv(result, only, csvOptions));
        else {
          writeRecordsCsv(
            (t) => {
              io.stdout(t);
            },
            result,
            bucket,
            only,
            csvOptions,
          );
        }
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

/** An order's or message's item as the plan names it: `ITEM@LOCATION` in a model with locations. */
function keyOf(x: { readonly item: string; readonly location?: string | undefined }): string {
  return itemAt(x.item, x.location);
}

/** Whether the plan is of a model with locations: then its tables show where and how. */
function isNetwork(model: Model): boolean {
  return model.data.locations.length > 0;
}

/** The demands at risk at one location (and the overloads of its work centers), or all. */
function atLocation(atRisk: DemandsAtRisk, location: string | undefined): DemandsAtRisk {
  if (location === undefined) return atRisk;
  return { demands: atRisk.demands.filter((d) => d.location === location), overloads: atRisk.overloads.filter((m) => m.location === location) };
}

/** The release list of one location, or all. */
function releasesAt(releases: ReleaseList, location: string | undefined): ReleaseList {
  if (location === undefined) return releases;
  const at = (lines: readonly ReleaseLine[]) => lines.filter((l) => l.location === location);
  return { through: releases.through, buy: at(releases.buy), make: at(releases.make), ...(releases.transfer === undefined ? {} : { transfer: at(releases.transfer) }) };
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
  const net = isNetwork(model);
  let out = "";
  if (atRisk.demands.length === 0) out += "No demands at risk.\n";
  else {
    out += `Demands at risk: ${atRisk.demands.length} (late in ${unit})\n`;
    const rows: string[][] = [];
    for (const d of atRisk.demands) {
      d.causes.forEach((c, k) => {
        const where = net ? [d.location ?? ""] : [];
        const head = k === 0 ? [d.demand, d.item, ...where, d.kind, String(d.quantity), String(d.due), String(d.ticksLate), String(d.expected)] : [...where.map(() => ""), "", "", "", "", "", "", ""];
        rows.push([...head, c.kind, String(c.ticksLate), c.path.length === 0 ? c.ref : c.path.join(" > ")]);
      });
    }
    out += textTable(
      [
        { title: "Demand" },
        { title: "Item" },
        ...(net ? [{ title: "Location" }] : []),
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
    atRisk.overloads.map((m) => [itemAt(m.workCenter, m.location), String(m.period ?? m.start), String(m.load), String(m.available), m.orders.join(" ")]),
  );
  return out;
}

/**
 * The release list for people: the orders to buy, then the orders to make, then (in a model with
 * locations) the transfers to ship. The name, firm and attributes columns are there when some
 * line has them; in a model with locations each line's location, and its supplier or the
 * location shipping it.
 *
 * @param releases - the release list
 * @param model - the model (for its calendar)
 * @returns the text
 */
export function releasesText(releases: ReleaseList, model: Model): string {
  const out = `Orders to release through ${dateText(model, releases.through)}\n`;
  const net = isNetwork(model);
  const part = (title: string, lines: readonly ReleaseLine[]): string => {
    if (lines.length === 0) return `\n${title}: no orders\n`;
    const named = lines.some((l) => l.name !== undefined);
    const firm = lines.some((l) => l.firm === true);
    const attributed = lines.some((l) => l.attributes !== undefined);
    const supplied = lines.some((l) => l.supplier !== undefined);
    const shipped = lines.some((l) => l.shipFrom !== undefined);
    return (
      `\n${title}: ${lines.length} order${lines.length === 1 ? "" : "s"}\n` +
      textTable(
        [
          { title: "Order" },
          { title: "Item" },
          ...(net ? [{ title: "Location" }] : []),
          ...(supplied ? [{ title: "Supplier" }] : []),
          ...(shipped ? [{ title: "Ship from" }] : []),
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
          ...(net ? [l.location ?? ""] : []),
          ...(supplied ? [l.supplier ?? ""] : []),
          ...(shipped ? [l.shipFrom ?? ""] : []),
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
  return out + part("Buy", releases.buy) + part("Make", releases.make) + (releases.transfer === undefined ? "" : part("Transfer", releases.transfer));
}

/** The records of each item in planning order, or of the items kept, made one item at a time. */
function* recordsOfItems(result: PlanResult, bucket: "day" | "week", only: ReadonlySet<string> | undefined): Generator<ItemRecords> {
  for (const i of result.items) {
    if (only === undefined || only.has(i.id)) yield { id: i.id, lowLevelCode: i.lowLevelCode, records: itemRecords(result, i.id, { bucket }) };
  }
}

/** The records of every item in planning order, or of the items kept. */
function selected(result: PlanResult, bucket: "day" | "week", only: ReadonlySet<string> | undefined): ItemRecords[] {
  if (only === undefined) return allItemRecords(result, { bucket });
  return result.items.filter((i) => only.has(i.id)).map((i) => ({ id: i.id, lowLevelCode: i.lowLevelCode, records: itemRecords(result, i.id, { bucket }) }));
}

/**
 * Writes the records as CSV, one row per item and bucket; in a model with locations the item and
 * its location in two columns. Written an item at a time, in pieces of about a megabyte: a large
 * plan has millions of rows.
 *
 * @param write - takes each piece of the text
 * @param result - the plan
 * @param bucket - one record per day or per ISO week (day calendars)
 * @param only - the items to keep (as the plan names them), or every item
 * @param options - delimiter and byte-order mark
 */
export function writeRecordsCsv(write: (text: string) => void, result: PlanResult, bucket: "day" | "week", only?: ReadonlySet<string>, options: CsvWriteOptions = {}): void {
  const day = result.model.calendar.unit === "day";
  const net = isNetwork(result.model);
  const where = net ? new Map(result.items.map((i) => [i.id, [i.item ?? i.id, i.location ?? ""]])) : undefined;
  const header = ["item", ...(net ? ["location"] : []), "lowLevelCode", day ? "start" : "period", ...ROWS.map(([k]) => k)];
  // each item's rows as toCsv writes them, without the header line it starts with
  const bare = { ...options, bom: false };
  const headerLength = toCsv(header, [], bare).length;
  const pieces = inPieces(write);
  pieces.add(toCsv(header, [], options));
  for (const { id, lowLevelCode, records } of recordsOfItems(result, bucket, only)) {
    const rows = records.map((r) => [...(where === undefined ? [id] : where.get(id)!), lowLevelCode, (day ? r.start : r.period)!, ...ROWS.map(([k]) => r[k])]);
    pieces.add(toCsv(header, rows, bare).slice(headerLength));
  }
  pieces.end();
}

/**
 * Planned and firm planned orders as CSV, one row per order: `id,item,quantity,release,due,firm,pegging`,
 * pegging as `source:quantity` pairs joined by `;` (firm orders after the planned ones). In a model
 * with locations `location,kind,source,supplier,shipFrom` follow the item; when some order is
 * started for more than it receives (assembly scrap on the order), `startQuantity` follows the
 * quantity.
 *
 * @param result - the plan
 * @param only - the items to keep (as the plan names them), or every item
 * @param options - delimiter and byte-order mark
 * @returns the CSV text
 */
export function ordersCsv(result: PlanResult, only?: ReadonlySet<string>, options: CsvWriteOptions = {}): string {
  const orders = [...result.plannedOrders, ...result.firmPlannedOrders].filter((o) => only === undefined || only.has(keyOf(o)));
  const net = isNetwork(result.model);
  const anyStart = orders.some((o) => o.startQuantity !== undefined);
  return toCsv(
    ["id", "item", ...(net ? ["location", "kind", "source", "supplier", "shipFrom"] : []), "quantity", ...(anyStart ? ["startQuantity"] : []), "release", "due", "firm", "pegging"],
    orders.map((o) => [
      o.id,
      o.item,
      ...(net ? [o.location ?? null, o.kind ?? null, o.source ?? null, o.supplier ?? null, o.shipFrom ?? null] : []),
      o.quantity,
      ...(anyStart ? [o.startQuantity ?? o.quantity] : []),
      o.release,
      o.due,
      o.firm === true,
      o.pegging.map((p) => `${p.source}:${p.quantity}`).join(";"),
    ]),
    options,
  );
}

/**
 * Action messages as CSV: `kind,item,ref,date,newDate,quantity,message`; in a model with
 * locations `location` follows the item.
 *
 * @param result - the plan
 * @param only - the items to keep (as the plan names them), or every item
 * @param options - delimiter and byte-order mark
 * @returns the CSV text
 */
export function exceptionsCsv(result: PlanResult, only?: ReadonlySet<string>, options: CsvWriteOptions = {}): string {
  const net = isNetwork(result.model);
  return toCsv(
    ["kind", "item", ...(net ? ["location"] : []), "ref", "date", "newDate", "quantity", "message"],
    result.exceptions
      .filter((e) => only === undefined || only.has(keyOf(e)))
      .map((e) => [e.kind, e.item, ...(net ? [e.location ?? null] : []), e.ref, e.date, e.newDate ?? null, e.quantity, e.message]),
    options,
  );
}

/**
 * How an item at a location is supplied, for the grid's heading: its sources by priority, then id
 * (`S-EAST: transfer from PLANT`, `S-A: buy SUP-A, S-B: buy SUP-B`), or the item's own source.
 */
function supplyText(model: Model, key: string, own: string): string {
  const sources = model.data.sources.filter((s) => itemAt(s.item, s.location) === key);
  if (sources.length === 0) return own;
  sources.sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sources.map((s) => `${s.id}: ${s.kind}${s.supplier === undefined ? "" : ` ${s.supplier}`}${s.shipFrom === undefined ? "" : ` from ${s.shipFrom}`}`).join(", ");
}

/**
 * The classic MRP grid per item, then the planned orders and the action messages. In a model with
 * locations the planned orders show each order's location, kind and source (with its supplier or
 * the location shipping it).
 */
export function gridText(result: PlanResult, bucket: "day" | "week", only?: ReadonlySet<string>): string {
  const { model } = result;
  const net = isNetwork(model);
  let out = "";
  for (const { id, lowLevelCode, records: recs } of selected(result, bucket, only)) {
    const it = model.items[model.itemIndex.get(id)!]!;
    const rule = it.lotSizing.rule + ("quantity" in it.lotSizing ? ` ${it.lotSizing.quantity}` : "") + ("periods" in it.lotSizing ? ` ${it.lotSizing.periods}` : "");
    out += `${it.id}${it.name ? ` — ${it.name}` : ""}  (LLC ${lowLevelCode}, ${net ? supplyText(model, id, it.source) : it.source}, lead time ${it.leadTime}, on hand ${it.onHand - it.allocated}, safety stock ${it.safetyStock}, ${rule})\n`;
    const cols = [{ title: model.calendar.unit === "period" ? "Period" : bucket === "week" ? "Week of" : "Day" }, ...recs.map((r) => ({ title: String(model.calendar.unit === "period" ? r.period : r.start), right: true }))];
    const rows = ROWS.map(([k, title]) => [title, ...recs.map((r) => (k === "projectedOnHand" ? String(r[k]) : num(r[k])))]);
    out += textTable(cols, rows) + "\n";
  }
  // planned orders, then the firm planned ones (as in the CSV), marked in a Firm column that is
  // there only when some order is firm; a Start column when some order is started for more than
  // it receives (assembly scrap on the order)
  const orders = [...result.plannedOrders, ...result.firmPlannedOrders].filter((o) => only === undefined || only.has(keyOf(o)));
  if (orders.length > 0) {
    const anyFirm = orders.some((o) => o.firm === true);
    const anyStart = orders.some((o) => o.startQuantity !== undefined);
    out += "Planned orders\n";
    out += textTable(
      [
        { title: "Order" },
        { title: "Item" },
        ...(net ? [{ title: "Location" }, { title: "Kind" }, { title: "Source" }, { title: "From" }] : []),
        { title: "Quantity", right: true },
        ...(anyStart ? [{ title: "Start", right: true }] : []),
        { title: "Release", right: true },
        { title: "Due", right: true },
        ...(anyFirm ? [{ title: "Firm" }] : []),
        { title: "Pegged to" },
      ],
      orders.map((o) => [
        o.id,
        o.item,
        ...(net ? [o.location ?? "", o.kind ?? "", o.source ?? "", o.supplier ?? o.shipFrom ?? ""] : []),
        String(o.quantity),
        ...(anyStart ? [String(o.startQuantity ?? o.quantity)] : []),
        String(o.release),
        String(o.due),
        ...(anyFirm ? [o.firm === true ? "firm" : ""] : []),
        o.pegging.map((p) => `${p.source} ${p.quantity}`).join(", "),
      ]),
    );
    out += "\n";
  }
  const ex = result.exceptions.filter((e) => only === undefined || only.has(keyOf(e)));
  out += ex.length === 0 ? "No action messages.\n" : `Action messages\n${ex.map((e) => `  ${e.kind.padEnd(18)} ${e.message}`).join("\n")}\n`;
  return out;
}

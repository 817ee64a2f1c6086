/**
 * `mrpkit level <model.json>`: finite leveling of the plan's capacity load: the leveled profile,
 * the operations moved earlier or not placed (and why: capacity or material), the releases moved
 * earlier, the operations material holds back, and the orders that will be late.
 */
import { levelLoad, plan, toCsv, type LevelResult } from "../../index.js";
import { choiceOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, LOCATION, locationOption } from "../options.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec } from "../types.js";
import { atLocation, csv as loadCsv, table as loadTable } from "./capacity.js";

const s = (v: number | string | null): string => (v === null ? "-" : String(v));

function tableText(r: LevelResult, unit: "period" | "day"): string {
  let out = r.workCenters.length === 0 ? "no work centers\n" : loadTable(r.workCenters, unit);
  out += "\nOperations moved or not placed\n";
  out +=
    r.operations.length === 0
      ? "(none: every operation runs as planned)\n"
      : textTable(
          [{ title: "Order" }, { title: "Item" }, { title: "Seq", right: true }, { title: "Work center" }, { title: "Hours", right: true }, { title: "From", right: true }, { title: "To", right: true }, { title: "Unplaced", right: true }, { title: "Reason" }],
          r.operations.map((o) => [o.order, o.item, String(o.seq), o.workCenter, String(o.hours), s(o.from), s(o.to), String(o.unplaced), o.reason ?? ""]),
        );
  if (r.releases.length > 0) {
    out += "\nReleases moved earlier\n" + textTable([{ title: "Order" }, { title: "Item" }, { title: "From", right: true }, { title: "To", right: true }], r.releases.map((o) => [o.order, o.item, s(o.from), s(o.to)]));
  }
  if (r.materialHolds.length > 0) {
    out +=
      "\nHeld back by material\n" +
      textTable(
        [{ title: "Order" }, { title: "Item" }, { title: "Seq", right: true }, { title: "Work center" }, { title: "Component" }, { title: "Quantity", right: true }, { title: "Earliest", right: true }, { title: "Unplaced", right: true }],
        r.materialHolds.map((h) => [h.order, h.item, String(h.seq), h.workCenter, h.component, String(h.quantity), s(h.earliest), String(h.unplaced)]),
      );
  }
  out += `\nUnplaced hours: ${r.unplaced}\n`;
  if (r.lateOrders.length > 0) {
    out +=
      "\nLate orders\n" +
      textTable([{ title: "Order" }, { title: "Item" }, { title: "Due", right: true }, { title: "Unplaced", right: true }, { title: "Reason" }], r.lateOrders.map((o) => [o.order, o.item, s(o.due), String(o.unplaced), o.reason]));
  }
  return out;
}

const TABLES = ["operations", "load", "late", "releases", "holds"] as const;

function csvText(r: LevelResult, which: (typeof TABLES)[number], unit: "period" | "day"): string {
  if (which === "load") return loadCsv(r.workCenters, unit);
  if (which === "late") return toCsv(["order", "item", "due", "unplaced", "reason"], r.lateOrders.map((o) => [o.order, o.item, o.due, o.unplaced, o.reason]));
  if (which === "releases") return toCsv(["order", "item", "from", "to"], r.releases.map((o) => [o.order, o.item, o.from, o.to]));
  if (which === "holds") {
    return toCsv(
      ["order", "item", "seq", "workCenter", "component", "quantity", "earliest", "unplaced"],
      r.materialHolds.map((h) => [h.order, h.item, h.seq, h.workCenter, h.component, h.quantity, h.earliest, h.unplaced]),
    );
  }
  return toCsv(
    ["order", "item", "seq", "workCenter", "hours", "from", "to", "unplaced", "reason"],
    r.operations.map((o) => [o.order, o.item, o.seq, o.workCenter, o.hours, o.from, o.to, o.unplaced, o.reason ?? null]),
  );
}

/**
 * The leveling of the work centers at `location` and of the items planned there (an item of a
 * network is named `ITEM@LOCATION`, and a location id holds no `@`).
 */
function atLocationOnly(r: LevelResult, location: string): LevelResult {
  const here = (item: string) => item.slice(item.lastIndexOf("@") + 1) === location;
  const workCenters = atLocation(r.workCenters, location);
  const centers = new Set(workCenters.map((w) => w.id));
  return {
    ...r,
    workCenters,
    operations: r.operations.filter((o) => centers.has(o.workCenter)),
    releases: r.releases.filter((o) => here(o.item)),
    materialHolds: r.materialHolds.filter((h) => centers.has(h.workCenter)),
    lateOrders: r.lateOrders.filter((o) => here(o.item)),
  };
}

/** The `level` command. */
export const levelCommand: CommandSpec = {
  name: "level",
  summary: "finite leveling: move overloaded hours earlier into free capacity, never before the material; the leveled load, the moved operations and releases, what material holds back, the late orders; --format json (default), table or csv",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "table", "csv"],
  options: {
    bucket: BUCKET,
    location: LOCATION,
    table: { type: "string", value: "operations|load|late|releases|holds", help: "with --format csv: which table (default operations)" },
  },
  run(args, io) {
    const which = choiceOption(args, "table", TABLES, "operations");
    if (args.options.has("table") && args.format !== "csv") throw new UsageError("--table applies to --format csv only");
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    const location = locationOption(args, model);
    const all = levelLoad(plan(model), { bucket });
    const r = location === undefined ? all : atLocationOnly(all, location);
    const unit = model.calendar.unit;
    if (args.format === "json") io.stdout(JSON.stringify(r, null, 2) + "\n");
    else if (args.format === "csv") io.stdout(csvText(r, which, unit));
    else io.stdout(tableText(r, unit));
    return 0;
  },
};

/**
 * `mrpkit level <model.json>`: finite leveling of the plan's capacity load: the leveled profile,
 * the operations moved earlier or not placed, and the orders that will be late.
 */
import { levelLoad, plan, toCsv, type LevelResult } from "../../index.js";
import { choiceOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption } from "../options.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec } from "../types.js";
import { csv as loadCsv, table as loadTable } from "./capacity.js";

const s = (v: number | string | null): string => (v === null ? "-" : String(v));

function tableText(r: LevelResult, unit: "period" | "day"): string {
  let out = r.workCenters.length === 0 ? "no work centers\n" : loadTable(r.workCenters, unit);
  out += "\nOperations moved or not placed\n";
  out +=
    r.operations.length === 0
      ? "(none: every operation runs as planned)\n"
      : textTable(
          [{ title: "Order" }, { title: "Item" }, { title: "Seq", right: true }, { title: "Work center" }, { title: "Hours", right: true }, { title: "From", right: true }, { title: "To", right: true }, { title: "Unplaced", right: true }],
          r.operations.map((o) => [o.order, o.item, String(o.seq), o.workCenter, String(o.hours), s(o.from), s(o.to), String(o.unplaced)]),
        );
  out += `\nUnplaced hours: ${r.unplaced}\n`;
  if (r.lateOrders.length > 0) {
    out += "\nLate orders\n" + textTable([{ title: "Order" }, { title: "Item" }, { title: "Due", right: true }, { title: "Unplaced", right: true }], r.lateOrders.map((o) => [o.order, o.item, s(o.due), String(o.unplaced)]));
  }
  return out;
}

function csvText(r: LevelResult, which: "operations" | "load" | "late", unit: "period" | "day"): string {
  if (which === "load") return loadCsv(r.workCenters, unit);
  if (which === "late") return toCsv(["order", "item", "due", "unplaced"], r.lateOrders.map((o) => [o.order, o.item, o.due, o.unplaced]));
  return toCsv(
    ["order", "item", "seq", "workCenter", "hours", "from", "to", "unplaced"],
    r.operations.map((o) => [o.order, o.item, o.seq, o.workCenter, o.hours, o.from, o.to, o.unplaced]),
  );
}

/** The `level` command. */
export const levelCommand: CommandSpec = {
  name: "level",
  summary: "finite leveling: move overloaded hours earlier into free capacity; the leveled load, the moved operations, the late orders; --format json (default), table or csv",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "table", "csv"],
  options: {
    bucket: BUCKET,
    table: { type: "string", value: "operations|load|late", help: "with --format csv: which table (default operations)" },
  },
  run(args, io) {
    const which = choiceOption(args, "table", ["operations", "load", "late"] as const, "operations");
    if (args.options.has("table") && args.format !== "csv") throw new UsageError("--table applies to --format csv only");
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    const r = levelLoad(plan(model), { bucket });
    const unit = model.calendar.unit;
    if (args.format === "json") io.stdout(JSON.stringify(r, null, 2) + "\n");
    else if (args.format === "csv") io.stdout(csvText(r, which, unit));
    else io.stdout(tableText(r, unit));
    return 0;
  },
};

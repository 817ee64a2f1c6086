/**
 * `mrpkit atp <model.json> <item> [--location L] [--format json|table] [--bucket day|week]`: the
 * available-to-promise line of an item (an end item, or a component sold as a spare part), at
 * location L of a model with locations.
 */
import { availableToPromise, plan, type AtpBucket } from "../../index.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, itemAt, LOCATION, locationOption } from "../options.js";
import { textTable } from "../textTable.js";
import type { CliIO, CommandSpec, ParsedArgs } from "../types.js";

const num = (x: number): string => (x === 0 ? "" : String(x));

/**
 * The ATP grid: one column per bucket; discrete ATP blank where it is not computed; the dependent
 * demand row only when the parents' orders need the item.
 */
function table(item: string, buckets: readonly AtpBucket[], heading: string): string {
  const cols = [{ title: heading }, ...buckets.map((b) => ({ title: String(b.period ?? b.start), right: true }))];
  const rows = [
    ["Master schedule", ...buckets.map((b) => num(b.mps))],
    ["Customer orders", ...buckets.map((b) => num(b.customerOrders))],
    ...(buckets.some((b) => b.dependentDemand > 0) ? [["Dependent demand", ...buckets.map((b) => num(b.dependentDemand))]] : []),
    ["Available to promise", ...buckets.map((b, k) => (k === 0 || b.mps > 0 ? String(b.discreteAtp) : ""))],
    ["Cumulative ATP", ...buckets.map((b) => String(b.cumulativeAtp))],
  ];
  return `Available to promise of ${item}\n${textTable(cols, rows)}`;
}

function run(args: ParsedArgs, io: CliIO): number {
  const format = args.format;
  const [file, item] = args.positionals as [string, string];
  const model = loadModel(io, file);
  // like `plan`: a table of a day calendar reads best by week, JSON keeps every working day
  const bucket = bucketOption(args, model, format === "table" && model.calendar.unit === "day" ? "week" : "day");
  const r = availableToPromise(plan(model), itemAt(item, locationOption(args, model)), { bucket });
  if (format === "json") io.stdout(JSON.stringify({ item: r.item, buckets: r.buckets }, null, 2) + "\n");
  else io.stdout(table(r.item, r.buckets, model.calendar.unit === "period" ? "Period" : bucket === "week" ? "Week of" : "Day"));
  return 0;
}

/** The `atp` command. */
export const atpCommand: CommandSpec = {
  name: "atp",
  summary: "available-to-promise of an item: master schedule, customer orders, dependent demand, discrete and cumulative ATP; --format json (default) or table",
  positionals: "<model.json> <item>",
  arity: [2, 2],
  formats: ["json", "table"],
  options: { bucket: BUCKET, location: LOCATION },
  run,
};

/**
 * `mrpkit capacity <model.json> [--bucket day|week] [--bom] [--delimiter ,|;|tab] [--format json|table|csv]`:
 * the plan's load profile per work center, ranked by peak utilization.
 */
import { plan, planCapacity, toCsv, type CsvWriteOptions, type WorkCenterLoad } from "../../index.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, CSV_BOM, CSV_DELIMITER, csvWriteOptions, itemAt, LOCATION, locationOption } from "../options.js";
import { textTable } from "../textTable.js";
import type { CommandSpec } from "../types.js";

/** Utilization as a percentage for people (display only), `-` when there is load on no capacity. */
function percent(u: number | null): string {
  return u === null ? "-" : `${Math.round(u * 1000) / 10}%`;
}

/**
 * Load profiles for people: per work center a heading line (a work center at a location named
 * `WORKCENTER@LOCATION`), then one row per bucket (also used by `rough-cut` and `level`).
 */
export function table(workCenters: readonly WorkCenterLoad[], unit: "period" | "day"): string {
  const out: string[] = [];
  workCenters.forEach((w, k) => {
    const n = w.overloads.length;
    const head = `${itemAt(w.id, w.location)}  peak utilization ${percent(w.peakUtilization)}${k === 0 && n > 0 ? "  (bottleneck)" : ""}  ${n} overloaded bucket${n === 1 ? "" : "s"}`;
    const rows = w.buckets.map((b) => [
      String(unit === "period" ? b.period : b.start),
      String(b.load),
      String(b.available),
      percent(b.utilization),
      b.load > b.available ? "OVERLOAD" : "",
      b.orders.join(" "),
    ]);
    out.push(
      head +
        "\n" +
        textTable(
          [
            { title: unit === "period" ? "Period" : "Start" },
            { title: "Load", right: true },
            { title: "Available", right: true },
            { title: "Utilization", right: true },
            { title: "Status" },
            { title: "Orders" },
          ],
          rows,
        ),
    );
  });
  return out.join("\n");
}

/**
 * Load profiles as CSV, one row per work center and bucket (also used by `rough-cut` and `level`);
 * a `location` column after the work center when some work center stands at a location.
 */
export function csv(workCenters: readonly WorkCenterLoad[], unit: "period" | "day", options: CsvWriteOptions = {}): string {
  const located = workCenters.some((w) => w.location !== undefined);
  const rows = workCenters.flatMap((w) =>
    w.buckets.map((b) => [w.id, ...(located ? [w.location ?? null] : []), (unit === "period" ? b.period : b.start) ?? null, b.load, b.available, b.utilization, b.load > b.available, b.orders.join(" ")]),
  );
  return toCsv(["workCenter", ...(located ? ["location"] : []), unit === "period" ? "period" : "start", "load", "available", "utilization", "overload", "orders"], rows, options);
}

/**
 * The work centers standing at `--location` (those without a location serve every location and
 * are left out), or all of them without the option.
 *
 * @param workCenters - the load profiles
 * @param location - the checked `--location`, or undefined
 * @returns the profiles kept, in their order
 */
export function atLocation(workCenters: readonly WorkCenterLoad[], location: string | undefined): readonly WorkCenterLoad[] {
  return location === undefined ? workCenters : workCenters.filter((w) => w.location === location);
}

/** The `capacity` command. */
export const capacityCommand: CommandSpec = {
  name: "capacity",
  summary: "load profile per work center (capacity requirements planning), bottleneck first; --format json (default), table or csv",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "table", "csv"],
  options: { bucket: BUCKET, location: LOCATION, bom: CSV_BOM, delimiter: CSV_DELIMITER },
  run(args, io) {
    const format = args.format;
    const csvOptions = csvWriteOptions(args);
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    const location = locationOption(args, model);
    const workCenters = atLocation(planCapacity(plan(model), { bucket }).workCenters, location);
    const unit = model.calendar.unit;
    if (format === "json") io.stdout(JSON.stringify({ workCenters }, null, 2) + "\n");
    else if (format === "csv") io.stdout(csv(workCenters, unit, csvOptions));
    else io.stdout(workCenters.length === 0 ? `no work centers${location === undefined ? "" : ` at ${location}`}\n` : table(workCenters, unit));
    return 0;
  },
};

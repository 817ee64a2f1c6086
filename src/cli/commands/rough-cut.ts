/**
 * `mrpkit rough-cut <model.json>`: rough-cut capacity, the master schedule alone loaded on the
 * work centers through each end item's bill of resources, bottleneck first.
 */
import { planRoughCutCapacity } from "../../index.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption, LOCATION, locationOption } from "../options.js";
import type { CommandSpec } from "../types.js";
import { atLocation, csv, table } from "./capacity.js";

/** The `rough-cut` command. */
export const roughCutCommand: CommandSpec = {
  name: "rough-cut",
  summary: "rough-cut capacity: the master schedule alone on the work centers (bill of resources), bottleneck first; --format json (default), table or csv",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["json", "table", "csv"],
  options: { bucket: BUCKET, location: LOCATION },
  run(args, io) {
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    const location = locationOption(args, model);
    const workCenters = atLocation(planRoughCutCapacity(model, { bucket }).workCenters, location);
    const unit = model.calendar.unit;
    if (args.format === "json") io.stdout(JSON.stringify({ workCenters }, null, 2) + "\n");
    else if (args.format === "csv") io.stdout(csv(workCenters, unit));
    else io.stdout(workCenters.length === 0 ? `no work centers${location === undefined ? "" : ` at ${location}`}\n` : table(workCenters, unit));
    return 0;
  },
};

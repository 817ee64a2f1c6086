/**
 * `mrpkit report <model.json> [-o report.html] [--title T] [--bucket day|week]`: the plan as one
 * self-contained HTML page (MRP grid, action messages, pegging, BOM trees, capacity charts).
 */
import { plan, renderReport } from "../../index.js";
import { stringOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption } from "../options.js";
import type { CommandSpec } from "../types.js";

/** The `report` command. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "the plan as one self-contained HTML page (grid, action messages, pegging, BOM trees, capacity charts); -o writes it to a file",
  positionals: "<model.json>",
  arity: [1, 1],
  options: {
    title: { type: "string", value: "T", help: "the page's title" },
    bucket: BUCKET,
  },
  run(args, io) {
    const title = stringOption(args, "title");
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    // The CLI is the edge that may read the clock: the page says when it was made.
    const html = renderReport(plan(model), { bucket, generated: io.today(), ...(title === undefined ? {} : { title }) });
    io.stdout(html);
    return 0;
  },
};

/**
 * `mrpkit report <model.json> [-o report.html] [--title T] [--bucket day|week]`: the plan as one
 * self-contained HTML page (MRP grid, action messages, pegging, BOM trees, capacity charts).
 */
import { plan } from "../../mrp/plan.js";
import { renderReport } from "../../io/renderReport.js";
import { checkOptions, choiceOption, expectPositionals, stringOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import type { CommandSpec } from "../types.js";

const USAGE = "mrpkit report <model.json> [-o report.html] [--title T] [--bucket day|week]";

/** The `report` command. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "the plan as one self-contained HTML page (grid, action messages, pegging, BOM trees, capacity charts); -o writes it to a file",
  usage: USAGE,
  flags: [],
  run(args, io) {
    checkOptions(args, ["output", "title", "bucket"]);
    expectPositionals(args, 1, 1, USAGE);
    const output = stringOption(args, "output");
    const title = stringOption(args, "title");
    const bucket = choiceOption(args, "bucket", ["day", "week"] as const, "day");
    const model = loadModel(io, args.positionals[0]!, "text");
    if (model === undefined) return 1;
    // The CLI is the edge that may read the clock: the page says when it was made.
    const html = renderReport(plan(model), { bucket, generated: io.today(), ...(title === undefined ? {} : { title }) });
    if (output === undefined || output === "-") io.stdout(html);
    else io.writeText(output, html);
    return 0;
  },
};

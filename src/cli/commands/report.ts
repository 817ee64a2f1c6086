/**
 * `mrpkit report <model.json> [-o report.html] [--title T] [--bucket day|week] [--lang en|zh-CN]`:
 * the plan as one self-contained HTML page (what to act on, action messages, MRP grid, pegging,
 * BOM trees, capacity charts).
 */
import { plan, renderReport } from "../../index.js";
import { choiceOption, stringOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { BUCKET, bucketOption } from "../options.js";
import type { CommandSpec } from "../types.js";

/** The `report` command. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary:
    "the plan as one self-contained HTML page (what to act on, action messages, grid, pegging, BOM trees, capacity charts); -o writes it to a file",
  positionals: "<model.json>",
  arity: [1, 1],
  options: {
    title: { type: "string", value: "T", help: "the page's title" },
    bucket: BUCKET,
    lang: { type: "string", value: "en|zh-CN", help: "the page's language: English (default) or simplified Chinese" },
  },
  run(args, io) {
    const title = stringOption(args, "title");
    const lang = choiceOption(args, "lang", ["en", "zh-CN"] as const, "en");
    const model = loadModel(io, args.positionals[0]!);
    const bucket = bucketOption(args, model, "day");
    // The CLI is the edge that may read the clock: the page says when it was made.
    const html = renderReport(plan(model), { bucket, lang, generated: io.today(), ...(title === undefined ? {} : { title }) });
    io.stdout(html);
    return 0;
  },
};

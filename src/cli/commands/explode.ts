/**
 * `mrpkit explode <model.json> <item> [--summarized] [--qty N] [--date D] [--format table|json|mermaid|dot]`:
 * the indented or summarized BOM of an item (SPEC sections 4 and 9), or its graph as a Mermaid
 * flowchart or a Graphviz digraph.
 */
import { explode, type ExplodeOptions } from "../../bom/explode.js";
import { bomToDot } from "../../io/bomToDot.js";
import { bomToMermaid } from "../../io/bomToMermaid.js";
import { InvalidOptionError } from "../../errors/InvalidOptionError.js";
import { MrpError } from "../../errors/MrpError.js";
import { tickLabel } from "../../model/calendar.js";
import type { Model } from "../../model/Model.js";
import { checkOptions, choiceOption, expectPositionals, numberOption, stringOption } from "../args.js";
import { loadModel, printError } from "../loadModel.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec, type ParsedArgs } from "../types.js";

const USAGE = "mrpkit explode <model.json> <item> [--summarized] [--qty N] [--date D] [--format table|json|mermaid|dot]";

/**
 * Reads `--date`: a whole period number in period mode; in day mode the text is passed on and
 * the library checks it is a real ISO date.
 */
export function dateOption(args: ParsedArgs, model: Model): number | string | undefined {
  const v = stringOption(args, "date");
  if (v === undefined || model.calendar.unit === "day") return v;
  if (!/^-?\d+$/.test(v.trim())) {
    throw new UsageError(`--date must be a period number: the model's calendar counts periods (got '${v}')`);
  }
  return Number(v);
}

function run(args: ParsedArgs, io: Parameters<CommandSpec["run"]>[1]): number {
  checkOptions(args, ["summarized", "qty", "date", "format"]);
  expectPositionals(args, 2, 2, USAGE);
  const format = choiceOption(args, "format", ["table", "json", "mermaid", "dot"] as const, "table");
  const quantity = numberOption(args, "qty");
  const [file, item] = args.positionals as [string, string];
  const model = loadModel(io, file, format);
  if (model === undefined) return 1;
  const date = dateOption(args, model);
  const options: ExplodeOptions = {
    ...(quantity === undefined ? {} : { quantity }),
    ...(date === undefined ? {} : { date }),
  };
  const summarized = args.options.get("summarized") === true;
  try {
    if (format === "mermaid" || format === "dot") {
      // a graph has no quantities to extend: one node per item, quantity per on the edges
      for (const name of ["summarized", "qty"]) {
        if (args.options.has(name)) throw new UsageError(`--${name} does not apply to --format ${format}`);
      }
      const graphOptions = date === undefined ? {} : { date };
      io.stdout(format === "mermaid" ? bomToMermaid(model, item, graphOptions) : bomToDot(model, item, graphOptions));
      return 0;
    }
    const asOf = date === undefined ? tickLabel(model.calendar, 0) : date;
    const asOfText = typeof asOf === "number" ? `period ${asOf}` : asOf;
    if (summarized) {
      const r = explode(model, item, { ...options, summarized: true });
      if (format === "json") {
        io.stdout(JSON.stringify({ item: r.item, quantity: r.quantity, components: r.components }, null, 2) + "\n");
      } else {
        io.stdout(`Summarized explosion of ${r.item}, quantity ${r.quantity}, as of ${asOfText}\n\n`);
        io.stdout(textTable([{ title: "Item" }, { title: "Quantity", right: true }], r.components.map((c) => [c.item, String(c.quantity)])));
      }
    } else {
      const r = explode(model, item, { ...options, summarized: false });
      if (format === "json") {
        const lines = r.lines.map((l) => ({ level: l.level, path: l.path, item: l.item, quantityPer: l.quantityPer, quantity: l.quantity, phantom: l.phantom }));
        io.stdout(JSON.stringify({ item: r.item, quantity: r.quantity, lines }, null, 2) + "\n");
      } else {
        io.stdout(`Indented explosion of ${r.item}, quantity ${r.quantity}, as of ${asOfText}\n\n`);
        io.stdout(
          textTable(
            [{ title: "Level", right: true }, { title: "Item" }, { title: "Qty per", right: true }, { title: "Quantity", right: true }, { title: "Phantom" }],
            r.lines.map((l) => [String(l.level), "  ".repeat(l.level - 1) + l.item, String(l.quantityPer), String(l.quantity), l.phantom ? "phantom" : ""]),
          ),
        );
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof InvalidOptionError) {
      throw new UsageError(`${e.code === "invalid_date" ? "--date" : "--qty"}: ${String(e.message).replace(/^[a-z]+: /, "")}`);
    }
    if (e instanceof MrpError) {
      printError(io, format, e);
      return 1;
    }
    throw e;
  }
}

/** The `explode` command. */
export const explodeCommand: CommandSpec = {
  name: "explode",
  summary: "indented BOM of an item (--summarized: total per component); --format table (default), json, or mermaid / dot for a diagram",
  usage: USAGE,
  flags: ["summarized"],
  run,
};

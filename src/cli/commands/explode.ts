/**
 * `mrpkit explode <model.json> <item> [--summarized] [--qty N] [--date D] [--format table|json|mermaid|dot]`:
 * the indented or summarized BOM of an item, or its graph as a Mermaid
 * flowchart or a Graphviz digraph.
 */
import { bomToDot, bomToMermaid, explode, formatPlanDate, InvalidOptionError, type ExplodeOptions } from "../../index.js";
import { decimalOption, flagOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { DATE, dateOption, itemAt, LOCATION, locationOption } from "../options.js";
import { textTable } from "../textTable.js";
import { UsageError, type CliIO, type CommandSpec, type ParsedArgs } from "../types.js";

function run(args: ParsedArgs, io: CliIO): number {
  const format = args.format;
  const qty = decimalOption(args, "qty");
  const quantity = qty === undefined ? undefined : Number(qty);
  const [file, given] = args.positionals as [string, string];
  const model = loadModel(io, file);
  const item = itemAt(given, locationOption(args, model));
  const date = dateOption(args, model);
  const options: ExplodeOptions = {
    ...(quantity === undefined ? {} : { quantity }),
    ...(date === undefined ? {} : { date }),
  };
  const summarized = flagOption(args, "summarized");
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
    const asOf = date ?? formatPlanDate(model, 0);
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
      throw new UsageError(`${e.code === "invalid_date" ? "--date" : "--qty"}: ${e.message.replace(/^[a-z]+: /, "")}`);
    }
    throw e;
  }
}

/** The `explode` command. */
export const explodeCommand: CommandSpec = {
  name: "explode",
  summary: "indented BOM of an item (--summarized: total per component); --format table (default), json, or mermaid / dot for a diagram",
  positionals: "<model.json> <item>",
  arity: [2, 2],
  formats: ["table", "json", "mermaid", "dot"],
  options: {
    summarized: { type: "boolean", help: "the total quantity per component instead of the indented tree" },
    qty: { type: "string", value: "N", help: "explode N units (default 1)" },
    date: DATE,
    location: LOCATION,
  },
  run,
};

/**
 * `mrpkit where-used <model.json> <item> [--multi-level] [--format table|json]`: the parents of
 * an item, or every path up to the end items.
 */
import { whereUsed } from "../../index.js";
import { flagOption } from "../args.js";
import { loadModel } from "../loadModel.js";
import { itemAt, LOCATION, locationOption } from "../options.js";
import { textTable } from "../textTable.js";
import type { CliIO, CommandSpec, ParsedArgs } from "../types.js";

function run(args: ParsedArgs, io: CliIO): number {
  const format = args.format;
  const [file, given] = args.positionals as [string, string];
  const model = loadModel(io, file);
  const item = itemAt(given, locationOption(args, model));
  const multiLevel = flagOption(args, "multi-level");
  const r = whereUsed(model, item, { multiLevel });
  if (format === "json") {
    const parents = r.parents.map((p) => ({ level: p.level, path: p.path, item: p.item, quantityPer: p.quantityPer, endItem: p.endItem }));
    io.stdout(JSON.stringify({ item: r.item, parents }, null, 2) + "\n");
  } else {
    io.stdout(`${multiLevel ? "Multi-level where-used" : "Where-used"} of ${r.item}\n\n`);
    if (r.parents.length === 0) {
      io.stdout("(no parents: an end item)\n");
    } else {
      io.stdout(
        textTable(
          [{ title: "Level", right: true }, { title: "Parent" }, { title: "Qty per", right: true }, { title: "End item" }],
          r.parents.map((p) => [String(p.level), "  ".repeat(p.level - 1) + p.item, String(p.quantityPer), p.endItem ? "end item" : ""]),
        ),
      );
    }
  }
  return 0;
}

/** The `where-used` command. */
export const whereUsedCommand: CommandSpec = {
  name: "where-used",
  summary: "parents of an item (--multi-level: every path up to the end items); --format table (default) or json",
  positionals: "<model.json> <item>",
  arity: [2, 2],
  formats: ["table", "json"],
  options: { "multi-level": { type: "boolean", help: "every path up to the end items, not only the parents" }, location: LOCATION },
  run,
};

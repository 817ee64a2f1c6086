/**
 * `mrpkit where-used <model.json> <item> [--multi-level] [--format table|json]`: the parents of
 * an item, or every path up to the end items (SPEC sections 4 and 9).
 */
import { whereUsed } from "../../bom/whereUsed.js";
import { checkOptions, choiceOption, expectPositionals } from "../args.js";
import { loadModel } from "../loadModel.js";
import { textTable } from "../textTable.js";
import type { CliIO, CommandSpec, ParsedArgs } from "../types.js";

const USAGE = "mrpkit where-used <model.json> <item> [--multi-level] [--format table|json]";

function run(args: ParsedArgs, io: CliIO): number {
  checkOptions(args, ["multi-level", "format"]);
  expectPositionals(args, 2, 2, USAGE);
  const format = choiceOption(args, "format", ["table", "json"] as const, "table");
  const [file, item] = args.positionals as [string, string];
  const model = loadModel(io, file, format);
  if (model === undefined) return 1;
  const multiLevel = args.options.get("multi-level") === true;
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
  usage: USAGE,
  flags: ["multi-level"],
  run,
};

/**
 * `mrpkit cost <model.json> [item] [--location L] [--bom] [--delimiter ,|;|tab] [--format json|table|csv]`:
 * the cost roll-up of one item or of every item (at location L of a model with locations).
 */
import { rollupCost, toCsv, type CostRollup } from "../../index.js";
import { loadModel } from "../loadModel.js";
import { CSV_BOM, CSV_DELIMITER, csvWriteOptions, LOCATION, locationOption, selectedItems } from "../options.js";
import { textTable } from "../textTable.js";
import type { CommandSpec } from "../types.js";

const FIELDS = ["unitCost", "material", "setup", "labour", "outsourced"] as const;

function table(items: readonly CostRollup[]): string {
  const num = [{ title: "Unit cost", right: true }, { title: "Material", right: true }, { title: "Setup", right: true }, { title: "Labour", right: true }, { title: "Outsourced", right: true }];
  let out = textTable([{ title: "Item" }, ...num], items.map((r) => [r.id, ...FIELDS.map((f) => String(r[f]))]));
  const [one] = items;
  if (items.length === 1 && one !== undefined) {
    if (one.levels !== undefined) {
      out += "\nBy level\n" + textTable([{ title: "Level", right: true }, { title: "Material", right: true }, { title: "Setup", right: true }, { title: "Labour", right: true }, { title: "Outsourced", right: true }, { title: "Total", right: true }],
        one.levels.map((l) => [String(l.level), String(l.material), String(l.setup), String(l.labour), String(l.outsourced), String(l.total)]));
    }
    if (one.components.length > 0) {
      out += "\nComponents\n" + textTable([{ title: "Item" }, { title: "Quantity", right: true }, { title: "Unit cost", right: true }, { title: "Contribution", right: true }],
        one.components.map((c) => [c.item, String(c.quantity), String(c.unitCost), String(c.contribution)]));
    }
  }
  return out;
}

/** The `cost` command. */
export const costCommand: CommandSpec = {
  name: "cost",
  summary: "cost roll-up (material, setup, labour, outsourced) of an item or of every item; --format json (default), table or csv",
  positionals: "<model.json> [item]",
  arity: [1, 2],
  formats: ["json", "table", "csv"],
  options: { location: LOCATION, bom: CSV_BOM, delimiter: CSV_DELIMITER },
  run(args, io) {
    const format = args.format;
    const csvOptions = csvWriteOptions(args);
    const [file, item] = args.positionals as [string, string | undefined];
    const model = loadModel(io, file);
    // an item at one location is rolled up with its levels; several (an item at every location
    // that plans it, or everything at a location) are listed
    const keys = selectedItems(model, item, locationOption(args, model));
    const items =
      keys === undefined ? rollupCost(model) : keys.size === 1 && item !== undefined ? rollupCost(model, { item: [...keys][0]! }) : rollupCost(model).filter((r) => keys.has(r.id));
    if (format === "json") {
      const out = items.map((r) => ({ id: r.id, unitCost: r.unitCost, material: r.material, setup: r.setup, labour: r.labour, outsourced: r.outsourced }));
      io.stdout(JSON.stringify({ items: out }, null, 2) + "\n");
    } else if (format === "csv") {
      io.stdout(toCsv(["id", ...FIELDS], items.map((r) => [r.id, ...FIELDS.map((f) => r[f])]), csvOptions));
    } else {
      io.stdout(table(items));
    }
    return 0;
  },
};

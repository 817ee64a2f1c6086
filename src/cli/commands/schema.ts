import { modelJsonSchema } from "../../model/defineModel.js";
import { priceBookJsonSchema } from "../../pricing/priceBookJsonSchema.js";
import { checkOptions, expectPositionals } from "../args.js";
import type { CommandSpec } from "../types.js";

/** `mrpkit schema [--price-book]`: the JSON Schema of the model (or of the price book). */
export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "print the JSON Schema of the model format (--price-book: of the price book)",
  usage: "mrpkit schema [--price-book]",
  flags: ["price-book"],
  run(args, io) {
    checkOptions(args, ["price-book"]);
    expectPositionals(args, 0, 0, this.usage);
    const schema = args.options.get("price-book") === true ? priceBookJsonSchema() : modelJsonSchema();
    io.stdout(JSON.stringify(schema, null, 2) + "\n");
    return 0;
  },
};

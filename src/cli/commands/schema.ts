import { modelJsonSchema, priceBookJsonSchema } from "../../index.js";
import { flagOption } from "../args.js";
import type { CommandSpec } from "../types.js";

/** `mrpkit schema [--price-book]`: the JSON Schema of the model (or of the price book). */
export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "print the JSON Schema of the model format (--price-book: of the price book)",
  positionals: "",
  arity: [0, 0],
  formats: ["json"],
  options: { "price-book": { type: "boolean", help: "the schema of the price book instead of the model" } },
  run(args, io) {
    const schema = flagOption(args, "price-book") ? priceBookJsonSchema() : modelJsonSchema();
    io.stdout(JSON.stringify(schema, null, 2) + "\n");
    return 0;
  },
};

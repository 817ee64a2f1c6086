import { checkOptions, choiceOption, expectPositionals } from "../args.js";
import { loadModel } from "../loadModel.js";
import type { CommandSpec } from "../types.js";

/** `mrpkit validate <model.json>`: nothing and exit 0, or every problem with its path and exit 1. */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "check a model; print every problem with its JSON path",
  usage: "mrpkit validate <model.json> [--format text|json]",
  flags: [],
  run(args, io) {
    checkOptions(args, ["format"]);
    expectPositionals(args, 1, 1, this.usage);
    const format = choiceOption(args, "format", ["text", "json"], "text");
    return loadModel(io, args.positionals[0]!, format) === undefined ? 1 : 0;
  },
};

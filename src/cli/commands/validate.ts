import { loadModel } from "../loadModel.js";
import type { CommandSpec } from "../types.js";

/**
 * `mrpkit validate <model.json>`: nothing and exit 0, or every problem with its path and exit 1
 * (as text on standard error, or with `--format json` as the error document on standard output).
 */
export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "check a model; print every problem with its JSON path",
  positionals: "<model.json>",
  arity: [1, 1],
  formats: ["text", "json"],
  options: {},
  run(args, io) {
    loadModel(io, args.positionals[0]!);
    return 0;
  },
};

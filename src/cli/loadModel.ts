/** Loading a model in a command: read, parse, validate; every problem at once. */
import { safeDefineModel, type Model } from "../index.js";
import { readJson } from "./input.js";
import { CliInputError, type CliIO } from "./types.js";

/**
 * Reads a model file (`-` for standard input) and validates it.
 *
 * @param io - the command's IO
 * @param path - the model file, or `-`
 * @returns the compiled model
 * @throws {@link CliInputError} for a file that cannot be read, an empty file or text that is not
 *   JSON (code `invalid_input`), or an invalid model (code `invalid_model`, with every problem)
 * @example
 * ```ts
 * const model = loadModel(io, args.positionals[0]!);
 * ```
 */
export function loadModel(io: CliIO, path: string): Model {
  const name = path === "-" ? "standard input" : path;
  const r = safeDefineModel(readJson(io, path));
  if (r.success) return r.data;
  const n = r.error.issues.length;
  throw new CliInputError(`${name}: invalid model: ${n} problem${n === 1 ? "" : "s"}`, "invalid_model", r.error.issues);
}

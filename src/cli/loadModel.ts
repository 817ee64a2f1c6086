/**
 * Loading a model in a command: read, parse, validate, and on failure print every problem the
 * way the chosen format asks for (SPEC section 9: problems on stderr, JSON with `--format json`).
 */
import { formatIssues, type Issue } from "../errors/Issue.js";
import { MrpError } from "../errors/MrpError.js";
import { safeDefineModel } from "../model/defineModel.js";
import type { Model } from "../model/Model.js";
import { readJson } from "./input.js";
import { CliInputError, type CliIO } from "./types.js";

/**
 * Reads a model file (`-` for standard input) and validates it. On any problem — a file that
 * cannot be read, an empty file, text that is not JSON, an invalid model — writes it to stderr
 * and returns `undefined`; the command then returns exit code 1.
 *
 * With `format` `"json"` stderr gets one JSON object `{ "issues": [{ path, code, message }] }`
 * (unreadable or unparsable input is one issue at path `[]` with code `invalid_input`);
 * otherwise a header line and one line per problem, `path: message (code)`.
 *
 * @param io - the command's IO
 * @param path - the model file, or `-`
 * @param format - the command's output format
 * @returns the compiled model, or `undefined` when a problem was printed
 * @example
 * ```ts
 * const model = loadModel(io, args.positionals[0]!, format);
 * if (model === undefined) return 1;
 * ```
 */
export function loadModel(io: CliIO, path: string, format: string): Model | undefined {
  const name = path === "-" ? "standard input" : path;
  let json: unknown;
  try {
    json = readJson(io, path);
  } catch (e) {
    if (!(e instanceof CliInputError) || format !== "json") throw e;
    printIssues(io, format, name, [{ path: [], code: "invalid_input", message: e.message }]);
    return undefined;
  }
  const r = safeDefineModel(json);
  if (r.success) return r.data;
  printIssues(io, format, name, r.error.issues);
  return undefined;
}

/** Writes problems to stderr: `{ "issues": [...] }` for `json`, readable lines otherwise. */
export function printIssues(io: CliIO, format: string, name: string, issues: readonly Issue[]): void {
  if (format === "json") {
    io.stderr(JSON.stringify({ issues: issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) }) + "\n");
    return;
  }
  const n = issues.length;
  io.stderr(`mrpkit: ${name}: invalid model: ${n} problem${n === 1 ? "" : "s"}\n${formatIssues(issues)}\n`);
}

/**
 * Writes an error a command cannot answer (an unknown item, say) to stderr: as
 * `{ "error": { code, message, details } }` for `json`, as `mrpkit: message` otherwise.
 *
 * @param io - the command's IO
 * @param format - the command's output format
 * @param error - the error
 */
export function printError(io: CliIO, format: string, error: MrpError): void {
  if (format === "json") {
    io.stderr(JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }) + "\n");
  } else {
    io.stderr(`mrpkit: ${error.message}\n`);
  }
}

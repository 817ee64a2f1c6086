/**
 * Shared types of the command line: every command is a function of its parsed arguments and an
 * IO object, so tests drive commands without spawning processes.
 */

/** Parsed command line: positionals after the command name, and `--name value` options. */
export interface ParsedArgs {
  readonly command: string;
  readonly positionals: readonly string[];
  /** `--flag` maps to `true`; `--name value` and `--name=value` map to the string. */
  readonly options: ReadonlyMap<string, string | true>;
}

/** The outside world as a command sees it. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for `-`. Throws {@link CliInputError} when it cannot. */
  readText(pathOrDash: string): string;
  /** Writes a file (for `-o`). */
  writeText(path: string, text: string): void;
  /** Today's date as `YYYY-MM-DD` (the CLI is the only place that reads the clock). */
  today(): string;
}

/** Wrong use of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Input that could not be read or parsed (missing file, not JSON): exit code 1. */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
}

/** A command: returns the process exit code (0 done, 1 invalid input, 2 usage). */
export type Command = (args: ParsedArgs, io: CliIO) => number;

/** A command's entry in the registry. */
export interface CommandSpec {
  readonly name: string;
  /** One line for `mrpkit --help`. */
  readonly summary: string;
  /** Usage line, e.g. `mrpkit plan <model.json> [--format json|csv|table|summary]`. */
  readonly usage: string;
  /** Options that take no value. */
  readonly flags: readonly string[];
  /** The format used without `--format` (errors are printed as JSON when it is `"json"`). */
  readonly defaultFormat?: string;
  readonly run: Command;
}

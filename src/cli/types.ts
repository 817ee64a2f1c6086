/**
 * Shared types of the command line: every command is a function of its parsed arguments and an
 * IO object, so tests drive commands without spawning processes.
 */

import type { Issue } from "../index.js";

/** Parsed command line: positionals after the command name, and `--name value` options. */
export interface ParsedArgs {
  readonly command: string;
  readonly positionals: readonly string[];
  /** `--flag` maps to `true`; `--name value` and `--name=value` map to the string. */
  readonly options: ReadonlyMap<string, string | true>;
  /** The output format: `--format`, or the command's default; `""` for a command without formats. */
  readonly format: string;
}

/** The outside world as a command sees it. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or standard input for `-`. Throws {@link CliInputError} when it cannot. */
  readText(pathOrDash: string): string;
  /**
   * Reads a file's bytes, or standard input's for `-`: CSV import decodes them itself, to find the
   * encoding and refuse what is not UTF-8. Optional: without it, `readText`'s text is used.
   * Throws {@link CliInputError} when it cannot.
   */
  readBytes?(pathOrDash: string): Uint8Array;
  /**
   * Writes a file (for `-o`): the text, or the pieces one after another (an output longer than a
   * string can be). Throws {@link CliInputError} when it cannot.
   */
  writeText(path: string, text: string | readonly string[]): void;
  /** Today's date as `YYYY-MM-DD` (the CLI is the only place that reads the clock). */
  today(): string;
  /**
   * Where a long run draws its one-line progress indicator, with a monotonic clock in
   * milliseconds: present only when standard error is a terminal, so pipes and CI logs get none.
   */
  readonly progress?: { line(text: string): void; clear(): void; now(): number };
}

/** Wrong use of the command line: exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Input that could not be read, parsed or validated (a missing file, text that is not JSON, an
 * invalid model): exit code 1. `code` is `invalid_input` unless given; `issues` lists the problems
 * of a document that was read but is not valid.
 */
export class CliInputError extends Error {
  override readonly name = "CliInputError";
  /** Stable machine code, e.g. `invalid_input` or `invalid_model`. */
  readonly code: string;
  /** Every problem with its path, or none. */
  readonly issues: readonly Issue[];

  /**
   * @param message - one sentence, naming the file
   * @param code - stable machine code (default `invalid_input`)
   * @param issues - the problems, each with its path
   */
  constructor(message: string, code = "invalid_input", issues: readonly Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** A command: returns the process exit code (0 done, 1 invalid input, 2 usage). */
export type Command = (args: ParsedArgs, io: CliIO) => number;

/** One option of a command, declared once: parsed with `util.parseArgs` and listed in `--help`. */
export interface OptionSpec {
  /** `"boolean"` for a flag, `"string"` for an option with a value. */
  readonly type: "string" | "boolean";
  /** A one-letter alias (`-o`). */
  readonly short?: string;
  /** The value's placeholder in the usage line, e.g. `N` or `day|week`. */
  readonly value?: string;
  /** One line for `--help`. */
  readonly help: string;
  /** Shown in brackets in the usage line unless required. */
  readonly required?: boolean;
}

/** A command's entry in the registry. */
export interface CommandSpec {
  readonly name: string;
  /** One line for `mrpkit --help`. */
  readonly summary: string;
  /** The positionals in the usage line, e.g. `<model.json> [item]`. */
  readonly positionals: string;
  /** How many positionals the command takes: `[min, max]`. */
  readonly arity: readonly [min: number, max: number];
  /**
   * The output formats, default first; the `--format` option is declared from it. Without it
   * the command has no `--format`.
   */
  readonly formats?: readonly string[];
  /** The command's own options (`--format`, `-o` and `--help` are added for every command). */
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly run: Command;
}

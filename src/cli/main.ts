import { formatIssues, MrpError, type Issue } from "../index.js";
import { closeSync, existsSync, openSync, readFileSync, realpathSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { helpOf, parseCommandArgs, stringOption, usageOf, wantsJson } from "./args.js";
import { commands } from "./commands/index.js";
import { CliInputError, UsageError, type CliIO } from "./types.js";

function help(): string {
  const lines = ["mrpkit — MRP/BOM planning from the command line", "", "usage: mrpkit <command> <model.json> [options]   ('-' reads standard input)", "", "commands:"];
  for (const c of commands.values()) lines.push(`  ${usageOf(c)}`, `      ${c.summary}`);
  lines.push("", "mrpkit <command> --help describes a command's options.", "exit codes: 0 done, 1 invalid input, 2 usage");
  return lines.join("\n") + "\n";
}

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The version of the installed package: read from the nearest `package.json` named `mrpkit`
 * above this file (`dist/cli.js` in the package, `src/cli/main.ts` in a clone).
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "mrpkit" && typeof pkg.version === "string") return pkg.version;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("package.json of mrpkit not found");
    dir = up;
  }
}

/** A failure as the error contract prints it. */
interface Failure {
  readonly exit: number;
  readonly code: string;
  readonly message: string;
  readonly issues: readonly Issue[];
  /** The text for standard error, after `mrpkit: `. */
  readonly text: string;
}

function failureOf(e: unknown): Failure {
  if (e instanceof UsageError) return { exit: 2, code: "usage", message: e.message, issues: [], text: e.message };
  if (e instanceof CliInputError) {
    const text = e.issues.length > 0 ? `${e.message}\n${formatIssues(e.issues)}` : e.message;
    return { exit: 1, code: e.code, message: e.message, issues: e.issues, text };
  }
  if (e instanceof MrpError) {
    const found = (e as { issues?: unknown }).issues ?? e.details["issues"];
    const issues = Array.isArray(found) ? (found as Issue[]) : [];
    // the library's message lists the problems after its first line; the issues carry them
    const message = issues.length > 0 ? e.message.split("\n")[0]! : e.message;
    return { exit: 1, code: e.code, message, issues, text: e.message };
  }
  const message = `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return { exit: 70, code: "internal", message, issues: [], text: message };
}

/**
 * Prints a failure by the error contract: one JSON document `{ "error": { code, message, issues } }`
 * on standard output when `--format json` was asked for, otherwise `mrpkit: message` on standard
 * error followed by one line per problem.
 */
function printFailure(io: CliIO, json: boolean, f: Failure): void {
  if (json) {
    const issues = f.issues.map((i) => ({ path: i.path, code: i.code, message: i.message }));
    io.stdout(JSON.stringify({ error: { code: f.code, message: f.message, issues } }) + "\n");
  } else {
    io.stderr(`mrpkit: ${f.text}\n`);
  }
}

/** Runs the CLI with the given arguments and IO; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIO): number {
  const spec = commands.get(argv[0] ?? "");
  const json = wantsJson(spec, argv.slice(1));
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      if (argv.length === 0) io.stderr(help());
      else io.stdout(help());
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === "--version") {
      io.stdout(packageVersion() + "\n");
      return 0;
    }
    if (!spec) throw new UsageError(`unknown command '${argv[0]!}' (see mrpkit --help)`);
    const args = parseCommandArgs(spec, argv.slice(1));
    if (args.options.has("help")) {
      io.stdout(helpOf(spec));
      return 0;
    }
    const output = stringOption(args, "output");
    if (output === undefined || output === "-") return spec.run(args, io);
    // -o: the whole output goes to the file, and only when the command succeeds
    const pieces: string[] = [];
    const code = spec.run(args, { ...io, stdout: (t) => void pieces.push(t) });
    if (code === 0) io.writeText(output, pieces);
    return code;
  } catch (e) {
    const f = failureOf(e);
    printFailure(io, json, f);
    return f.exit;
  }
}

/** Reads a file (or standard input for `-`); what goes wrong becomes a {@link CliInputError} naming it. */
function readInput(path: string): Buffer {
  try {
    return path === "-" ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const what = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message;
    throw new CliInputError(`${path === "-" ? "standard input" : path}: ${what}`);
  }
}

/** The process's IO. */
export const nodeIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readText: (path) => readInput(path).toString("utf8"),
  readBytes: (path) => readInput(path),
  writeText(path, text) {
    try {
      if (typeof text === "string") writeFileSync(path, text);
      else {
        const fd = openSync(path, "w");
        try {
          for (const piece of text) writeSync(fd, piece);
        } finally {
          closeSync(fd);
        }
      }
    } catch (e) {
      const code = (e as { code?: string }).code;
      const what = code === "ENOENT" ? "no such directory" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
      throw new CliInputError(`${path}: cannot write the output: ${what}`, "cannot_write");
    }
  },
  today: todayIso,
  // a terminal's standard error is written synchronously, so the line shows while a plan runs
  ...(process.stderr.isTTY
    ? {
        progress: {
          line: (t: string) => void process.stderr.write(`\r${t}\x1b[K`),
          clear: () => void process.stderr.write("\r\x1b[K"),
          now: () => performance.now(),
        },
      }
    : {}),
};

/**
 * Ends the program quietly, with exit code 0, when the reader of its standard output goes away
 * (`mrpkit plan big.json --format csv | head -1`): the reader has what it wanted. Other stream
 * errors end it with a sentence on standard error and exit code 1.
 *
 * @param stream - standard output
 * @param exit - how to end the process
 * @param stderr - where to write other errors
 */
export function endQuietlyOnClosedPipe(
  stream: { on(event: "error", listener: (e: Error & { code?: string }) => void): unknown },
  exit: (code: number) => void,
  stderr: (text: string) => void,
): void {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") {
      exit(0);
      return;
    }
    stderr(`mrpkit: cannot write the output: ${e.message}\n`);
    exit(1);
  });
}

/** Whether this file is the program being run (not imported by a test or a script). */
function isMain(): boolean {
  const arg = process.argv[1];
  if (arg === undefined) return false;
  try {
    return realpathSync(arg) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code), (t) => void process.stderr.write(t));
  process.exitCode = runCli(process.argv.slice(2), nodeIO);
}

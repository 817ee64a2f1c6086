import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "./args.js";
import { commands } from "./commands/index.js";
import { CliInputError, UsageError, type CliIO } from "./types.js";
import { MrpError } from "../errors/MrpError.js";
import { printError } from "./loadModel.js";

function help(): string {
  const lines = ["mrpkit — MRP/BOM planning from the command line", "", "usage: mrpkit <command> <model.json> [options]   ('-' reads standard input)", "", "commands:"];
  for (const c of commands.values()) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push("", "exit codes: 0 done, 1 invalid input, 2 usage");
  return lines.join("\n") + "\n";
}

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Runs the CLI with the given arguments and IO; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: CliIO): number {
  let format: string | true | undefined;
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      (argv.length === 0 ? io.stderr : io.stdout)(help());
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === "--version") {
      io.stdout("0.1.0\n");
      return 0;
    }
    const spec = commands.get(argv[0]!);
    if (!spec) throw new UsageError(`unknown command '${argv[0]}' (see mrpkit --help)`);
    const args = parseArgs(argv, new Set([...spec.flags, "help"]));
    format = args.options.get("format") ?? spec.defaultFormat;
    if (args.options.get("help") === true) {
      io.stdout(`usage: ${spec.usage}\n${spec.summary}\n`);
      return 0;
    }
    return spec.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`mrpkit: ${e.message}\n`);
      return 2;
    }
    if (e instanceof MrpError) {
      // a question the input cannot answer (an unknown item, say): as JSON for machines
      printError(io, format === "json" ? "json" : "text", e);
      return 1;
    }
    if (e instanceof CliInputError) {
      io.stderr(`mrpkit: ${e.message}\n`);
      return 1;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`mrpkit: internal error: ${msg}\n`);
    return 70;
  }
}

/** The process's IO. */
export const nodeIO: CliIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readText(path) {
    try {
      return path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
    } catch (e) {
      const code = (e as { code?: string }).code;
      const what = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message;
      throw new CliInputError(`${path === "-" ? "standard input" : path}: ${what}`);
    }
  },
  writeText(path, text) {
    writeFileSync(path, text);
  },
  today: todayIso,
};

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
  process.exitCode = runCli(process.argv.slice(2), nodeIO);
}

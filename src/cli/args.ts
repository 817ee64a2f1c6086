import { UsageError, type ParsedArgs } from "./types.js";

/**
 * Parses `mrpkit <command> [positionals] [--name value | --name=value | --flag]`.
 * `-` alone is a positional (standard input). Options listed in `flags` take no value.
 */
export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("missing command");
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (name === "") throw new UsageError(`bad option '${arg}'`);
      if (eq >= 0) {
        options.set(name, arg.slice(eq + 1));
      } else if (flags.has(name)) {
        options.set(name, true);
      } else {
        const value = rest[i + 1];
        if (value === undefined || (value.startsWith("--") && value.length > 2)) {
          throw new UsageError(`option --${name} needs a value`);
        }
        options.set(name, value);
        i++;
      }
    } else if (arg === "-o") {
      const value = rest[i + 1];
      if (value === undefined) throw new UsageError("option -o needs a value");
      options.set("output", value);
      i++;
    } else {
      positionals.push(arg);
    }
  }
  return { command, positionals, options };
}

/** A string option, or the default; `--name` given as a bare flag is a usage error. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`option --${name} needs a value`);
  return v;
}

/** One of a fixed set of values, or the default. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")} (got '${v}')`);
  }
  return v as T;
}

/** A finite number option, or undefined. */
export function numberOption(args: ParsedArgs, name: string): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number (got '${v}')`);
  return n;
}

/** Rejects options the command does not know, so typos do not pass silently. */
export function checkOptions(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name} for '${args.command}'`);
  }
}

/** Exactly `n` positionals (or between min and max). */
export function expectPositionals(args: ParsedArgs, min: number, max: number, usage: string): void {
  if (args.positionals.length < min || args.positionals.length > max) {
    throw new UsageError(`usage: ${usage}`);
  }
}

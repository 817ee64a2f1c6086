/**
 * Command-line parsing: each command declares its options once ({@link CommandSpec.options});
 * Node's `util.parseArgs` reads them strictly, and the same declarations print `--help`.
 */
import { parseArgs as nodeParseArgs } from "node:util";
import { UsageError, type CommandSpec, type OptionSpec, type ParsedArgs } from "./types.js";

/** `-o FILE`, on every command. */
const OUTPUT: OptionSpec = { type: "string", short: "o", value: "FILE", help: "write the output to FILE instead of standard output ('-': standard output)" };
/** `--help`, on every command. */
const HELP: OptionSpec = { type: "boolean", short: "h", help: "print this help" };

/** Every option of a command: its own, then `--format`, `-o` and `--help`. */
export function optionsOf(spec: CommandSpec): [string, OptionSpec][] {
  const all: [string, OptionSpec][] = Object.entries(spec.options);
  if (spec.formats !== undefined) {
    all.push(["format", { type: "string", value: spec.formats.join("|"), help: `output format (default ${spec.formats[0]!})` }]);
  }
  all.push(["output", OUTPUT], ["help", HELP]);
  return all;
}

function optionUsage(name: string, o: OptionSpec): string {
  const flag = o.short !== undefined && name === "output" ? `-${o.short}` : `--${name}`;
  return o.type === "boolean" ? flag : `${flag} ${o.value ?? "VALUE"}`;
}

/** The usage line, e.g. `mrpkit cost <model.json> [item] [--format json|table|csv] [-o FILE]`. */
export function usageOf(spec: CommandSpec): string {
  const parts = [`mrpkit ${spec.name}`];
  if (spec.positionals !== "") parts.push(spec.positionals);
  for (const [name, o] of optionsOf(spec)) {
    if (name === "help") continue;
    parts.push(o.required === true ? optionUsage(name, o) : `[${optionUsage(name, o)}]`);
  }
  return parts.join(" ");
}

/** `mrpkit <command> --help`: the usage line, the summary, one line per option. */
export function helpOf(spec: CommandSpec): string {
  const rows = optionsOf(spec).map(([name, o]) => {
    const flag = o.type === "boolean" ? `--${name}` : `--${name} ${o.value ?? "VALUE"}`;
    return [o.short === undefined ? `    ${flag}` : `-${o.short}, ${flag}`, o.help + (o.required === true ? " (required)" : "")] as const;
  });
  const w = Math.max(...rows.map(([f]) => f.length));
  return `usage: ${usageOf(spec)}\n${spec.summary}\n\noptions:\n${rows.map(([f, h]) => `  ${f.padEnd(w)}  ${h}`).join("\n")}\n`;
}

/** The option named in one of `util.parseArgs`'s messages, e.g. `'--frobnicate'`. */
function optionIn(message: string): string {
  return /'(-{1,2}[^' ,]+)/.exec(message)?.[1] ?? "?";
}

/**
 * Parses the arguments after the command name with `util.parseArgs` (strict): an unknown option
 * is called unknown, an option without its value says so, a flag given a value is refused. Checks
 * the number of positionals and the required options, and reads `--format`.
 *
 * @param spec - the command
 * @param argv - the arguments after the command name
 * @returns the parsed arguments
 * @throws {@link UsageError} for any misuse
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const declared = optionsOf(spec);
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, o] of declared) config[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = nodeParseArgs({ args: [...argv], options: config, strict: true, allowPositionals: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = optionIn(message);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${option} for '${spec.name}'`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      if (message.includes("does not take an argument")) throw new UsageError(`option ${option} takes no value`);
      if (message.includes("ambiguous")) throw new UsageError(`option ${option} is followed by '${argv[argv.indexOf(option) + 1] ?? ""}': write ${option}=VALUE for a value that starts with '-'`);
      throw new UsageError(`option ${option.replace(/^-o$/, "-o")} needs a value`);
    }
    throw new UsageError(message);
  }
  const options = new Map<string, string | true>();
  for (const [name] of declared) {
    const v = parsed.values[name];
    if (v === true || typeof v === "string") options.set(name, v);
  }
  const args: ParsedArgs = { command: spec.name, positionals: parsed.positionals, options, format: "" };
  if (options.has("help")) return args;
  const [min, max] = spec.arity;
  if (args.positionals.length < min || args.positionals.length > max) throw new UsageError(`usage: ${usageOf(spec)}`);
  for (const [name, o] of declared) {
    if (o.required === true && (options.get(name) ?? "") === "") throw new UsageError(`option --${name} is required\nusage: ${usageOf(spec)}`);
  }
  const format = spec.formats === undefined ? "" : choiceOption(args, "format", spec.formats, spec.formats[0]!);
  return { ...args, format };
}

/**
 * Whether the arguments ask for `--format json` on a command that has it: errors are then one
 * JSON document on standard output. Read from the raw arguments, so that a usage error found
 * while parsing them is answered in JSON too.
 */
export function wantsJson(spec: CommandSpec | undefined, argv: readonly string[]): boolean {
  if (spec?.formats?.includes("json") !== true) return false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--format") json = argv[++i] === "json";
    else if (a.startsWith("--format=")) json = a === "--format=json";
  }
  return json;
}

/** A string option, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return v === true ? undefined : v;
}

/** Whether a flag was given. */
export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

/** One of a fixed set of values, or the default. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")} (got '${v}')`);
  }
  return v as T;
}

/** The one syntax of numbers on the command line: decimal, optionally signed, optionally with an exponent. */
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/;

/**
 * Reads a number exactly, as a decimal string: `12`, `2.5`, `-3`, `1e3` (→ `1000`), `2.5E-1`
 * (→ `0.25`). Text without an exponent is returned as written; an exponent is expanded.
 *
 * @param text - the option's text
 * @returns the decimal string, or undefined when the text is not a number
 */
export function decimalText(text: string): string | undefined {
  const m = NUMBER.exec(text);
  if (m === null) return undefined;
  const [, sign, int = "", frac = "", exp] = m;
  if (int === "" && frac === "") return undefined;
  if (exp === undefined && sign !== "+" && int !== "") return text.endsWith(".") ? text.slice(0, -1) : text;
  let digits = int + frac;
  let point = int.length + Number(exp ?? 0);
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  const abs = fraction === "" ? whole : `${whole}.${fraction}`;
  return sign === "-" && /[1-9]/.test(abs) ? `-${abs}` : abs;
}

/** A number option as an exact decimal string (see {@link decimalText}), or undefined. */
export function decimalOption(args: ParsedArgs, name: string): string | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const d = decimalText(v);
  if (d === undefined) throw new UsageError(`--${name} must be a number such as 12, 2.5 or 1e3 (got '${v}')`);
  return d;
}

/** A number option, or undefined: the same syntax as {@link decimalOption}. */
export function numberOption(args: ParsedArgs, name: string): number | undefined {
  const d = decimalOption(args, name);
  return d === undefined ? undefined : Number(d);
}

/** A whole-number option, or undefined: the same syntax, and a whole value. */
export function integerOption(args: ParsedArgs, name: string): number | undefined {
  const n = numberOption(args, name);
  if (n !== undefined && !Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number (got '${stringOption(args, name)!}')`);
  return n;
}

/** Refuses an option the chosen format cannot honour. */
export function refuseWith(args: ParsedArgs, name: string, reason: string): void {
  if (args.options.has(name)) throw new UsageError(`--${name} ${reason}`);
}

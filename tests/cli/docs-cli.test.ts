/**
 * The examples of docs/cli.md are real: every `$ mrpkit ...` line of a text block is run through
 * runCli on the repository's files, and its output (after `| head -N` or `| tail -N`) is the text
 * the page shows below it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { usageOf } from "../../src/cli/args.ts";
import { commands } from "../../src/cli/commands/index.ts";
import { runCli } from "../../src/cli/main.ts";
import { CliInputError, type CliIO } from "../../src/cli/types.ts";

const root = new URL("../../", import.meta.url);
const page = readFileSync(new URL("docs/cli.md", root), "utf8");

/** The page's `bad.json`, which is not in the repository. */
const files: Record<string, string> = {
  "bad.json": JSON.stringify({
    calendar: { periods: 0 },
    items: [
      { id: "A", source: "made" },
      { id: "A", source: "buy" },
    ],
    bom: [{ parent: "A", child: "X", quantity: 0 }],
  }),
};

/** `[command line, shown output]` of every example. */
function examples(): [string, string][] {
  const out: [string, string][] = [];
  for (const block of page.matchAll(/```text\n([\s\S]*?)```/g)) {
    let current: [string, string[]] | undefined;
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ mrpkit ")) {
        if (current) out.push([current[0], current[1].join("\n")]);
        current = [line.slice(2), []];
      } else if (current) current[1].push(line);
    }
    if (current) out.push([current[0], current[1].join("\n")]);
  }
  return out;
}

/** Splits a shell line into words; the docs' lines quote nothing. */
function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => w !== "");
}

/** A file's bytes, as the CLI reads them: the page's own files, or the repository's. */
function readBytes(path: string): Uint8Array {
  if (Object.hasOwn(files, path)) return new TextEncoder().encode(files[path]!);
  try {
    return new Uint8Array(readFileSync(new URL(path, root)));
  } catch {
    throw new CliInputError(`${path}: no such file`);
  }
}

function run(commandLine: string): string {
  const [command, ...pipe] = commandLine.split(" | ");
  const argv = words(command!).slice(1);
  let text = "";
  const io: CliIO = {
    stdout: (t) => void (text += t),
    stderr: (t) => void (text += t),
    readText: (path) => Buffer.from(readBytes(path)).toString("utf8"),
    readBytes,
    writeText() {
      throw new Error("the examples write no files");
    },
    today: () => "2026-03-01",
  };
  runCli(argv, io);
  let lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const step of pipe) {
    const [tool, n] = words(step) as [string, string];
    lines = tool === "head" ? lines.slice(0, Number(n.slice(1))) : lines.slice(-Number(n.slice(1)));
  }
  return lines.join("\n").replace(/\n+$/, "");
}

describe("docs/cli.md", () => {
  const all = examples();

  it("has examples for every command it adds", () => {
    const shown = new Set(all.map(([c]) => words(c)[1]));
    for (const name of ["plan", "atp", "explode", "where-used", "capacity", "rough-cut", "level", "cost", "quote", "rebate", "price-protection", "territories", "import"]) {
      expect(shown.has(name), name).toBe(true);
    }
  });

  it.each([...commands.keys()])("shows the usage line of %s as --help prints it", (name) => {
    expect(page).toContain(`\`${usageOf(commands.get(name)!)}\``);
  });

  it.each(all)("%s prints what the page shows", (commandLine, shown) => {
    expect(run(commandLine)).toBe(shown.replace(/\n+$/, ""));
  });
});

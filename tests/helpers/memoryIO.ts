/** An in-memory CliIO for driving commands in tests. */
import { CliInputError, type CliIO } from "../../src/cli/types.js";

/** A CliIO over in-memory files; `out()` and `err()` return what was written. */
export function memoryIO(files: Record<string, string>, options: { stdin?: string; today?: string } = {}): CliIO & { out(): string; err(): string; written: Map<string, string> } {
  let out = "";
  let err = "";
  const written = new Map<string, string>();
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readText(path) {
      if (path === "-") {
        if (options.stdin === undefined) throw new CliInputError("standard input: nothing to read");
        return options.stdin;
      }
      const f = Object.hasOwn(files, path) ? files[path] : written.get(path);
      if (f === undefined) throw new CliInputError(`${path}: no such file`);
      return f;
    },
    writeText(path, text) {
      written.set(path, typeof text === "string" ? text : text.join(""));
    },
    today: () => options.today ?? "2026-06-01",
    out: () => out,
    err: () => err,
    written,
  };
}

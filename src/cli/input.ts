import { CliInputError, type CliIO } from "./types.js";

/**
 * Reads and parses a JSON document; a missing file, an empty file or text that is not JSON
 * becomes a {@link CliInputError} naming the file and the place.
 */
export function readJson(io: CliIO, path: string): unknown {
  const text = io.readText(path);
  const name = path === "-" ? "standard input" : path;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new CliInputError(`${name}: the file is empty (expected a JSON document)`);
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const where = /position (\d+)/.exec(msg);
    let place = "";
    if (where) {
      const pos = Number(where[1]);
      const before = body.slice(0, pos);
      const line = before.split("\n").length;
      const col = pos - before.lastIndexOf("\n");
      place = ` at line ${line}, column ${col}`;
    }
    throw new CliInputError(`${name}: not valid JSON${place}: ${msg}`);
  }
}

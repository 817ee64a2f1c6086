/**
 * The progress line of `mrpkit plan`: drawn on a terminal once a run takes a second, silenced by
 * `--quiet`, never written where standard error is not a terminal (pipes, files, CI logs).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/types.js";
import { memoryIO } from "../helpers/memoryIO.js";

/** Three levels: A over B over C, demand on A. */
const model = JSON.stringify({
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make", leadTime: 1 },
    { id: "B", source: "make", leadTime: 1 },
    { id: "C", source: "buy", leadTime: 0 },
  ],
  bom: [
    { parent: "A", child: "B", quantity: 1 },
    { parent: "B", child: "C", quantity: 2 },
  ],
  demands: [{ id: "SO-1", item: "A", due: 4, quantity: 10 }],
});

/** A terminal whose clock advances `step` ms at every reading. */
function terminal(step: number): CliIO & { out(): string; err(): string; lines: string[]; cleared: number } {
  const io = memoryIO({ "m.json": model });
  let t = 0;
  const lines: string[] = [];
  const term = {
    ...io,
    lines,
    cleared: 0,
    progress: {
      line: (text: string) => void lines.push(text),
      clear: () => void term.cleared++,
      now: () => (t += step),
    },
  };
  return term;
}

describe("mrpkit plan progress", () => {
  it("draws items planned of the total and the time on a terminal once the run has taken a second, then erases the line", () => {
    const io = terminal(600);
    expect(runCli(["plan", "m.json", "--format", "summary"], io)).toBe(0);
    // a report after each level and one at the end, each reading the clock 0.6 s after the last:
    // the first (1 of 3, 0.6 s in) is too early to draw
    expect(io.lines).toEqual(["planning: 2 of 3 items, 1.2 s", "planning: 3 of 3 items, 1.8 s"]);
    expect(io.cleared).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ items: 3, plannedOrders: 3 });
    expect(io.err()).toBe("");
  });

  it("draws nothing for a run shorter than a second", () => {
    const io = terminal(100);
    expect(runCli(["plan", "m.json", "--format", "summary"], io)).toBe(0);
    expect(io.lines).toEqual([]);
    expect(io.cleared).toBe(0);
  });

  it("--quiet silences it on a terminal", () => {
    const io = terminal(600);
    expect(runCli(["plan", "m.json", "--format", "summary", "--quiet"], io)).toBe(0);
    expect(io.lines).toEqual([]);
    expect(io.cleared).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ items: 3 });
  });

  it("writes nothing to standard error when it is a pipe, however long the run", () => {
    const dir = mkdtempSync(join(tmpdir(), "mrpkit-progress-"));
    const file = join(dir, "m.json");
    writeFileSync(file, model);
    const cli = join(import.meta.dirname, "../../dist/cli.js");
    const r = spawnSync(process.execPath, [cli, "plan", file, "--format", "summary"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ items: 3, plannedOrders: 3 });
  });
});

/**
 * The runnable programs of `examples/` run as a user would run them (`npx tsx examples/...`), so
 * they never rot: each must exit 0 and print the lines its comments promise. A program added to
 * `examples/` without expectations here still has to run cleanly.
 *
 * The examples import the package by its name, `mrpkit`, as a user's code does. Outside the tests
 * that name resolves to the built package (`dist/`, through the package's own `exports`); here
 * tsconfig.test.json maps it to `src/index.ts`, so the examples run against the sources under test
 * and only what the package exports is reachable from them.
 */
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

/** Lines each known example must print (each checked as a substring of the output). */
const expected: ReadonlyMap<string, readonly string[]> = new Map([
  [
    "examples/plan-a-bicycle.ts",
    [
      "Planned order releases         0       5       0      15      20       0      10       0",
      "Projected on hand        1026.56 1026.56  200.96  200.16  200.16  200.76  200.76  200.76",
      "spokes#1            276  release 2  due 3  for wheel#2 275.04, wheel#3 0.96",
      "reschedule-out  spokes: reschedule open order PO-101 (500) out from period 1 to period 3, when it is first needed",
      "SO-2: 3.745098039 bicycle via spokes#1 <- wheel#2 <- bicycle#2",
    ],
  ],
  [
    "examples/what-if.ts",
    [
      "TABLE ATP (discrete/cumulative) before: 1:2/2 2:0/2 3:8/10 4:0/10 5:10/20 6:10/30",
      "TABLE ATP (discrete/cumulative) after:  1:2/2 2:0/2 3:0/2 4:0/2 5:10/12 6:10/22",
      "changed  TABLE due 4: 12 -> 24 (TABLE#3 is now TABLE#2), release 3 -> 3",
    ],
  ],
  [
    "examples/capacity-of-a-workshop.ts",
    [
      // each line whole (to its newline), the overload listed under its work center
      "FRAME x 10 due at tick 6: release at tick 4\n",
      "WELD: peak utilization 1.4, 1 overload(s)\n  period 5: 4.2 h on 3 h (FRAME#3)\n",
      "level: FRAME#3 op 20 on WELD starts in period 5 instead of 5, 1.2 h unplaced (material)\n",
      "held by material: FRAME#3 op 20 cannot run before period 5: it needs 25.2 TUBE\n",
      "unplaced hours: 1.2, late orders: FRAME#3 (material)\n",
      "CART unit cost 79.675: material 19.6, setup 8.425, labour 49.25, outsourced 2.4\n",
      "rough cut bottleneck: WELD at 1.4",
    ],
  ],
  [
    "examples/pricing/quote-and-rebate.ts",
    [
      "list      6 x ERP-STD: 39.00 USD",
      "rebate R2026: basis 12095.55, rate 0.03, rebate 362.87, accrued 241.91, settlement 120.96",
      "price protection: stock 80, bought in window 50, claim 35.00",
    ],
  ],
]);

/** Every `examples/*.ts` and `examples/<dir>/*.ts`, as repository paths. */
function examplePrograms(): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, "examples"), { withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith(".ts")) out.push(`examples/${e.name}`);
    else if (e.isDirectory()) {
      for (const f of readdirSync(join(root, "examples", e.name))) if (f.endsWith(".ts")) out.push(`examples/${e.name}/${f}`);
    }
  }
  return out.sort();
}

describe("examples", () => {
  const programs = examplePrograms();

  it("include every program with expectations", () => {
    for (const p of expected.keys()) expect(programs).toContain(p);
  });

  it("import the package by its name, never its sources", () => {
    const relative = programs.filter((p) => /from "\.\.?\//.test(readFileSync(join(root, p), "utf8")));
    expect(relative).toEqual([]);
  });

  it.concurrent.each(programs)("%s runs and prints what it promises", async (program) => {
    // execFile rejects on a non-zero exit code, with stderr in the error
    const env = { ...process.env, TSX_TSCONFIG_PATH: join(root, "tsconfig.test.json") };
    const { stdout } = await run(process.execPath, ["--import", "tsx", program], { cwd: root, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    expect(stdout.trim().length).toBeGreaterThan(0);
    for (const line of expected.get(program) ?? []) expect(stdout).toContain(line);
  });
});

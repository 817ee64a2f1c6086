// Side-by-side measurement of two builds end to end on the benchmark shapes, with the reference
// in the same rounds (docs/performance.md): reference, build A, build B, interleaved per round.
//
//   node bench/compare-builds.mjs OLD_DIST NEW_DIST [--items 100000] [--runs 3] [--shape light|dense]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { generateModel } from "./generate.mjs";
import { generateDenseModel } from "./generate-dense.mjs";

const [oldDist, newDist] = process.argv.slice(2);
const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const items = Number(arg("items", 100_000));
const runs = Number(arg("runs", 3));
const only = arg("shape", undefined);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");
const shapes = {
  light: [`bench/out/model-${items}.json`, () => generateModel({ items, seed: 1 })],
  dense: [`bench/out/dense-${items}.json`, () => generateDenseModel({ items, seed: 1 })],
};
mkdirSync("bench/out", { recursive: true });
function measure(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", "node", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) return { wall: NaN, mib: NaN, cpu: NaN, out: r.stderr.trim().split("\n").slice(-3).join(" ") };
  const [wall, kb, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, mib: kb / 1024, cpu: user + sys, out: r.stdout.trim() };
}
for (const [shape, [file, make]] of Object.entries(shapes)) {
  if (only !== undefined && shape !== only) continue;
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(make()));
  const rows = { reference: [], old: [], new: [] };
  const outs = {};
  const loads = [load()];
  for (let k = 0; k < runs; k++) {
    for (const [name, args] of [
      ["reference", ["bench/reference.mjs", file]],
      ["old", [`${oldDist}/cli.js`, "plan", file, "--format", "summary"]],
      ["new", [`${newDist}/cli.js`, "plan", file, "--format", "summary"]],
    ]) {
      const m = measure(args);
      rows[name].push(m);
      outs[name] = m.out;
    }
    loads.push(load());
  }
  console.log(`\n${shape}, ${items} items (${file}); load average before and after each round: ${loads.join(" | ")}`);
  const ref = median(rows.reference.map((r) => r.wall));
  const refCpu = median(rows.reference.map((r) => r.cpu));
  for (const [name, rs] of Object.entries(rows)) {
    const wall = median(rs.map((r) => r.wall));
    const cpu = median(rs.map((r) => r.cpu));
    // CPU time (user + system) is inflated less than wall time by other work on the machine
    console.log(`  ${name.padEnd(9)} ${wall.toFixed(2)} s (${rs.map((r) => r.wall.toFixed(2)).join(", ")}), CPU ${cpu.toFixed(2)} s, peak ${median(rs.map((r) => r.mib)).toFixed(0)} MiB, ${(wall / ref).toFixed(2)}x the reference (CPU ${(cpu / refCpu).toFixed(2)}x)  ${outs[name]}`);
  }
}

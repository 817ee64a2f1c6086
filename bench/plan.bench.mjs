// Planning benchmark (see docs/performance.md):
//   1. `mrpkit plan model.json --format summary` end to end, against the plain dense-array
//      reference netting of bench/reference.mjs (parse + netting only), as separate processes,
//      with wall time and peak memory (GNU time);
//   2. in process: defineModel, plan, and a net change of one demand (applyChanges + replan);
//   3. optionally (--million) a 1,000,000-item model end to end.
//
//   npm run build && node bench/plan.bench.mjs [--items 100000] [--runs 5] [--million]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { generateModel } from "./generate.mjs";

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const { defineModel, plan, replan, applyChanges, planSummary, planToJson } = lib;

const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};
const items = arg("items", 100_000);
const runs = arg("runs", 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync("bench/out", { recursive: true });
function modelFile(n) {
  const file = `bench/out/model-${n}.json`;
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(generateModel({ items: n, seed: 1 })));
  return file;
}

/** Wall seconds and peak RSS (MiB) of a command, by GNU time. */
function measure(cmd, args, extraEnv = {}) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...args], { encoding: "utf8", env: { ...process.env, ...extraEnv }, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, mib: kb / 1024, stdout: r.stdout.trim() };
}

const file = modelFile(items);
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`machine: ${cpus().length} x ${cpu}, node ${process.version}`);
const text = readFileSync(file, "utf8");
const json0 = JSON.parse(text);
console.log(`model: ${file} (${(text.length / 1e6).toFixed(1)} MB): ${json0.items.length} items, ${json0.bom.length} BOM lines, ${json0.demands.length} demands, ${json0.scheduledReceipts.length} open orders, ${json0.calendar.periods} periods`);

// 1. End to end, separate processes, interleaved.
const ref = [];
const cli = [];
let summary = "";
for (let k = 0; k < runs; k++) {
  ref.push(measure("node", ["bench/reference.mjs", file]));
  const m = measure("node", ["dist/cli.js", "plan", file, "--format", "summary"]);
  summary = m.stdout;
  cli.push(m);
}
const refWall = median(ref.map((r) => r.wall));
const cliWall = median(cli.map((r) => r.wall));
console.log(`reference netting: ${refWall.toFixed(2)} s, peak ${median(ref.map((r) => r.mib)).toFixed(0)} MiB`);
console.log(`mrpkit plan --format summary: ${cliWall.toFixed(2)} s, peak ${median(cli.map((r) => r.mib)).toFixed(0)} MiB  (${(cliWall / refWall).toFixed(2)}x the reference)`);
console.log(`summary: ${summary}`);

// 2. In process.
const t = (fn) => {
  const ms = [];
  let out;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), out };
};
const parse = t(() => JSON.parse(text));
const define = t(() => defineModel(parse.out));
const full = t(() => plan(define.out));
const model = define.out;
const target = model.data.demands[Math.floor(model.data.demands.length / 2)];
const edit = t(() => applyChanges(model, (d) => void (d.demands.find((x) => x.id === target.id).quantity += 5)));
// each net change starts from a fresh plan, as a planner's session would (a plan replanned twice
// from the same base has to copy its columns the second time)
const netMs = [];
let netOut;
for (let k = 0; k < runs; k++) {
  const base = plan(model);
  const t0 = performance.now();
  netOut = replan(base, edit.out.model, { patches: edit.out.patches });
  netMs.push(performance.now() - t0);
}
const net = { ms: median(netMs), out: netOut };
console.log(`in process: JSON.parse ${parse.ms.toFixed(0)} ms, defineModel ${define.ms.toFixed(0)} ms, plan ${full.ms.toFixed(0)} ms`);
console.log(`net change of one demand (${target.id} on ${target.item}): applyChanges ${edit.ms.toFixed(0)} ms, replan ${net.ms.toFixed(2)} ms = ${((100 * net.ms) / full.ms).toFixed(2)} % of a full plan`);
const same = JSON.stringify(planSummary(net.out)) === JSON.stringify(planSummary(plan(edit.out.model)));
console.log(`replan summary equals a full plan of the changed model: ${same}`);

// 3. A million items.
if (process.argv.includes("--million")) {
  const big = modelFile(1_000_000);
  const m = measure("node", ["--max-old-space-size=12288", "dist/cli.js", "plan", big, "--format", "summary"]);
  console.log(`1,000,000 items: ${m.wall.toFixed(1)} s, peak ${m.mib.toFixed(0)} MiB: ${m.stdout}`);
}
void execFileSync;
void planToJson;

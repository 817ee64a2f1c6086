// Planning benchmark (see docs/performance.md), on both benchmark shapes: the light model of
// bench/generate.mjs (~2.5 planned orders per item) and the dense one of bench/generate-dense.mjs
// (~17 per item, lot-for-lot dominant, many late releases):
//   1. `mrpkit plan model.json --format summary` end to end, against the plain dense-array
//      reference netting of bench/reference.mjs (parse + netting only), as separate processes,
//      interleaved, with wall time and peak memory (GNU time);
//   2. in process: JSON.parse, defineModel, plan (with its garbage-collection share, from a
//      perf_hooks GC observer), summarizePlan, and a net change of one demand (applyChanges + replan);
//   3. optionally (--million) both shapes at 1,000,000 items end to end, reference beside.
//
//   npm run build && node bench/plan.bench.mjs [--items 100000] [--runs 5] [--shape light|dense] [--million]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { generateModel } from "./generate.mjs";
import { generateDenseModel } from "./generate-dense.mjs";

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const { defineModel, plan, replan, applyChanges, summarizePlan } = lib;

const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const items = Number(arg("items", 100_000));
const runs = Number(arg("runs", 5));
const only = arg("shape", undefined);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

const shapes = {
  light: { file: (n) => `bench/out/model-${n}.json`, make: (n) => generateModel({ items: n, seed: 1 }) },
  dense: { file: (n) => `bench/out/dense-${n}.json`, make: (n) => generateDenseModel({ items: n, seed: 1 }) },
};

mkdirSync("bench/out", { recursive: true });
function modelFile(shape, n) {
  const file = shapes[shape].file(n);
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(shapes[shape].make(n)));
  return file;
}

/** Wall seconds and peak RSS (MiB) of a command, by GNU time. */
function measure(cmd, args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, mib: kb / 1024, stdout: r.stdout.trim() };
}

/** Reference and mrpkit end to end, interleaved, `n` rounds; medians. */
function endToEnd(file, n, nodeArgs = []) {
  const ref = [];
  const cli = [];
  let summary = "";
  let refSummary = "";
  for (let k = 0; k < n; k++) {
    const r = measure("node", [...nodeArgs, "bench/reference.mjs", file]);
    refSummary = r.stdout;
    ref.push(r);
    const m = measure("node", [...nodeArgs, "dist/cli.js", "plan", file, "--format", "summary"]);
    summary = m.stdout;
    cli.push(m);
  }
  const refWall = median(ref.map((r) => r.wall));
  const cliWall = median(cli.map((r) => r.wall));
  console.log(`  reference netting: ${refWall.toFixed(2)} s, peak ${median(ref.map((r) => r.mib)).toFixed(0)} MiB  ${refSummary}`);
  console.log(`  mrpkit plan --format summary: ${cliWall.toFixed(2)} s, peak ${median(cli.map((r) => r.mib)).toFixed(0)} MiB  (${(cliWall / refWall).toFixed(2)}x the reference)`);
  console.log(`  summary: ${summary}`);
  console.log(`  load average after: ${load()}`);
}

/** Median time of `fn` over `runs` runs, with the GC time spent inside it. */
async function timed(fn) {
  const ms = [];
  const gcShare = [];
  let out;
  for (let k = 0; k < runs; k++) {
    let gc = 0;
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gc += e.duration;
    });
    obs.observe({ entryTypes: ["gc"] });
    const t0 = performance.now();
    out = fn();
    const dt = performance.now() - t0;
    // GC entries reach the observer from the event loop: let it turn once before reading them
    await new Promise((resolve) => setTimeout(resolve, 10));
    obs.disconnect();
    ms.push(dt);
    gcShare.push(gc / dt);
  }
  return { ms: median(ms), gc: median(gcShare), out };
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, node ${process.version}, load average ${load()}`);
for (const shape of Object.keys(shapes)) {
  if (only !== undefined && shape !== only) continue;
  const file = modelFile(shape, items);
  const text = readFileSync(file, "utf8");
  const json0 = JSON.parse(text);
  console.log(`\n${shape}: ${file} (${(text.length / 1e6).toFixed(1)} MB): ${json0.items.length} items, ${json0.bom.length} BOM lines, ${json0.demands.length} demands, ${json0.scheduledReceipts.length} open orders, ${json0.calendar.periods} periods`);

  // 1. End to end, separate processes, interleaved.
  endToEnd(file, runs);

  // 2. In process.
  const parse = await timed(() => JSON.parse(text));
  const define = await timed(() => defineModel(parse.out));
  const full = await timed(() => plan(define.out));
  const sum = await timed(() => summarizePlan(full.out));
  const model = define.out;
  const target = model.data.demands[Math.floor(model.data.demands.length / 2)];
  const edit = await timed(() => applyChanges(model, (d) => void (d.demands.find((x) => x.id === target.id).quantity += 5)));
  // each net change starts from a fresh plan, as a planner's session would (a plan replanned twice
  // from the same base has to copy its columns the second time), a moment after it: a replan
  // timed right after a plan pays for collecting what the plan left behind, and swings by 4x
  const netMs = [];
  let netOut;
  for (let k = 0; k < Math.max(runs, 7); k++) {
    const base = plan(model);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const t0 = performance.now();
    netOut = replan(base, edit.out.model, { patches: edit.out.patches });
    netMs.push(performance.now() - t0);
  }
  const net = median(netMs);
  const pct = (x) => `${(100 * x).toFixed(1)} %`;
  console.log(`  in process: JSON.parse ${parse.ms.toFixed(0)} ms, defineModel ${define.ms.toFixed(0)} ms (GC ${pct(define.gc)}), plan ${full.ms.toFixed(0)} ms (GC ${pct(full.gc)}), summarizePlan ${sum.ms.toFixed(1)} ms`);
  console.log(`  net change of one demand (${target.id} on ${target.item}): applyChanges ${edit.ms.toFixed(0)} ms, replan ${net.toFixed(2)} ms = ${((100 * net) / full.ms).toFixed(2)} % of a full plan`);
  const same = JSON.stringify(summarizePlan(netOut)) === JSON.stringify(summarizePlan(plan(edit.out.model)));
  console.log(`  replan summary equals a full plan of the changed model: ${same}`);
}

// 3. A million items, each shape, reference beside.
if (process.argv.includes("--million")) {
  for (const shape of Object.keys(shapes)) {
    if (only !== undefined && shape !== only) continue;
    const big = modelFile(shape, 1_000_000);
    console.log(`\n${shape}, 1,000,000 items: ${big}`);
    endToEnd(big, 1);
  }
}

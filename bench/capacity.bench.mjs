// Capacity benchmark: the 100,000-item benchmark model with a routing on every made item (50
// work centers). Times plan(), then capacity(), level() and rollupCost() of every item on that
// plan, and checks that capacity() stays under the time of the plan itself.
//
//   npm run build && node bench/capacity.bench.mjs [--items 100000] [--runs 5]
//
// MRPKIT_DIST=path/to/index.js points it at another build of the library.
import { cpus } from "node:os";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateModel } from "./generate.mjs";

const distPath = process.env.MRPKIT_DIST ? pathToFileURL(resolve(process.env.MRPKIT_DIST)).href : new URL("../dist/index.js", import.meta.url).href;
const lib = await import(distPath);
for (const name of ["defineModel", "plan", "capacity", "level", "rollupCost"]) {
  if (typeof lib[name] !== "function") {
    console.error(`${distPath} does not export ${name}; build the library first (npm run build)`);
    process.exit(1);
  }
}
const { defineModel, plan, capacity, level, rollupCost } = lib;

const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
};
const items = arg("items", 100_000);
const runs = arg("runs", 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const ms = [];
  let out;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    out = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), out };
}

const json = generateModel({ items, seed: 1, routings: true });
const t0 = performance.now();
const model = defineModel(json);
const defineMs = performance.now() - t0;
const p = time(() => plan(model));
const result = p.out;
const c = time(() => capacity(result));
const l = time(() => level(result));
const r = time(() => rollupCost(model));

const orders = result.plannedOrders.length + result.firmPlannedOrders.length;
const overloads = c.out.workCenters.reduce((s, w) => s + w.overloads.length, 0);
const fmt = (x) => x.toFixed(0).padStart(6);
console.log(`machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown"}, node ${process.version}`);
console.log(`model: ${items} items, ${json.bom.length} BOM lines, ${json.routings.length} routings, ${json.workCenters.length} work centers; ${orders} orders`);
console.log(`median of ${runs} runs (ms):`);
console.log(`  defineModel  ${fmt(defineMs)}  (once)`);
console.log(`  plan         ${fmt(p.ms)}`);
console.log(`  capacity     ${fmt(c.ms)}  (${overloads} overloaded buckets; bottleneck ${c.out.workCenters[0]?.id} at ${Math.round((c.out.workCenters[0]?.peakUtilization ?? 0) * 100)}%)`);
console.log(`  level        ${fmt(l.ms)}  (${Math.round(l.out.unplaced)} h unplaced, ${l.out.lateOrders.length} late orders)`);
console.log(`  rollupCost   ${fmt(r.ms)}  (every item)`);
if (c.ms >= p.ms) {
  console.error(`capacity (${c.ms.toFixed(0)} ms) is not under plan (${p.ms.toFixed(0)} ms)`);
  process.exit(1);
}
console.log(`capacity / plan = ${(c.ms / p.ms).toFixed(2)}`);

// Supply-network benchmark (see docs/performance.md): 20,000 items at a plant and four
// distribution centers, 100,000 (item, location) pairs, from bench/generate-network.mjs. End to
// end, as separate processes, interleaved:
//   - the reference netting of bench/reference.mjs on the network written as one site (item
//     copies ITEM@DC tied by BOM lines, which is what the reference can read);
//   - `mrpkit plan network.json --format summary`, the network as locations and sources;
//   - `mrpkit plan flat.json --format summary`, the same network written as one site.
// The two mrpkit runs plan the same orders; the network run should keep the one-site run's ratio.
//
//   npm run build && node bench/network.bench.mjs [--items 20000] [--runs 3]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { generateNetwork } from "./generate-network.mjs";

const arg = (name, fallback) => {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : fallback;
};
const items = Number(arg("items", 20_000));
const runs = Number(arg("runs", 3));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

mkdirSync("bench/out", { recursive: true });
const netFile = `bench/out/network-${items}.json`;
const flatFile = `bench/out/network-flat-${items}.json`;
if (!existsSync(netFile) || !existsSync(flatFile)) {
  const { network, flat } = generateNetwork({ items, seed: 1 });
  writeFileSync(netFile, JSON.stringify(network));
  writeFileSync(flatFile, JSON.stringify(flat));
}

function measure(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", "node", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, mib: kb / 1024, stdout: r.stdout.trim() };
}

console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, node ${process.version}, load average ${load()}`);
console.log(`network: ${items} items x 5 locations = ${items * 5} (item, location) pairs`);
const rows = { ref: [], net: [], flat: [] };
let netSummary = "";
let flatSummary = "";
for (let k = 0; k < runs; k++) {
  rows.ref.push(measure(["bench/reference.mjs", flatFile]));
  const n = measure(["dist/cli.js", "plan", netFile, "--format", "summary"]);
  netSummary = n.stdout;
  rows.net.push(n);
  const f = measure(["dist/cli.js", "plan", flatFile, "--format", "summary"]);
  flatSummary = f.stdout;
  rows.flat.push(f);
}
const ref = median(rows.ref.map((r) => r.wall));
const show = (name, xs) => {
  const w = median(xs.map((r) => r.wall));
  console.log(`  ${name}: ${w.toFixed(2)} s, peak ${median(xs.map((r) => r.mib)).toFixed(0)} MiB (${(w / ref).toFixed(2)}x the reference)`);
};
console.log(`  reference netting (one-site form): ${ref.toFixed(2)} s, peak ${median(rows.ref.map((r) => r.mib)).toFixed(0)} MiB`);
show("mrpkit, the network (locations, sources)", rows.net);
show("mrpkit, the same network as one site", rows.flat);
console.log(`  network summary: ${netSummary}`);
console.log(`  one-site summary: ${flatSummary}`);
console.log(`  load average after: ${load()}`);

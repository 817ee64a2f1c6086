// Runs every benchmark in turn: planning, supply networks, capacity, pricing, pricing at scale. `npm run bench` builds
// first; `npm run bench -- --million` adds the 1,000,000-price book to the scale benchmark.
import { spawnSync } from "node:child_process";

for (const script of ["bench/plan.bench.mjs", "bench/network.bench.mjs", "bench/capacity.bench.mjs", "bench/pricing.bench.mjs", "bench/pricing-scale.bench.mjs"]) {
  console.log(`\n== ${script}`);
  const flags = script.includes("pricing") ? ["--expose-gc"] : [];
  const r = spawnSync("node", [...flags, script, ...process.argv.slice(2)], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

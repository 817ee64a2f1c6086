// Runs every benchmark in turn: planning, capacity, pricing. `npm run bench` builds first.
import { spawnSync } from "node:child_process";

for (const script of ["bench/plan.bench.mjs", "bench/capacity.bench.mjs", "bench/pricing.bench.mjs"]) {
  console.log(`\n== ${script}`);
  const r = spawnSync("node", [script, ...process.argv.slice(2)], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

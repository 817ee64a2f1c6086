// A one-demand net change against a full plan, on the 100,000-item model of each shape, for one
// or more builds in one process, alternated run by run (the fairest comparison on a shared
// machine): median wall and CPU time (process.cpuUsage) of `plan` and of `replan` after it.
//   node bench/replan-compare.mjs dist[,other-build-dir] [runs] [light|dense]
// Build directories are relative to the package root.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { generateModel } from "../bench/generate.mjs";
import { generateDenseModel } from "../bench/generate-dense.mjs";
const dists = process.argv[2].split(",");
const runs = Number(process.argv[3] ?? 5);
const onlyShape = process.argv[4];
const libs = [];
for (const d of dists) libs.push({ d, lib: await import(new URL(`../${d}/index.js`, import.meta.url).href) });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
mkdirSync("bench/out", { recursive: true });
const shapes = { light: ["bench/out/model-100000.json", () => generateModel({ items: 100000, seed: 1 })], dense: ["bench/out/dense-100000.json", () => generateDenseModel({ items: 100000, seed: 1 })] };
for (const [shape, [file, make]] of Object.entries(shapes)) {
  if (onlyShape && shape !== onlyShape) continue;
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(make()));
  const json = JSON.parse(readFileSync(file, "utf8"));
  const res = libs.map(() => ({ full: [], fullCpu: [], net: [], netCpu: [] }));
  const prepared = libs.map(({ lib }) => {
    const model = lib.defineModel(json);
    const target = model.data.demands[Math.floor(model.data.demands.length / 2)];
    const edit = lib.applyChanges(model, (d) => void (d.demands.find((x) => x.id === target.id).quantity += 5));
    return { model, edit };
  });
  for (let k = 0; k < runs; k++) {
    libs.forEach(({ lib }, j) => {
      const { model, edit } = prepared[j];
      let c0 = process.cpuUsage(); let t0 = performance.now();
      const base = lib.plan(model);
      res[j].full.push(performance.now() - t0); let c = process.cpuUsage(c0); res[j].fullCpu.push((c.user + c.system) / 1000);
      c0 = process.cpuUsage(); t0 = performance.now();
      const out = lib.replan(base, edit.model, { patches: edit.patches });
      res[j].net.push(performance.now() - t0); c = process.cpuUsage(c0); res[j].netCpu.push((c.user + c.system) / 1000);
      if (k === 0) {
        const same = JSON.stringify(lib.summarizePlan(out)) === JSON.stringify(lib.summarizePlan(lib.plan(edit.model)));
        if (!same) console.log("MISMATCH", dists[j], shape);
      }
    });
  }
  libs.forEach(({ d }, j) => {
    const r = res[j];
    const f = median(r.full), fc = median(r.fullCpu), n = median(r.net), nc = median(r.netCpu);
    console.log(`${shape} ${d}: plan ${f.toFixed(0)} ms (cpu ${fc.toFixed(0)}), replan ${n.toFixed(2)} ms (cpu ${nc.toFixed(2)}) = ${(100 * n / f).toFixed(2)} % wall, ${(100 * nc / fc).toFixed(2)} % cpu; replans ${r.net.map((x) => x.toFixed(1)).join(" ")}`);
  });
  console.log(`load ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}

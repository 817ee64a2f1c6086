/**
 * Seeded generator of the dense benchmark model: the shape of a plant where most items are
 * ordered lot for lot in most periods. About 15 planned orders per item: few end items, each with
 * many customer orders, a BOM on 6 levels where common components are reached over several
 * paths (so their requirements arrive at many distinct dates), lot-for-lot dominant, and lead
 * times long enough that a large share of the orders should have been released before the
 * planning start. Only the lot rules the reference netting knows (lot-for-lot, fixed,
 * periods-of-supply), no safety stock: the reference computes the same planned orders as the
 * engine up to the engine's pegging and messages. Same seed, same model, byte for byte.
 *
 * usage: node bench/generate-dense.mjs [items=100000] [out=bench/out/dense-100000.json] [seed=1]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { rng } from "./generate.mjs";

/**
 * A dense model of `items` items on 6 levels, about 1.42 BOM lines per item, 0.11 demands per
 * item over `periods` periods.
 */
export function generateDenseModel({ items = 100_000, periods = 52, seed = 1 } = {}) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const shares = [0.01, 0.05, 0.12, 0.2, 0.27, 0.35];
  const levels = [];
  let next = 0;
  for (let k = 0; k < shares.length; k++) {
    const size = k === shares.length - 1 ? items - next : Math.max(1, Math.round(items * shares[k]));
    levels.push(Array.from({ length: size }, (_, j) => next + j));
    next += size;
  }
  const id = (i) => `D${String(i).padStart(7, "0")}`;
  const levelOf = new Int32Array(items);
  levels.forEach((l, k) => l.forEach((i) => (levelOf[i] = k)));
  const itemList = [];
  for (let i = 0; i < items; i++) {
    const k = levelOf[i];
    const leaf = k === levels.length - 1 || (k > 1 && r() < 0.1 * k);
    const x = r();
    let lotSizing;
    if (x < 0.85) lotSizing = { rule: "lot-for-lot" };
    else if (x < 0.93) lotSizing = { rule: "fixed", quantity: int(5, 50) * 10 * (1 + k) };
    else lotSizing = { rule: "periods-of-supply", periods: int(2, 3) };
    const item = { id: id(i), source: leaf ? "buy" : "make", leadTime: int(1, 4), onHand: r() < 0.3 ? int(0, 100) : 0, lotSizing };
    itemList.push(item);
  }
  const bom = [];
  const seen = new Set();
  const addLine = (p, c) => {
    const key = p * items + c;
    if (seen.has(key)) return false;
    seen.add(key);
    const q = r();
    bom.push({ parent: id(p), child: id(c), quantity: q < 0.8 ? 1 : q < 0.95 ? 2 : 3 });
    return true;
  };
  const makers = levels.map((l) => l.filter((i) => itemList[i].source === "make"));
  // every item below level 0 gets a parent one level up
  for (let k = 1; k < levels.length; k++) {
    const up = makers[k - 1];
    for (const c of levels[k]) addLine(up[int(0, up.length - 1)], c);
  }
  // shared components: the first fifth of every level is common, reached over several paths
  const target = Math.round(items * 1.42);
  while (bom.length < target) {
    const kc = int(1, levels.length - 1);
    const kp = r() < 0.7 ? kc - 1 : int(0, kc - 1);
    const ups = makers[kp];
    if (ups.length === 0) continue;
    const downs = levels[kc];
    const common = Math.max(1, Math.floor(downs.length / 5));
    addLine(ups[int(0, ups.length - 1)], downs[int(0, common - 1)]);
  }
  const demands = [];
  const nd = Math.round(items * 0.11);
  for (let d = 0; d < nd; d++) {
    const i = levels[0][int(0, levels[0].length - 1)];
    demands.push({ id: `SO-${d + 1}`, item: id(i), due: int(1, periods), quantity: int(1, 20) * 5, kind: "order" });
  }
  const scheduledReceipts = [];
  for (let i = 0; i < items; i++) {
    if (r() < 0.03) scheduledReceipts.push({ id: `PO-${i}`, item: id(i), due: int(1, 6), quantity: int(1, 20) * 10 });
  }
  return { calendar: { unit: "period", periods }, items: itemList, bom, scheduledReceipts, demands };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = Number(process.argv[2] ?? 100_000);
  const out = process.argv[3] ?? `bench/out/dense-${items}.json`;
  const seed = Number(process.argv[4] ?? 1);
  mkdirSync(dirname(out), { recursive: true });
  const model = generateDenseModel({ items, seed });
  writeFileSync(out, JSON.stringify(model));
  console.log(`${out}: ${model.items.length} items, ${model.bom.length} BOM lines, ${model.demands.length} demands, ${model.scheduledReceipts.length} open orders`);
}

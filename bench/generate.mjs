/**
 * Seeded generator of large benchmark models (SPEC section 3 format): a layered BOM with shared
 * components, mixed lot-sizing rules, safety stock, on hand, open orders and demands. Same seed,
 * same model, byte for byte.
 *
 * usage: node bench/generate.mjs [items=100000] [out=bench/out/model-100000.json] [seed=1]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A model of `items` items on 6 levels, about 1.4 BOM lines per item, 0.11 demands per item,
 * `periods` periods. With `routings`, every made item gets a one- or two-operation routing over
 * 50 work centers.
 */
export function generateModel({ items = 100_000, periods = 52, seed = 1, routings = false } = {}) {
  const r = rng(seed);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const shares = [0.08, 0.12, 0.16, 0.2, 0.22, 0.22];
  const levels = [];
  let next = 0;
  for (let k = 0; k < shares.length; k++) {
    const size = k === shares.length - 1 ? items - next : Math.round(items * shares[k]);
    levels.push(Array.from({ length: size }, (_, j) => next + j));
    next += size;
  }
  const id = (i) => `P${String(i).padStart(7, "0")}`;
  const levelOf = new Int32Array(items);
  levels.forEach((l, k) => l.forEach((i) => (levelOf[i] = k)));
  const itemList = [];
  for (let i = 0; i < items; i++) {
    const k = levelOf[i];
    const leaf = k === levels.length - 1 || r() < 0.15 * k;
    const x = r();
    let lotSizing;
    if (x < 0.6) lotSizing = { rule: "lot-for-lot" };
    else if (x < 0.75) lotSizing = { rule: "fixed", quantity: int(5, 50) * 10 * (1 + 2 * k) };
    else if (x < 0.85) lotSizing = { rule: "periods-of-supply", periods: int(2, 4) };
    else if (x < 0.9) lotSizing = { rule: "poq" };
    else if (x < 0.93) lotSizing = { rule: "silver-meal" };
    else if (x < 0.95) lotSizing = { rule: "least-unit-cost" };
    else if (x < 0.97) lotSizing = { rule: "part-period-balancing" };
    else if (x < 0.98) lotSizing = { rule: "wagner-whitin" };
    else lotSizing = { rule: "min-max", min: int(0, 50), max: int(60, 200) };
    const item = {
      id: id(i),
      source: leaf ? "buy" : "make",
      leadTime: int(0, 3),
      onHand: r() < 0.5 ? int(0, 200) : 0,
      lotSizing,
      cost: { material: int(1, 100), setup: int(20, 200), holding: int(1, 5) / 10 },
    };
    if (r() < 0.1) item.safetyStock = int(5, 50);
    if (r() < 0.05) item.orderModifiers = { minimum: int(10, 50), maximum: null, multiple: r() < 0.5 ? 5 : null };
    itemList.push(item);
  }
  const bom = [];
  const seen = new Set();
  const addLine = (p, c) => {
    const key = p * items + c;
    if (seen.has(key)) return;
    seen.add(key);
    const q = r();
    bom.push({ parent: id(p), child: id(c), quantity: q < 0.7 ? 1 : q < 0.9 ? 2 : int(3, 4) });
  };
  // every item below level 0 gets a parent one level up; made items get at least one child
  for (let k = 1; k < levels.length; k++) {
    const up = levels[k - 1].filter((i) => itemList[i].source === "make");
    for (const c of levels[k]) addLine(up[int(0, up.length - 1)], c);
  }
  const target = Math.round(items * 1.4);
  while (bom.length < target) {
    const kc = int(1, levels.length - 1);
    const kp = int(0, kc - 1);
    const ups = levels[kp];
    const p = ups[int(0, ups.length - 1)];
    if (itemList[p].source !== "make") continue;
    const downs = levels[kc];
    addLine(p, downs[int(0, downs.length - 1)]);
  }
  const demands = [];
  const nd = Math.round(items * 0.11);
  for (let d = 0; d < nd; d++) {
    const i = levels[0][int(0, levels[0].length - 1)];
    demands.push({ id: `SO-${d + 1}`, item: id(i), due: int(1, periods), quantity: int(1, 50) * 5, kind: "order" });
  }
  const scheduledReceipts = [];
  for (let i = 0; i < items; i++) {
    if (r() < 0.05) scheduledReceipts.push({ id: `PO-${i}`, item: id(i), due: int(1, 8), quantity: int(1, 20) * 10 });
  }
  const model = { calendar: { unit: "period", periods }, items: itemList, bom, scheduledReceipts, demands };
  if (routings) {
    model.workCenters = Array.from({ length: 50 }, (_, w) => ({ id: `WC-${w}`, capacity: 16, rate: int(20, 80) }));
    model.routings = itemList
      .filter((it) => it.source === "make")
      .map((it) => ({
        item: it.id,
        operations: Array.from({ length: int(1, 2) }, (_, k) => ({ seq: (k + 1) * 10, workCenter: `WC-${int(0, 49)}`, setup: int(0, 4) / 2, run: int(1, 20) / 100 })),
      }));
  }
  return model;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = Number(process.argv[2] ?? 100_000);
  const out = process.argv[3] ?? `bench/out/model-${items}.json`;
  const seed = Number(process.argv[4] ?? 1);
  mkdirSync(dirname(out), { recursive: true });
  const model = generateModel({ items, seed });
  writeFileSync(out, JSON.stringify(model));
  console.log(`${out}: ${model.items.length} items, ${model.bom.length} BOM lines, ${model.demands.length} demands, ${model.scheduledReceipts.length} open orders`);
}

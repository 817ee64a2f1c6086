/**
 * Reference netting for the benchmark: the plainest dense-array MRP that can be written. It
 * parses the model, then nets every item over a dense items x periods grid in low-level-code
 * order with lot-for-lot, fixed and periods-of-supply lots (every other rule is treated as
 * lot-for-lot), offsets by lead time and explodes releases. No validation, no pegging, no
 * exceptions, no safety stock: it is the floor the real engine is measured against.
 *
 * usage: node bench/reference.mjs model.json   (prints a summary like `mrpkit plan --format summary`)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function referenceNetting(text) {
  const m = JSON.parse(text);
  const P = m.calendar.periods;
  const n = m.items.length;
  const index = new Map();
  m.items.forEach((it, i) => index.set(it.id, i));
  const kids = Array.from({ length: n }, () => []);
  const indeg = new Int32Array(n);
  for (const l of m.bom) {
    const p = index.get(l.parent);
    const c = index.get(l.child);
    kids[p].push(c, l.quantity);
    indeg[c]++;
  }
  // low-level order by Kahn
  const order = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order.push(i);
  for (let h = 0; h < order.length; h++) {
    const k = kids[order[h]];
    for (let j = 0; j < k.length; j += 2) if (--indeg[k[j]] === 0) order.push(k[j]);
  }
  const gross = new Float64Array(n * P);
  const sr = new Float64Array(n * P);
  for (const d of m.demands) if (d.due >= 1 && d.due <= P) gross[index.get(d.item) * P + d.due - 1] += d.quantity;
  for (const s of m.scheduledReceipts) if (s.due >= 1 && s.due <= P) sr[index.get(s.item) * P + Math.max(0, s.due - 1)] += s.quantity;
  let orders = 0;
  let qty = 0;
  const rel = new Float64Array(P);
  for (const i of order) {
    const it = m.items[i];
    const base = i * P;
    let poh = it.onHand ?? 0;
    const lt = it.leadTime ?? 0;
    const ls = it.lotSizing ?? { rule: "lot-for-lot" };
    rel.fill(0);
    for (let t = 0; t < P; t++) {
      poh += sr[base + t] - gross[base + t];
      if (poh < 0) {
        let q = -poh;
        if (ls.rule === "fixed") q = Math.ceil(q / ls.quantity) * ls.quantity;
        else if (ls.rule === "periods-of-supply") {
          let p2 = 0;
          for (let u = t + 1; u < Math.min(P, t + ls.periods); u++) p2 += gross[base + u] - sr[base + u];
          if (p2 > 0) q += p2;
        }
        poh += q;
        orders++;
        qty += q;
        rel[Math.max(0, t - lt)] += q;
      }
    }
    const k = kids[i];
    for (let t = 0; t < P; t++) {
      const r = rel[t];
      if (r === 0) continue;
      for (let j = 0; j < k.length; j += 2) gross[k[j] * P + t] += r * k[j + 1];
    }
  }
  return { items: n, plannedOrders: orders, plannedQuantity: qty };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(referenceNetting(readFileSync(process.argv[2], "utf8"))));
}

// A seeded supply network for the benchmark: the items of bench/generate.mjs's light model at a
// plant, and four distribution centers that stock every item (a spare-parts network), each fed by
// a transfer from the plant with its own transit time; customer demand at the distribution centers
// (service parts of every level) and end-item demand at the plant. 20,000 items make 100,000
// (item, location) pairs.
//
// `generateNetwork` also returns the same network written as one site, the way it is faked without
// locations: an item copy `ITEM@DC` per pair, tied to the plant's item by a BOM line, lead time the
// transit time. The reference netting reads that form; both forms plan the same orders.
//
//   node bench/generate-network.mjs [items] [out.json] [flat.json] [seed]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateModel, rng } from "./generate.mjs";

export function generateNetwork({ items = 20_000, periods = 52, seed = 1, dcs = 4 } = {}) {
  const plant = generateModel({ items, periods, seed });
  const r = rng(seed + 101);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const dcIds = Array.from({ length: dcs }, (_, k) => `DC${k + 1}`);
  const transit = dcIds.map((_, k) => 1 + (k % 3));
  const locations = [{ id: "PLANT" }, ...dcIds.map((id) => ({ id }))];
  const itemLocations = [];
  const sources = [];
  for (const it of plant.items) {
    itemLocations.push({ item: it.id, location: "PLANT" });
    dcIds.forEach((dc, k) => {
      const fixed = r() < 0.3;
      itemLocations.push({ item: it.id, location: dc, onHand: r() < 0.5 ? int(0, 40) : 0, ...(fixed ? { lotSizing: { rule: "fixed", quantity: int(2, 10) * 10 } } : { lotSizing: { rule: "lot-for-lot" } }) });
      sources.push({ id: `T-${it.id}-${dc}`, item: it.id, location: dc, kind: "transfer", shipFrom: "PLANT", leadTime: transit[k] });
    });
  }
  // the plant's own demand stays; as much again falls on the distribution centers, on any item
  const demands = plant.demands.map((d) => ({ ...d, location: "PLANT" }));
  const nd = plant.demands.length;
  for (let d = 0; d < nd * dcs; d++) {
    const it = plant.items[int(0, items - 1)];
    demands.push({ id: `DC-SO-${d + 1}`, item: it.id, location: dcIds[d % dcs], due: int(1, periods), quantity: int(1, 20) * 5, kind: "order" });
  }
  const network = {
    calendar: plant.calendar,
    locations,
    items: plant.items,
    itemLocations,
    sources,
    bom: plant.bom,
    scheduledReceipts: plant.scheduledReceipts.map((s) => ({ ...s, location: "PLANT" })),
    demands,
  };
  // the same network as one site: ITEM@LOCATION copies and BOM lines for the transfers
  const key = (id, loc) => `${id}@${loc}`;
  const byId = new Map(plant.items.map((it) => [it.id, it]));
  const flatItems = [];
  for (const it of plant.items) flatItems.push({ ...it, id: key(it.id, "PLANT") });
  for (const e of itemLocations) {
    if (e.location === "PLANT") continue;
    const base = byId.get(e.item);
    const k = dcIds.indexOf(e.location);
    flatItems.push({ ...base, id: key(e.item, e.location), source: "buy", leadTime: transit[k], onHand: e.onHand, lotSizing: e.lotSizing });
  }
  const flat = {
    calendar: plant.calendar,
    items: flatItems.map((it) => JSON.parse(JSON.stringify(it))),
    bom: [
      ...plant.bom.map((l) => ({ ...l, parent: key(l.parent, "PLANT"), child: key(l.child, "PLANT") })),
      ...itemLocations.filter((e) => e.location !== "PLANT").map((e) => ({ parent: key(e.item, e.location), child: key(e.item, "PLANT"), quantity: 1 })),
    ],
    scheduledReceipts: plant.scheduledReceipts.map((s) => ({ ...s, item: key(s.item, "PLANT") })),
    demands: demands.map(({ location, ...d }) => ({ ...d, item: key(d.item, location) })),
  };
  return { network, flat };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = Number(process.argv[2] ?? 20_000);
  const { network, flat } = generateNetwork({ items, seed: Number(process.argv[5] ?? 1) });
  writeFileSync(process.argv[3] ?? `bench/out/network-${items}.json`, JSON.stringify(network));
  writeFileSync(process.argv[4] ?? `bench/out/network-flat-${items}.json`, JSON.stringify(flat));
}

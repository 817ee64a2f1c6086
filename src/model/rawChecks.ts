/**
 * The reference checks of a model that zod rejected: duplicate ids, unknown items and work
 * centers, and BOM cycles, read straight from the raw JSON wherever the ids are strings. They let
 * {@link safeDefineModel} report these problems together with the schema's, all at once.
 * O(items + lines + records); cycles by Kahn's algorithm, no recursion.
 */
import type { Issue } from "../errors/Issue.js";

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (json: Rec, key: string): unknown[] => (Array.isArray(json[key]) ? (json[key] as unknown[]) : []);
const str = (r: unknown, key: string): string | undefined => (isRec(r) && typeof r[key] === "string" && r[key] !== "" ? (r[key] as string) : undefined);

/** Reference problems of a raw model document. */
export function rawReferenceIssues(json: Rec): Issue[] {
  const issues: Issue[] = [];
  const items = new Map<string, number>();
  arr(json, "items").forEach((it, i) => {
    const id = str(it, "id");
    if (id === undefined) return;
    const prev = items.get(id);
    if (prev !== undefined) issues.push({ path: ["items", i, "id"], code: "duplicate_id", message: `duplicate item id ${JSON.stringify(id)} (also at items[${prev}])` });
    else items.set(id, i);
  });
  const centers = new Set<string>();
  arr(json, "workCenters").forEach((w) => {
    const id = str(w, "id");
    if (id !== undefined) centers.add(id);
  });
  const refItem = (r: unknown, key: string, path: (string | number)[]) => {
    const id = str(r, key);
    if (id !== undefined && !items.has(id)) issues.push({ path: [...path, key], code: "unknown_reference", message: `unknown item ${JSON.stringify(id)}` });
  };
  const lines = arr(json, "bom");
  lines.forEach((l, i) => {
    refItem(l, "parent", ["bom", i]);
    refItem(l, "child", ["bom", i]);
  });
  arr(json, "routings").forEach((r, i) => {
    refItem(r, "item", ["routings", i]);
    if (isRec(r) && Array.isArray(r["operations"])) {
      (r["operations"] as unknown[]).forEach((op, j) => {
        const wc = str(op, "workCenter");
        if (wc !== undefined && !centers.has(wc)) issues.push({ path: ["routings", i, "operations", j, "workCenter"], code: "unknown_reference", message: `unknown work center ${JSON.stringify(wc)}` });
      });
    }
  });
  const ids = new Map<string, string>();
  for (const name of ["scheduledReceipts", "firmPlannedOrders", "demands"]) {
    arr(json, name).forEach((r, i) => {
      refItem(r, "item", [name, i]);
      const id = str(r, "id");
      if (id === undefined) return;
      const prev = ids.get(id);
      if (prev !== undefined) issues.push({ path: [name, i, "id"], code: "duplicate_id", message: `duplicate id ${JSON.stringify(id)} (also at ${prev})` });
      else ids.set(id, `${name}[${i}]`);
    });
  }
  issues.push(...rawCycles(lines, items));
  return issues;
}

/** BOM cycles among lines whose parent and child are known items. */
function rawCycles(lines: readonly unknown[], items: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const out = new Map<string, { child: string; at: number }[]>();
  const indeg = new Map<string, number>();
  lines.forEach((l, i) => {
    const p = str(l, "parent");
    const c = str(l, "child");
    if (p === undefined || c === undefined || !items.has(p) || !items.has(c)) return;
    if (p === c) {
      issues.push({ path: ["bom", i], code: "bom_cycle", message: `BOM cycle: ${p} -> ${p}` });
      return;
    }
    if (!out.has(p)) out.set(p, []);
    out.get(p)!.push({ child: c, at: i });
    indeg.set(c, (indeg.get(c) ?? 0) + 1);
  });
  const queue = [...items.keys()].filter((id) => !indeg.has(id));
  for (let h = 0; h < queue.length; h++) {
    for (const e of out.get(queue[h]!) ?? []) {
      const d = indeg.get(e.child)! - 1;
      indeg.set(e.child, d);
      if (d === 0) queue.push(e.child);
    }
  }
  const left = new Set([...indeg.entries()].filter(([, d]) => d > 0).map(([id]) => id));
  if (left.size === 0) return issues;
  // walk from each remaining item along remaining children until an item repeats
  const done = new Set<string>();
  for (const start of [...left].sort()) {
    if (done.has(start)) continue;
    const walk: string[] = [];
    const via: number[] = [];
    const onWalk = new Map<string, number>();
    let v: string | undefined = start;
    while (v !== undefined && !onWalk.has(v) && !done.has(v)) {
      onWalk.set(v, walk.length);
      walk.push(v);
      const next: { child: string; at: number } | undefined = (out.get(v) ?? []).find((e) => left.has(e.child));
      via.push(next?.at ?? -1);
      v = next?.child;
    }
    if (v !== undefined && onWalk.has(v)) {
      const k = onWalk.get(v)!;
      const cyc = walk.slice(k);
      let m = 0;
      for (let j = 1; j < cyc.length; j++) if (cyc[j]! < cyc[m]!) m = j;
      const rotated = [...cyc.slice(m), ...cyc.slice(0, m)];
      issues.push({ path: ["bom", via[walk.length - 1]!], code: "bom_cycle", message: `BOM cycle: ${[...rotated, rotated[0]!].join(" -> ")}` });
    }
    for (const w of walk) done.add(w);
  }
  return issues;
}

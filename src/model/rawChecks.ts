/**
 * The reference checks of a model that zod rejected: duplicate ids, unknown items and work
 * centers, and BOM cycles, read straight from the raw JSON wherever the ids are strings, by the
 * rules of referenceRules.ts and the cycle check of bomOrder.ts that compilation runs. They let
 * {@link safeDefineModel} report these problems together with the schema's, all at once.
 * O(items + lines + records), plus the sorts of items and lines for the cycle check of bomOrder.ts.
 */
import type { Issue } from "../errors/Issue.js";
import { compareStrings } from "../internal/sort.js";
import { findCycles, linkLines } from "./bomOrder.js";
import { checkItemId, checkItemRef, checkRecordId, checkWorkCenterRef, RECORD_SECTIONS } from "./referenceRules.js";

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (json: Rec, key: string): unknown[] => (Array.isArray(json[key]) ? (json[key] as unknown[]) : []);
const str = (r: unknown, key: string): string | undefined => (isRec(r) && typeof r[key] === "string" && r[key] !== "" ? r[key] : undefined);

/** Reference problems of a raw model document. */
export function rawReferenceIssues(json: Rec): Issue[] {
  const issues: Issue[] = [];
  const items = new Map<string, number>();
  arr(json, "items").forEach((it, i) => {
    const id = str(it, "id");
    if (id !== undefined) checkItemId(items, id, i, issues);
  });
  const centers = new Set<string>();
  arr(json, "workCenters").forEach((w) => {
    const id = str(w, "id");
    if (id !== undefined) centers.add(id);
  });
  const refItem = (r: unknown, key: string, path: (string | number)[]) => {
    const id = str(r, key);
    if (id !== undefined) checkItemRef(items, id, [...path, key], issues);
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
        if (wc !== undefined) checkWorkCenterRef(centers, wc, ["routings", i, "operations", j, "workCenter"], issues);
      });
    }
  });
  const ids = new Map<string, string>();
  for (const name of RECORD_SECTIONS) {
    arr(json, name).forEach((r, i) => {
      refItem(r, "item", [name, i]);
      const id = str(r, "id");
      if (id !== undefined) checkRecordId(ids, name, i, id, issues);
    });
  }
  issues.push(...rawCycles(lines, items));
  return issues;
}

/**
 * BOM cycles among lines whose parent and child are known items: the lines are indexed as a
 * compiled model indexes them (items by id), so the cycles found and the lines named are the
 * compiled check's.
 */
function rawCycles(lines: readonly unknown[], items: ReadonlyMap<string, number>): Issue[] {
  const ids = [...items.keys()].sort(compareStrings);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const known: { parent: number; child: number; at: number }[] = [];
  lines.forEach((l, at) => {
    const p = index.get(str(l, "parent") ?? "");
    const c = index.get(str(l, "child") ?? "");
    if (p !== undefined && c !== undefined) known.push({ parent: p, child: c, at });
  });
  known.sort((a, b) => a.parent - b.parent || a.child - b.child || a.at - b.at);
  const graph = linkLines(
    ids.length,
    Int32Array.from(known, (k) => k.parent),
    Int32Array.from(known, (k) => k.child),
  );
  return findCycles(graph, ids.length, (i) => ids[i]!, (l) => known[l]!.at);
}

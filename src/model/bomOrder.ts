/**
 * The BOM in topological order: one traversal (Kahn's algorithm) over parent -> child lines,
 * shared by the low-level codes, the cycle check of a compiled model and the cycle check of a raw
 * document that the schema rejected.
 *
 * The traversal peels the items whose parents are all peeled, parents first, and records for
 * each item the longest path from an end item (its generation, which MRP calls the low-level
 * code). What it cannot peel lies on a cycle or below one; the cycle check walks up from there.
 *
 * Complexity: O(I + L) time and memory for I items and L lines; no recursion, so a
 * 100,000-level chain is fine.
 *
 * Reference: A. B. Kahn, "Topological sorting of large networks", CACM 5(11), 1962; graphology's
 * `topologicalGenerations` (graphology-dag), built on the same single traversal.
 */
import type { Issue } from "../errors/Issue.js";
import { modelMessages as M } from "../errors/modelMessages.js";

/** The lines of a BOM over item indexes, parent-sorted, linked both ways (CSR). */
export interface BomGraph {
  /** Parent item of each line; lines are sorted by parent. */
  readonly parent: Int32Array;
  /** Child item of each line. */
  readonly child: Int32Array;
  /** Lines of parent `i` are `childStart[i] .. childStart[i + 1] - 1`. */
  readonly childStart: Int32Array;
  /** Entries of `parentLines` for child `i` are `parentStart[i] .. parentStart[i + 1] - 1`. */
  readonly parentStart: Int32Array;
  /** Line numbers grouped by child, parent-sorted within a child. */
  readonly parentLines: Int32Array;
}

/** What one topological traversal finds. */
export interface BomGenerations {
  /** Longest path from an end item, for every item the traversal reached (0 for end items). */
  readonly level: Int32Array;
  /** Parents not yet peeled, per item: above 0 exactly for the items on or below a cycle. */
  readonly blocked: Int32Array;
  /** How many items were peeled; all of them when the BOM has no cycle. */
  readonly peeled: number;
}

/**
 * Links parent-sorted lines both ways: the line ranges per parent, and the lines per child (each
 * child's parents stay sorted). O(I + L).
 */
export function linkLines(n: number, parent: Int32Array, child: Int32Array): BomGraph {
  const L = parent.length;
  const childStart = new Int32Array(n + 1);
  for (let l = 0; l < L; l++) childStart[parent[l]! + 1]!++;
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!;
  const parentStart = new Int32Array(n + 1);
  for (let l = 0; l < L; l++) parentStart[child[l]! + 1]!++;
  for (let i = 0; i < n; i++) parentStart[i + 1]! += parentStart[i]!;
  const fill = parentStart.slice(0, n);
  const parentLines = new Int32Array(L);
  for (let l = 0; l < L; l++) parentLines[fill[child[l]!]!++] = l; // lines are parent-sorted, so parents stay sorted per child
  return { parent, child, childStart, parentStart, parentLines };
}

/**
 * Kahn's algorithm over the lines, parents before children. A line whose parent is its child is
 * left out (a cycle of its own, which the caller reports by itself).
 */
export function bomGenerations(n: number, bom: Pick<BomGraph, "parent" | "child" | "childStart">): BomGenerations {
  const blocked = new Int32Array(n);
  const L = bom.child.length;
  for (let l = 0; l < L; l++) if (bom.parent[l] !== bom.child[l]) blocked[bom.child[l]!]!++;
  const level = new Int32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (blocked[i] === 0) queue[tail++] = i;
  while (head < tail) {
    const p = queue[head++]!;
    const next = level[p]! + 1;
    for (let l = bom.childStart[p]!; l < bom.childStart[p + 1]!; l++) {
      const c = bom.child[l]!;
      if (c === p) continue;
      if (level[c]! < next) level[c] = next;
      if ((--blocked[c]!) === 0) queue[tail++] = c;
    }
  }
  return { level, blocked, peeled: tail };
}

/**
 * Finds BOM cycles. A line whose parent is its child is a cycle of its own. Otherwise the
 * traversal peels every item not on or below a cycle; from each remaining item, walking to a
 * remaining parent must revisit an item, which closes a cycle. Each cycle is named from its
 * smallest item index (the items are sorted by id), `A -> B -> C -> A`, at the line that closes
 * it. O(I + L), no recursion.
 *
 * @param idOf - the id of an item index
 * @param at - the index in the document's `bom` of a line
 * @param generations - the traversal of `bom`, when the caller already ran it
 * @param describe - the issue of a cycle closed by a line, from its ids (default: a BOM cycle at
 * `["bom", at(line)]`)
 */
export function findCycles(
  bom: BomGraph,
  n: number,
  idOf: (item: number) => string,
  at: (line: number) => number,
  generations: BomGenerations = bomGenerations(n, bom),
  describe: (line: number, ids: readonly string[]) => Issue = (l, ids) => ({ path: ["bom", at(l)], code: "bom_cycle", message: M.bomCycle(ids) }),
): Issue[] {
  const issues: Issue[] = [];
  const L = bom.child.length;
  for (let l = 0; l < L; l++) {
    if (bom.parent[l] === bom.child[l]) {
      const id = idOf(bom.child[l]!);
      issues.push(describe(l, [id, id]));
    }
  }
  const { blocked, peeled } = generations;
  if (peeled === n) return issues;
  // Every item still blocked has a parent that is blocked too.
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let s = 0; s < n; s++) {
    if (blocked[s] === 0 || state[s] !== 0) continue;
    const walk: number[] = [];
    const via: number[] = []; // via[k]: the line from walk[k + 1] (parent) to walk[k] (child)
    let v = s;
    while (state[v] === 0) {
      state[v] = 1;
      walk.push(v);
      let next = -1;
      let line = -1;
      for (let k = bom.parentStart[v]!; k < bom.parentStart[v + 1]!; k++) {
        const l = bom.parentLines[k]!;
        const p = bom.parent[l]!;
        if (p !== v && blocked[p]! > 0) {
          next = p;
          line = l;
          break;
        }
      }
      via.push(line);
      v = next;
    }
    if (state[v] === 1) {
      const from = walk.indexOf(v);
      const cyc = walk.slice(from).reverse(); // parent -> child order
      const lines = via.slice(from).reverse(); // lines[k]: from cyc[k] to cyc[k - 1]; lines[0] closes into the walk's start
      let m = 0;
      for (let k = 1; k < cyc.length; k++) if (cyc[k]! < cyc[m]!) m = k;
      const rotated = [...cyc.slice(m), ...cyc.slice(0, m)];
      const names = [...rotated, rotated[0]!].map(idOf);
      // the closing line goes from the last item of the rotated cycle back to its first
      const last = rotated[rotated.length - 1]!;
      const closing = lines.find((l) => bom.parent[l] === last && bom.child[l] === rotated[0]) ?? lines[0]!;
      issues.push(describe(closing, names));
    }
    for (const w of walk) state[w] = 2;
  }
  return issues;
}

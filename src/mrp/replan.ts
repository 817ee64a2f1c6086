/**
 * Net change MRP (docs/concepts.md): replans only the items whose inputs changed and the items
 * below them, and keeps every other item's orders, pegging, records and messages from the
 * previous plan. The result equals a regenerative `plan(next)`, exactly.
 *
 * Finding what changed: with immer patches (from {@link applyChanges}) only the touched sections
 * of the model are compared; without them every section is. An item is changed when its own
 * fields, its demands, open orders, firm planned orders, the BOM lines it is a child on, or its
 * routing differ; a work-center change touches every item with a routing. A changed calendar or
 * item list, or a change touching a quarter of the items or more, is planned regeneratively.
 *
 * Complexity: O(changed section size + replanned items' work) plus O(items) to copy the per-item
 * indexes. Reference: Orlicky (1975) ch. 9, net change versus regeneration.
 */
import type { Patch } from "immer";
import type { ItemEvents, Model } from "../model/Model.js";
import type { Demand, Order } from "../model/schema.js";
import { ChangeReach, plan, type PlanLimits } from "./plan.js";
import type { PlanResult } from "./PlanResult.js";

const { Own: OWN, Below: BELOW, Inputs: INPUTS } = ChangeReach;

/** Flags item `i` as reached by `how`; a change of its own outranks the others. */
function mark(dirty: Uint8Array, i: number, how: number): void {
  if (dirty[i] !== OWN) dirty[i] = how;
}

/** The sections of a model that an edit can touch. */
type Section = "items" | "bom" | "demands" | "scheduledReceipts" | "firmPlannedOrders" | "routings" | "workCenters" | "calendar" | "other";

const ALL: readonly Section[] = ["items", "bom", "demands", "scheduledReceipts", "firmPlannedOrders", "routings", "workCenters", "calendar", "other"];

/**
 * Options of {@link replan}: the change as immer patches, and the bounds of {@link plan}.
 *
 * @category Planning
 */
export interface ReplanOptions extends PlanLimits {
  /** The immer patches of the change (from {@link applyChanges}); without them every part of the model is compared. */
  readonly patches?: readonly Patch[];
}

/**
 * Replans a model after a change, reusing the previous plan for every item the change cannot
 * affect.
 *
 * @param previous - the plan of the model before the change
 * @param next - the changed model
 * @param options - the immer patches of the change (from {@link applyChanges}; without them
 *   every part of the model is compared) and the bounds of the work, as for {@link plan}
 * @returns a plan equal to `plan(next, { maxOrders, maxOrdersPerItem })`
 * @throws {@link PlanLimitError} as {@link plan} does
 * @example
 * ```ts
 * const before = plan(model);
 * const { model: next, patches } = applyChanges(model, (d) => { d.demands[0]!.quantity += 10; });
 * planToJson(replan(before, next, { patches })) // deep-equals planToJson(plan(next))
 * ```
 *
 * @category Planning
 */
export function replan(previous: PlanResult, next: Model, options: ReplanOptions = {}): PlanResult {
  const { patches, ...limits } = options;
  const prev = previous.model;
  if (prev === next) return previous;
  const changed = changedItems(prev, next, patches);
  const bounds: PlanLimits = { ...(limits.maxOrdersPerItem !== undefined ? { maxOrdersPerItem: limits.maxOrdersPerItem } : {}), ...(limits.maxOrders !== undefined ? { maxOrders: limits.maxOrders } : {}) };
  if (changed === undefined || changed.items.length * 4 >= next.itemCount) {
    replanPaths.regenerative++;
    return plan(next, bounds);
  }
  replanPaths.netChange++;
  // the reached items in planning order
  const pos = planningPosition(next.planningOrder);
  const items = Int32Array.from(changed.items.sort((a, b) => pos[a]! - pos[b]!));
  return plan(next, { ...bounds, base: { result: previous, items, reach: changed.reach } });
}

// NOTE: kept per planning order, not per model: an edit of records only (the usual net change)
// makes a model that shares the previous one's planning order, so the positions are worked out
// once for a session of edits.
const positions = new WeakMap<Int32Array, Int32Array>();

/** Position of each item in a planning order. */
function planningPosition(order: Int32Array): Int32Array {
  let pos = positions.get(order);
  if (pos === undefined) {
    pos = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) pos[order[k]!] = k;
    positions.set(order, pos);
  }
  return pos;
}

/**
 * How many replans took each path since the module loaded. Read by the tests (it never changes
 * a result); not part of the public API.
 *
 * @internal
 */
export const replanPaths = { netChange: 0, regenerative: 0 };

/** The items a change may reach, and how it reaches each (a {@link ChangeReach} per item). */
export interface ChangedItems {
  readonly items: number[];
  readonly reach: Uint8Array;
}

/**
 * The items to replan (item indexes), closed over the components below them; undefined when the
 * change needs a regenerative run.
 */
export function changedItems(prev: Model, next: Model, patches?: readonly Patch[]): ChangedItems | undefined {
  if (prev.itemCount !== next.itemCount) return undefined;
  if (prev.items !== next.items) {
    for (let i = 0; i < next.itemCount; i++) if (prev.items[i]!.id !== next.items[i]!.id) return undefined;
  }
  if (prev.network !== undefined || next.network !== undefined) return changedNodes(prev, next);
  const sections = new Set<Section>();
  const touchedItems = new Set<number>();
  // record sections whose patches only replace fields of existing records: the records touched
  const touchedRecords = new Map<Section, Set<number> | null>();
  if (patches === undefined) ALL.forEach((s) => sections.add(s));
  else {
    for (const p of patches) {
      const head = p.path[0];
      const s: Section = (ALL as readonly unknown[]).includes(head) ? (head as Section) : "other";
      sections.add(s);
      if (s === "items") {
        if (typeof p.path[1] === "number" && p.path.length > 2) touchedItems.add(p.path[1]);
        else touchedItems.add(-1); // an item added, removed or replaced whole
      }
      if (s === "demands" || s === "scheduledReceipts" || s === "firmPlannedOrders") {
        const known = touchedRecords.get(s);
        if (p.op === "replace" && typeof p.path[1] === "number" && p.path.length === 3 && p.path[2] !== "id") {
          if (known !== null) (known ?? touchedRecords.set(s, new Set()).get(s)!).add(p.path[1]);
        } else touchedRecords.set(s, null); // added, removed or replaced whole: compare the section
      }
    }
  }
  if (sections.has("calendar") || sections.has("other")) {
    if (JSON.stringify(prev.data.calendar) !== JSON.stringify(next.data.calendar)) return undefined;
  }
  if (prev.calendar.horizon !== next.calendar.horizon) return undefined;

  const n = next.itemCount;
  const dirty = new Uint8Array(n);
  if (sections.has("items")) {
    if (touchedItems.has(-1) || patches === undefined) {
      for (let i = 0; i < n; i++) if (!sameJson(prev.items[i], next.items[i])) dirty[i] = OWN;
    } else {
      for (const i of touchedItems) if (i < n && !sameJson(prev.items[i], next.items[i])) dirty[i] = OWN;
    }
  }
  const records = (s: "demands" | "scheduledReceipts" | "firmPlannedOrders", same: (x: never, y: never) => boolean): void => {
    if (!sections.has(s)) return;
    const touched = touchedRecords.get(s);
    if (touched) {
      // fields of existing records changed: their items, before and after (patch paths index
      // the previous model's canonical data, which the edit started from)
      const before = prev.data[s];
      for (const k of touched) {
        const rec = before[k];
        if (rec === undefined) { diffEvents(prev[s] as ItemEvents<never>, next[s] as ItemEvents<never>, n, dirty, same); return; }
        const a = next.itemIndex.get(rec.item);
        if (a !== undefined) mark(dirty, a, INPUTS);
      }
      for (const p of patches ?? []) {
        if (p.path[0] === s && p.path[2] === "item" && typeof p.value === "string") {
          const b = next.itemIndex.get(p.value);
          if (b !== undefined) mark(dirty, b, INPUTS);
        }
      }
      return;
    }
    diffEvents(prev[s] as ItemEvents<never>, next[s] as ItemEvents<never>, n, dirty, same);
  };
  records("demands", sameDemand);
  records("scheduledReceipts", sameOrder);
  records("firmPlannedOrders", sameOrder);
  if (sections.has("bom") && prev.bom !== next.bom) diffParentLines(prev, next, dirty);
  if (sections.has("routings") || sections.has("workCenters")) {
    const wcChanged = sections.has("workCenters") && !sameJson(prev.data.workCenters, next.data.workCenters);
    for (let i = 0; i < n; i++) {
      const a = prev.routings[i];
      const b = next.routings[i];
      if ((a !== undefined || b !== undefined) && (wcChanged || !sameJson(a, b))) dirty[i] = OWN;
    }
  }
  return closeDownwards(next, dirty);
}

/**
 * The nodes of a network to replan: each node compared whole (fields, sources, routing, BOM lines,
 * records), then closed over the components below them. The nodes must be the same ones.
 */
function changedNodes(prev: Model, next: Model): ChangedItems | undefined {
  const a = prev.network;
  const b = next.network;
  if (a === undefined || b === undefined) return undefined;
  const n = next.itemCount;
  const dirty = new Uint8Array(n);
  const wcChanged = !sameJson(prev.data.workCenters, next.data.workCenters);
  for (let i = 0; i < n; i++) {
    if (!sameJson(prev.items[i], next.items[i]) || a.sourcing[i] !== b.sourcing[i]) dirty[i] = OWN;
    else if (!sameJson(a.sources.slice(a.sourceStart[i], a.sourceStart[i + 1]), b.sources.slice(b.sourceStart[i], b.sourceStart[i + 1]))) dirty[i] = OWN;
    else if ((prev.routings[i] !== undefined || next.routings[i] !== undefined) && (wcChanged || !sameJson(prev.routings[i], next.routings[i]))) dirty[i] = OWN;
  }
  // a source's effectivity is compiled to ticks: the same dates give the same ticks in one calendar
  diffEvents(prev.demands, next.demands, n, dirty, sameDemand);
  diffEvents(prev.scheduledReceipts, next.scheduledReceipts, n, dirty, sameOrder);
  diffEvents(prev.firmPlannedOrders, next.firmPlannedOrders, n, dirty, sameOrder);
  diffParentLines(prev, next, dirty);
  return closeDownwards(next, dirty);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameDemand(a: Demand, b: Demand): boolean {
  return a.id === b.id && a.due === b.due && a.quantity === b.quantity && a.kind === b.kind && a.item === b.item;
}

function sameOrder(a: Order, b: Order): boolean {
  return a.id === b.id && a.due === b.due && a.quantity === b.quantity && a.item === b.item;
}

/**
 * Flags items whose dated records differ; both sides are grouped by item and sorted, so only the
 * items that have records are visited. O(records).
 */
function diffEvents<T>(a: ItemEvents<T>, b: ItemEvents<T>, n: number, dirty: Uint8Array, same: (x: T, y: T) => boolean): void {
  let ka = 0;
  let kb = 0;
  const na = a.records.length;
  const nb = b.records.length;
  while (ka < na || kb < nb) {
    const i = Math.min(ka < na ? a.item[ka]! : n, kb < nb ? b.item[kb]! : n);
    ka = a.start[i + 1]!;
    kb = b.start[i + 1]!;
    const a0 = a.start[i]!;
    const a1 = a.start[i + 1]!;
    const b0 = b.start[i]!;
    const b1 = b.start[i + 1]!;
    if (a1 - a0 !== b1 - b0) {
      mark(dirty, i, INPUTS);
      continue;
    }
    for (let k = 0; k < a1 - a0; k++) {
      if (!same(a.records[a0 + k]!, b.records[b0 + k]!)) {
        mark(dirty, i, INPUTS);
        break;
      }
    }
  }
}

/** Flags every child whose lines (as a child) differ between the two BOMs. */
function diffParentLines(prev: Model, next: Model, dirty: Uint8Array): void {
  const a = prev.bom;
  const b = next.bom;
  for (let c = 0; c < next.itemCount; c++) {
    const a0 = a.parentStart[c]!;
    const a1 = a.parentStart[c + 1]!;
    const b0 = b.parentStart[c]!;
    const b1 = b.parentStart[c + 1]!;
    if (a1 - a0 !== b1 - b0) {
      mark(dirty, c, INPUTS);
      continue;
    }
    for (let k = 0; k < a1 - a0; k++) {
      const la = a.parentLines[a0 + k]!;
      const lb = b.parentLines[b0 + k]!;
      if (
        a.parent[la] !== b.parent[lb] ||
        a.qty[la] !== b.qty[lb] ||
        a.scrap[la] !== b.scrap[lb] ||
        a.fixed[la] !== b.fixed[lb] ||
        a.offset[la] !== b.offset[lb] ||
        a.fromTick[la] !== b.fromTick[lb] ||
        a.toTick[la] !== b.toTick[lb] ||
        !Object.is(a.operation[la], b.operation[lb]) ||
        (a.source?.[la] ?? -2) !== (b.source?.[lb] ?? -2)
      ) {
        mark(dirty, c, INPUTS);
        break;
      }
    }
  }
}

/**
 * Adds every item below a flagged item (breadth first, no recursion), flagged `BELOW`; returns
 * them all, with the flags.
 */
function closeDownwards(model: Model, dirty: Uint8Array): ChangedItems {
  const queue: number[] = [];
  for (let i = 0; i < dirty.length; i++) if (dirty[i]) queue.push(i);
  const bom = model.bom;
  // the queue grows while it is walked
  let head = 0;
  while (head < queue.length) {
    const p = queue[head++]!;
    for (let l = bom.childStart[p]!; l < bom.childStart[p + 1]!; l++) {
      const c = bom.child[l]!;
      if (!dirty[c]) {
        dirty[c] = BELOW;
        queue.push(c);
      }
    }
  }
  return { items: queue, reach: dirty };
}

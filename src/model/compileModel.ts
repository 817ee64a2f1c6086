/**
 * Semantic checks and compilation of a schema-valid model: references, duplicates, calendar
 * dates, BOM cycles, then dense arrays (item index, BOM in CSR form both ways, low-level codes by
 * the topological traversal of bomOrder.ts, events grouped per item).
 *
 * Complexity: O(I log I + L log L + E log E) for I items, L BOM lines, E dated records; no
 * recursion, so a 100,000-level chain compiles.
 */
import type { Issue, JsonPath } from "../errors/Issue.js";
import { modelMessages as M } from "../errors/modelMessages.js";
import { compareStrings, groupSort } from "../internal/sort.js";
import { ceilTo, floorTo, floorToMultiple } from "../internal/quantity.js";
import { bomGenerations, findCycles, linkLines } from "./bomOrder.js";
import { checkItemId, checkItemRef, checkRecordId, checkWorkCenterId, checkWorkCenterRef, type RecordSection } from "./referenceRules.js";
import { checkDate, compileCalendar, receiptTick, requirementTick, type Calendar } from "./calendar.js";
import { NO_OPERATION, type CompiledBom, type ItemEvents, type Model } from "./Model.js";
import { compileNetwork, routingKey, usesNetwork, type RoutingsByItem } from "./network.js";
import type { BomLine, DateValue, Demand, Item, ModelData, Order, Routing, WorkCenter } from "./schema.js";

const NEG = -0x80000000;
const POS = 0x7fffffff;

interface Ctx {
  readonly issues: Issue[];
  readonly itemIndex: Map<string, number>;
}

/** The index of item `id`, or -1 with an issue at `path`. One lookup: a model's references are counted in hundreds of thousands. */
function ref(ctx: Ctx, id: string, path: JsonPath): number {
  const k = ctx.itemIndex.get(id);
  if (k !== undefined) return k;
  checkItemRef(ctx.itemIndex, id, path, ctx.issues);
  return -1;
}

/**
 * Checks every reference of a schema-valid model and compiles it. Returns the issues when there
 * are any (all of them), or the compiled model.
 */
export function compileModel(data: ModelData): { model: Model } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const unit = data.calendar.unit === "day" ? "day" : "period";

  // Items: sort by id (a stable sort: equal ids stay in document order, side by side), index the
  // first of each id; only a model with duplicates walks the items again for their messages.
  const items = sortedBy(data.items, (a, b) => compareStrings(a.id, b.id));
  const itemIndex = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (i === 0 || items[i - 1]!.id !== id) itemIndex.set(id, i);
  }
  if (itemIndex.size !== items.length) {
    const firstAt = new Map<string, number>();
    data.items.forEach((it, i) => { checkItemId(firstAt, it.id, i, issues); });
  }
  const ctx: Ctx = { issues, itemIndex };

  // each item's problems found within it, then placed under it: no path made per item
  const found: Issue[] = [];
  data.items.forEach((it, i) => {
    checkItem(it, found);
    if (found.length === 0) return;
    for (const x of found) issues.push({ ...x, path: ["items", i, ...x.path] });
    found.length = 0;
  });

  const { workCenters, routingOf } = checkWorkCentersAndRoutings(data, ctx, unit);
  // the items of every document line (-1 for an unknown one), resolved once
  const docLines = checkBomLines(data, ctx, routingOf, unit);

  // Orders and demands: ids unique across all three collections.
  checkEventRecords(data, items, ctx, unit);

  const calendar = compileCalendarOf(data, issues, unit);

  // A supply network plans (item, location) nodes; a model without one plans its items.
  const isNetwork = usesNetwork(data);
  const network = isNetwork ? compileNetwork(data, items, itemIndex, routingOf, workCenters, calendar, issues, checkItem) : undefined;
  if (isNetwork && network === undefined) return { issues };
  const nodes = network?.items ?? items;
  const nodeIndex = network?.index ?? itemIndex;

  const n = nodes.length;
  // Cycles are looked for even when other problems exist, over the lines whose items are known.
  // a network's lines join nodes it made, resolved already
  const allKnown = network !== undefined || docLines.known;
  const bomOk = allKnown && calendar !== undefined && issues.length === 0;
  const lineInput: LineInput = network ?? { lineCount: data.bom.length, lineAt: (i) => data.bom[i]!, lineParent: docLines.parent, lineChild: docLines.child };
  const known = allKnown ? undefined : knownLinesOf(data.bom, docLines);
  const compiled = bomOk ? compileBom(lineInput, n, (v) => receiptTick(calendar, v)) : undefined;
  const bom = compiled?.[0];
  // the graph to look for cycles in, and the place in its input of each compiled line
  const [graph, lineOrder] = compiled ?? compileBom(known?.input ?? lineInput, n, () => 0);
  // where a compiled line is in the document (a network's: its place among the node lines), only
  // looked up for the lines that close a cycle
  const at = (l: number) => (known === undefined ? lineOrder[l]! : known.places[lineOrder[l]!]!);
  // one traversal: it finds the cycles, and without cycles its generations are the low-level codes
  const generations = bomGenerations(n, graph);
  issues.push(
    ...(network === undefined
      ? findCycles(graph, n, (i) => nodes[i]!.id, at, generations)
      : findCycles(graph, n, (i) => nodes[i]!.id, at, generations, (l, ids) => {
          // a cycle closed by a transfer is a loop of the supply network, one closed by a BOM line a BOM cycle
          const path = network.linePath(at(l));
          return path[0] === "sources" ? { path, code: "supply_cycle", message: M.supplyCycle(ids) } : { path, code: "bom_cycle", message: M.bomCycle(ids) };
        })),
  );
  if (issues.length > 0 || calendar === undefined || bom === undefined) return { issues };
  const lowLevelCode = generations.level;
  const planningOrder = groupSort(lowLevelCode, maxOf(lowLevelCode) + 1, (a, b) => a - b);

  let routings: (Routing | undefined)[];
  if (network !== undefined) routings = network.routings;
  else {
    routings = new Array<Routing | undefined>(n).fill(undefined);
    for (const [id, r] of routingOf.general) {
      routings[itemIndex.get(id)!] = { item: r.routing.item, operations: [...r.routing.operations].sort((a, b) => a.seq - b.seq) };
    }
  }

  const nodeOf = network?.nodeOf ?? ((r: Order | Demand) => itemIndex.get(r.item)!);
  const demands = compileEvents(data.demands, nodeOf, n, (d) => requirementTick(calendar, d));
  const scheduledReceipts = compileEvents(data.scheduledReceipts, nodeOf, n, (d) => receiptTick(calendar, d));
  const firmPlannedOrders = compileEvents(data.firmPlannedOrders, nodeOf, n, (d) => receiptTick(calendar, d));

  const canonical: ModelData = {
    ...data,
    items,
    bom: network === undefined ? [...bom.lines!] : network.bom,
    workCenters: [...data.workCenters].sort((a, b) => compareStrings(a.id, b.id)),
    routings: network === undefined ? routings.filter((r): r is Routing => r !== undefined) : sortedByJson(data.routings),
    locations: sortedBy(data.locations, (a, b) => compareStrings(a.id, b.id)),
    itemLocations: network?.itemLocations ?? [],
    sources: network?.sourcesById ?? [],
    scheduledReceipts: [...scheduledReceipts.records],
    firmPlannedOrders: [...firmPlannedOrders.records],
    demands: [...demands.records],
  };
  const model: Model = {
    data: canonical,
    calendar,
    itemCount: n,
    items: nodes,
    itemIndex: nodeIndex,
    lowLevelCode,
    planningOrder,
    bom,
    demands,
    scheduledReceipts,
    firmPlannedOrders,
    workCenters,
    routings,
    ...(network === undefined ? {} : { network: network.network }),
  };
  return { model };
}

/** The records in a total order by their JSON text, for sections kept as written; each written once. */
function sortedByJson<T>(a: readonly T[]): T[] {
  const keyed = a.map((x) => ({ x, k: JSON.stringify(x) }));
  for (let i = 1; i < keyed.length; i++) {
    if (compareStrings(keyed[i - 1]!.k, keyed[i]!.k) > 0) return keyed.sort((p, q) => compareStrings(p.k, q.k)).map((e) => e.x);
  }
  return [...a];
}

/** Work centers (unique ids, dated changes) and routings (known items, one per item, unique operation seqs, known work centers). */
function checkWorkCentersAndRoutings(
  data: ModelData,
  ctx: Ctx,
  unit: "period" | "day",
): { workCenters: Map<string, WorkCenter>; routingOf: RoutingsByItem } {
  const issues = ctx.issues;
  // Work centers.
  const workCenters = new Map<string, WorkCenter>();
  data.workCenters.forEach((wc, i) => {
    if (checkWorkCenterId(workCenters, wc.id, i, issues)) workCenters.set(wc.id, wc);
    wc.changes.forEach((c, j) => checkDate(unit, c.from, ["workCenters", i, "changes", j, "from"], issues));
  });

  // Routings.
  const general = new Map<string, { routing: Routing; at: number }>();
  const located = new Map<string, { routing: Routing; at: number }>();
  data.routings.forEach((r, i) => {
    ref(ctx, r.item, ["routings", i, "item"]);
    const map = r.location === undefined ? general : located;
    const key = r.location === undefined ? r.item : routingKey(r.item, r.location);
    if (map.has(key)) {
      issues.push({ path: ["routings", i, "item"], code: "duplicate_id", message: r.location === undefined ? M.duplicateRouting(r.item) : M.duplicateRoutingAt(r.item, r.location) });
    } else map.set(key, { routing: r, at: i });
    const seqs = new Set<number>();
    r.operations.forEach((op, j) => {
      const p: JsonPath = ["routings", i, "operations", j];
      if (seqs.has(op.seq)) issues.push({ path: [...p, "seq"], code: "duplicate_id", message: M.duplicateOperationSeq(op.seq) });
      seqs.add(op.seq);
      if (op.workCenter === null) {
        if (op.outsourced === null) {
          issues.push({ path: [...p, "workCenter"], code: "invalid_type", message: M.operationNeedsWorkCenter });
        }
      } else checkWorkCenterRef(workCenters, op.workCenter, [...p, "workCenter"], issues);
    });
  });
  const routed = new Set([...general.keys(), ...data.routings.map((r) => r.item)]);
  data.items.forEach((it, i) => {
    if (it.leadTimeFrom === "routing" && !routed.has(it.id)) {
      issues.push({ path: ["items", i, "leadTimeFrom"], code: "missing_routing", message: M.missingRouting(it.id) });
    }
  });
  return { workCenters, routingOf: { general, located } };
}

/** The lines whose items are both known, with their items. */
function knownLinesOf(lines: readonly BomLine[], nodes: DocumentLines): { input: LineInput; places: Int32Array } {
  const places: number[] = [];
  lines.forEach((_, i) => {
    if (nodes.parent[i]! >= 0 && nodes.child[i]! >= 0) places.push(i);
  });
  const at = Int32Array.from(places);
  return {
    input: {
      lineCount: at.length,
      lineAt: (k) => lines[at[k]!]!,
      lineParent: at.map((i) => nodes.parent[i]!),
      lineChild: at.map((i) => nodes.child[i]!),
    },
    places: at,
  };
}

/** The items of a model's BOM lines: the parent and child index of each, -1 where unknown. */
interface DocumentLines {
  readonly parent: Int32Array;
  readonly child: Int32Array;
  /** Whether every line's items are known. */
  readonly known: boolean;
}

/** BOM lines: known items, effectivity dates of the calendar's mode and in order, operations of the parent's routing. */
function checkBomLines(data: ModelData, ctx: Ctx, routingOf: RoutingsByItem, unit: "period" | "day"): DocumentLines {
  const issues = ctx.issues;
  const parent = new Int32Array(data.bom.length);
  const child = new Int32Array(data.bom.length);
  let known = true;
  data.bom.forEach((l, i) => {
    const p = ref(ctx, l.parent, ["bom", i, "parent"]);
    const c = ref(ctx, l.child, ["bom", i, "child"]);
    parent[i] = p;
    child[i] = c;
    if (p < 0 || c < 0) known = false;
    const fromOk = l.from !== null && checkDate(unit, l.from, ["bom", i, "from"], issues);
    const toOk = l.to !== null && checkDate(unit, l.to, ["bom", i, "to"], issues);
    if (fromOk && toOk && (unit === "period" ? (l.from as number) >= (l.to as number) : (l.from as string) >= (l.to as string))) {
      issues.push({ path: ["bom", i, "to"], code: "invalid_value", message: M.emptyEffectivity(l.from, l.to) });
    }
    if (l.operation !== null && p >= 0) {
      const r = (l.location === undefined ? undefined : routingOf.located.get(routingKey(l.parent, l.location))) ?? routingOf.general.get(l.parent);
      if (!r?.routing.operations.some((o) => o.seq === l.operation)) {
        issues.push({ path: ["bom", i, "operation"], code: "unknown_reference", message: M.unknownOperation(l.parent, l.operation) });
      }
    }
  });
  return { parent, child, known };
}

/** The calendar, and the planning time fences it makes impossible; undefined when the calendar is invalid. */
function compileCalendarOf(data: ModelData, issues: Issue[], unit: "period" | "day"): Calendar | undefined {
  const latest: string[] = [];
  if (unit === "day") {
    for (const r of [...data.demands, ...data.scheduledReceipts, ...data.firmPlannedOrders]) if (typeof r.due === "string") latest.push(r.due);
  }
  const calendar = compileCalendar(data.calendar, latest, issues);
  if (calendar !== undefined) {
    data.items.forEach((it, i) => {
      if (it.planningTimeFence > 0 && it.planningTimeFence >= calendar.horizon) {
        issues.push({
          path: ["items", i, "planningTimeFence"],
          code: "too_big",
          message: M.fenceBeyondHorizon(it.planningTimeFence, calendar.horizon),
        });
      }
    });
  }
  return calendar;
}

/** Checks demands, open orders and firm planned orders: unique ids across all three, known items, no phantom orders, dates of the calendar's mode. */
function checkEventRecords(data: ModelData, items: readonly Item[], ctx: Ctx, unit: "period" | "day"): void {
  const issues = ctx.issues;
  const orderIds = new Map<string, string>();
  const checkRecords = (name: RecordSection, recs: readonly (Order | Demand)[]) => {
    recs.forEach((r, i) => {
      checkRecordId(orderIds, name, i, r.id, issues);
      const k = ref(ctx, r.item, [name, i, "item"]);
      if (k >= 0 && name !== "demands" && items[k]!.source === "phantom") {
        issues.push({
          path: [name, i, "item"],
          code: "phantom_order",
          message: M.phantomOrder(r.item, name),
        });
      }
      checkDate(unit, r.due, [name, i, "due"], issues);
    });
  };
  checkRecords("scheduledReceipts", data.scheduledReceipts);
  checkRecords("firmPlannedOrders", data.firmPlannedOrders);
  checkRecords("demands", data.demands);
}

/**
 * Recompiles a model whose only changes are in its demands, open orders or firm planned orders:
 * everything else (items, BOM, routings, calendar) is taken from `prev`. The caller makes sure
 * nothing else changed and that the calendar does not depend on the records' dates.
 */
export function recompileEvents(prev: Model, data: ModelData): { model: Model } | { issues: Issue[] } {
  const issues: Issue[] = [];
  const unit = prev.calendar.unit;
  const ctx: Ctx = { issues, itemIndex: prev.itemIndex as Map<string, number> };
  checkEventRecords(data, prev.items, ctx, unit);
  if (issues.length > 0) return { issues };
  const n = prev.itemCount;
  const calendar = prev.calendar;
  const nodeOf = (r: Order | Demand) => prev.itemIndex.get(r.item)!;
  const demands = compileEvents(data.demands, nodeOf, n, (d) => requirementTick(calendar, d));
  const scheduledReceipts = compileEvents(data.scheduledReceipts, nodeOf, n, (d) => receiptTick(calendar, d));
  const firmPlannedOrders = compileEvents(data.firmPlannedOrders, nodeOf, n, (d) => receiptTick(calendar, d));
  return {
    model: {
      ...prev,
      data: {
        ...prev.data,
        scheduledReceipts: [...scheduledReceipts.records],
        firmPlannedOrders: [...firmPlannedOrders.records],
        demands: [...demands.records],
      },
      demands,
      scheduledReceipts,
      firmPlannedOrders,
    },
  };
}

/** Whether a quantity is written with at most `decimals` decimals. */
function fits(x: number, decimals: number): boolean {
  return ceilTo(x, decimals) === x;
}

/** The problems of an item's own fields, at paths within the item: the caller places them. */
function checkItem(it: Item, issues: Issue[]): void {
  const ls = it.lotSizing;
  if (ls.rule === "min-max" && ls.max < ls.min) {
    issues.push({ path: ["lotSizing", "max"], code: "too_small", message: M.minMaxOrder(ls.max, ls.min) });
  }
  if ((ls.rule === "eoq" || ls.rule === "poq") && (it.cost.setup <= 0 || it.cost.holding <= 0)) {
    issues.push({
      path: ["cost"],
      code: "missing_cost",
      message: M.missingCost(ls.rule),
    });
  }
  const m = it.orderModifiers;
  if (m.multiple !== null && !fits(m.multiple, it.decimals)) {
    issues.push({ path: ["orderModifiers", "multiple"], code: "invalid_value", message: M.multipleDecimals(m.multiple, it.decimals) });
  }
  if (ls.rule === "fixed" && !fits(ls.quantity, it.decimals)) {
    issues.push({ path: ["lotSizing", "quantity"], code: "invalid_value", message: M.fixedLotDecimals(ls.quantity, it.decimals) });
  }
  if (m.maximum !== null && m.multiple !== null && m.maximum >= m.multiple && floorToMultiple(m.maximum, m.multiple) < m.minimum) {
    issues.push({
      path: ["orderModifiers", "maximum"],
      code: "too_small",
      message: M.maximumBelowMinimumAfterMultiple(m.maximum, m.multiple, m.minimum),
    });
  }
  if (m.maximum !== null) {
    if (m.maximum < m.minimum) {
      issues.push({ path: ["orderModifiers", "maximum"], code: "too_small", message: M.maximumBelowMinimum(m.maximum, m.minimum) });
    }
    if (m.multiple !== null && m.maximum < m.multiple) {
      issues.push({ path: ["orderModifiers", "maximum"], code: "too_small", message: M.maximumBelowMultiple(m.maximum, m.multiple) });
    } else if (floorTo(m.maximum, it.decimals) <= 0) {
      issues.push({ path: ["orderModifiers", "maximum"], code: "too_small", message: M.maximumRoundsToZero(m.maximum, it.decimals) });
    }
  }
  if (it.source === "phantom" && it.leadTimeFrom === "routing") {
    issues.push({ path: ["leadTimeFrom"], code: "invalid_value", message: M.phantomRoutingLeadTime });
  }
}

/**
 * BOM lines to compile: line `i` is `lineAt(i)`, between nodes `lineParent[i]` and `lineChild[i]`.
 * A network's lines also say which orders of their parent they apply to (`lineSource`).
 */
interface LineInput {
  readonly lineCount: number;
  readonly lineAt: (i: number) => BomLine;
  readonly lineParent: Int32Array;
  readonly lineChild: Int32Array;
  readonly lineSource?: Int32Array;
}

/**
 * The BOM in CSR form, and the place in the input of each compiled line. The lines as data are
 * kept only outside a network (a network's are between nodes, and the document keeps its own).
 */
function compileBom(input: LineInput, n: number, tickOf: (v: DateValue) => number): [CompiledBom, Int32Array] {
  const L = input.lineCount;
  const { lineAt, lineSource, lineParent: par, lineChild: chi } = input;
  const fromT = new Int32Array(L);
  const toT = new Int32Array(L);
  for (let i = 0; i < L; i++) {
    const l = lineAt(i);
    fromT[i] = l.from === null ? NEG : tickOf(l.from);
    toT[i] = l.to === null ? POS : tickOf(l.to);
  }
  const order = groupSort(par, n, (a, b) => chi[a]! - chi[b]! || fromT[a]! - fromT[b]! || toT[a]! - toT[b]! || compareLine(lineAt(a), lineAt(b)) || (lineSource === undefined ? 0 : lineSource[a]! - lineSource[b]!));
  const lines = lineSource === undefined ? new Array<BomLine>(L) : undefined;
  const parent = new Int32Array(L);
  const child = new Int32Array(L);
  const qty = new Float64Array(L);
  const scrap = new Float64Array(L);
  const fixed = new Uint8Array(L);
  const offset = new Int32Array(L);
  const fromTick = new Int32Array(L);
  const toTick = new Int32Array(L);
  const operation = new Float64Array(L);
  for (let k = 0; k < L; k++) {
    const i = order[k]!;
    const l = lineAt(i);
    if (lines !== undefined) lines[k] = l;
    parent[k] = par[i]!;
    child[k] = chi[i]!;
    qty[k] = l.quantity;
    scrap[k] = l.scrap;
    fixed[k] = l.fixed ? 1 : 0;
    offset[k] = l.offset;
    fromTick[k] = fromT[i]!;
    toTick[k] = toT[i]!;
    operation[k] = l.operation ?? NO_OPERATION;
  }
  const { childStart, parentStart, parentLines } = linkLines(n, parent, child);
  const compiled = { parent, child, qty, scrap, fixed, offset, fromTick, toTick, operation, childStart, parentStart, parentLines };
  if (lineSource === undefined) return [{ ...compiled, lines: lines! }, order];
  const source = new Int32Array(L);
  for (let k = 0; k < L; k++) source[k] = lineSource[order[k]!]!;
  return [{ ...compiled, source }, order];
}

function compareLine(a: BomLine, b: BomLine): number {
  return (
    a.quantity - b.quantity ||
    a.scrap - b.scrap ||
    Number(a.fixed) - Number(b.fixed) ||
    a.offset - b.offset ||
    (a.operation ?? -Infinity) - (b.operation ?? -Infinity)
  );
}

function compileEvents<T extends Order | Demand>(
  input: readonly T[],
  nodeOf: (r: T) => number,
  n: number,
  toTick: (d: DateValue) => number,
): ItemEvents<T> {
  const m = input.length;
  const it = new Int32Array(m);
  const tk = new Int32Array(m);
  input.forEach((r, i) => {
    it[i] = nodeOf(r);
    tk[i] = toTick(r.due);
  });
  const order = groupSort(it, n, (a, b) => tk[a]! - tk[b]! || compareStrings(input[a]!.id, input[b]!.id));
  const start = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) start[it[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  return {
    records: pick(input, order),
    tick: permute(tk, order),
    item: permute(it, order),
    start,
  };
}

/** A copy of `a` sorted by `cmp`, skipping the sort when it is already in order. */
function sortedBy<T>(a: readonly T[], cmp: (x: T, y: T) => number): T[] {
  for (let i = 1; i < a.length; i++) if (cmp(a[i - 1]!, a[i]!) > 0) return [...a].sort(cmp);
  return [...a];
}

/** The records of `input` at the places `order` lists, in that order. */
function pick<T>(input: readonly T[], order: Int32Array): T[] {
  const out = new Array<T>(order.length);
  for (let k = 0; k < order.length; k++) out[k] = input[order[k]!]!;
  return out;
}

function permute(a: Int32Array, order: Int32Array): Int32Array {
  const out = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = a[order[k]!]!;
  return out;
}

function maxOf(a: Int32Array): number {
  let m = 0;
  // code run once is not optimised, and for-of there makes an object per element
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- see above
  for (let i = 0; i < a.length; i++) if (a[i]! > m) m = a[i]!;
  return m;
}

/**
 * Bill of resources (docs/capacity.md, rough-cut capacity planning): the work-center hours one unit
 * of an end item needs, and when, relative to its due date. Derived from the routings of the item
 * and of everything below it in the BOM, each component scheduled backward from the date its
 * parent needs it (the parent's release, or the start of the operation its line names, plus the
 * line offset), so every row is offset by the lead times above it.
 *
 * Complexity: O(Σ (D_i · (L_i + R_i))) over the items below the end item, with D_i the distinct
 * relative due dates of item i, L_i its lines and R_i its operations; items are visited in
 * low-level-code order with their quantities summed per date, never per path, so shared
 * sub-assemblies do not multiply the work. No recursion.
 *
 * Reference: APICS/ASCM CPIM dictionary, "bill of resources", "resource profile", "rough-cut
 * capacity planning"; Vollmann et al., Manufacturing Planning and Control for Supply Chain
 * Management, ch. 10 (capacity bills, resource profiles).
 */
import { itemIndexOf } from "../bom/bomArgs.js";
import { cleanQty } from "../internal/quantity.js";
import { compareStrings } from "../internal/sort.js";
import { ANY_ORDER, MAKE_ORDER, SourceKind, type Model } from "../model/Model.js";
import { prioritySource } from "../mrp/sources.js";
import { operationStart, scheduleOrder } from "../routing/scheduleOrder.js";
import { routingFactor } from "../model/assemblyScrap.js";

/**
 * One row of a bill of resources: an operation's load per end-item unit and per end-item order.
 *
 * @category Capacity
 */
export interface ResourceRow {
  /** Work center id. */
  readonly workCenter: string;
  /** The item whose routing has the operation (the end item or a component). */
  readonly item: string;
  /** Routing sequence number. */
  readonly seq: number;
  /** Run hours per unit of the end item, efficiency and scrap included. */
  readonly hoursPerUnit: number;
  /** Hours per order of the end item: setup, and run hours of fixed-quantity components. */
  readonly hoursPerOrder: number;
  /** Ticks from the first run tick to the end item's due tick (the load starts `offset` ticks before it). */
  readonly offset: number;
  /** Run ticks over which the hours are spread (at least 1). */
  readonly ticks: number;
}

/**
 * The bill of resources of an end item.
 *
 * @category Capacity
 */
export interface BillOfResources {
  /** End item id. */
  readonly item: string;
  /** Rows by work center, then offset (earliest load first), item and seq. */
  readonly rows: readonly ResourceRow[];
}

/**
 * Derives the bill of resources of an item from the routings through its BOM, offset by lead
 * times. Components are scheduled for the quantity one end-item unit needs (scrap included);
 * lines effective at the planning start count; outsourced operations load nothing. In a model
 * with locations each location is followed through its source of first priority at the planning
 * start: a transfer to the location it ships from after its transit time, a purchase no further;
 * only a location that makes the item loads its routing.
 *
 * @param model - the compiled model
 * @param item - the end item id
 * @returns the rows: hours per unit and per order, each at its offset before the due date
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @example
 * ```ts
 * // A (lead time 1) needs 2 B; A runs 0.5 h per unit on ASSY, B 0.25 h per unit on MILL
 * buildBillOfResources(model, "A").rows
 * //=> [{ workCenter: "ASSY", item: "A", seq: 10, hoursPerUnit: 0.5, hoursPerOrder: 0, offset: 1, ticks: 1 },
 * //    { workCenter: "MILL", item: "B", seq: 10, hoursPerUnit: 0.5, hoursPerOrder: 0, offset: 2, ticks: 1 }]
 * ```
 *
 * @category Capacity
 */
export function buildBillOfResources(model: Model, item: string): BillOfResources {
  const top = itemIndexOf(model, item);
  return { item, rows: resourceRows(model, top) };
}

/** Rows of the bill of resources of item index `top`. */
export function resourceRows(model: Model, top: number): ResourceRow[] {
  const { bom, items } = model;
  // Per item: relative due tick -> [per unit, per order] quantities.
  const need = new Map<number, Map<number, [number, number]>>();
  need.set(top, new Map([[0, [1, 0]]]));
  const rows: ResourceRow[] = [];
  const add = (i: number, due: number, u: number, f: number) => {
    let m = need.get(i);
    if (m === undefined) need.set(i, (m = new Map<number, [number, number]>()));
    const q = m.get(due);
    if (q === undefined) m.set(due, [u, f]);
    else {
      q[0] += u;
      q[1] += f;
    }
  };
  const net = model.network;
  for (const i of model.planningOrder) {
    const m = need.get(i);
    if (m === undefined) continue;
    const it = items[i]!;
    // in a network, a location supplies by its source of first priority at the planning start
    const s = net === undefined ? -1 : prioritySource(net, i, 0);
    const made = s < 0 || net!.sourceKind[s] === SourceKind.Make;
    const routing = made ? model.routings[i] : undefined;
    const leadTime = s < 0 ? it.leadTime : net!.sourceLead[s]!;
    const scrap = made ? it.assemblyScrap : 0;
    // an "order"-mode item's routing runs the started quantity (assembly scrap included)
    const g = routingFactor(it);
    for (const [due, [u, f]] of [...m].sort((a, b) => b[0] - a[0])) {
      const schedule = scheduleOrder(model, i, u + f, due);
      if (routing !== undefined) {
        schedule.operations.forEach((op, j) => {
          if (op.outsourced || op.hours <= 0) return;
          const r = routing.operations[j]!;
          const wc = model.workCenters.get(r.workCenter!)!;
          rows.push({
            workCenter: wc.id,
            item: it.id,
            seq: op.seq,
            hoursPerUnit: cleanQty((u * g * r.run) / wc.efficiency),
            hoursPerOrder: cleanQty((r.setup + f * g * r.run) / wc.efficiency),
            offset: -op.runStart,
            ticks: op.runEnd - op.runStart,
          });
        });
      }
      const release =
        it.source === "phantom" && made ? due : it.leadTimeFrom === "routing" && routing !== undefined ? schedule.release : due - leadTime;
      for (let l = bom.childStart[i]!; l < bom.childStart[i + 1]!; l++) {
        if (!(bom.fromTick[l]! <= 0 && 0 < bom.toTick[l]!) || !lineServes(model, l, s)) continue;
        const per = bom.qty[l]! * (1 + bom.scrap[l]!);
        const at = (Number.isNaN(bom.operation[l]!) || routing === undefined ? release : operationStart(schedule, bom.operation[l]!)) + bom.offset[l]!;
        if (bom.fixed[l] === 1) add(bom.child[l]!, at, 0, per);
        else add(bom.child[l]!, at, u * (1 + scrap) * per, f * (1 + scrap) * per);
      }
    }
  }
  return rows.sort(
    (a, b) =>
      compareStrings(a.workCenter, b.workCenter) || b.offset - a.offset || compareStrings(a.item, b.item) || a.seq - b.seq || a.ticks - b.ticks,
  );
}

/** Whether BOM line `l` serves the orders of source `s` of its parent (-1: no source), as exploding them does. */
function lineServes(model: Model, l: number, s: number): boolean {
  const only = model.bom.source?.[l] ?? ANY_ORDER;
  if (only === ANY_ORDER) return true;
  if (only === MAKE_ORDER) return s < 0 || model.network!.sourceKind[s] === SourceKind.Make;
  return only === s;
}

/**
 * The former name of {@link buildBillOfResources}.
 *
 * @deprecated Use {@link buildBillOfResources}; this name goes away in 2.0.
 *
 * @category Capacity
 */
export const billOfResources = buildBillOfResources;

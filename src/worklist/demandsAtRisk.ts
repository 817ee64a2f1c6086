/**
 * The demands at risk (docs/worklist.md): every independent demand whose full pegging reaches a
 * late release, a time-fence shortage, a past-due demand, an overdue open order or an order
 * received after it is needed, with the orders on the way and how late it may be. The first list
 * a planner reads.
 *
 * Complexity: O(M · P + D log D) for M messages and late pegs, P the pegs reached by walking one
 * order's pegging up to its demands, and D demands at risk; plus O(R) per item with overdue open
 * orders, for R requirements of the plan.
 */
import type { CapacityResult } from "../capacity/capacity.js";
import type { CapacityMessage } from "../capacity/types.js";
import { worklistMessages } from "../errors/worklistMessages.js";
import { cleanQty, EPS } from "../internal/quantity.js";
import { compareStrings } from "../internal/sort.js";
import type { Attributes } from "../model/attributes.js";
import type { Demand, DemandKind } from "../model/schema.js";
import { itemRecords } from "../mrp/itemRecords.js";
import { RequirementKind } from "../mrp/columns.js";
import { orderId } from "../mrp/buildResult.js";
import { pegToDemands, type DemandPeg } from "../mrp/pegToDemands.js";
import type { PlanDate, PlanException, PlanResult } from "../mrp/PlanResult.js";
import { stateOf } from "../mrp/planState.js";
import { tickLabel } from "../model/calendar.js";
import { tickOfDate } from "./planDates.js";
import { nodeKey } from "../model/nodeKey.js";

/**
 * What puts a demand at risk:
 *
 * - `late-release`: an order on its pegging should have been released before the planning start;
 * - `time-fence`: an order on its pegging is received after the planning time fence, later than needed;
 * - `past-due-demand`: the demand itself was due before the planning start;
 * - `past-due-receipt`: the plan counts at the first tick on an open order that was due before
 *   the planning start, and the demand needs that item while the item would be short without it;
 * - `shortage`: an order on its pegging is received after the requirement it covers (at any level).
 *
 * @category Planning
 */
export type RiskKind = "late-release" | "time-fence" | "past-due-demand" | "past-due-receipt" | "shortage";

/**
 * One reason a demand is at risk: a message reached through the demand's pegging.
 *
 * @category Planning
 */
export interface RiskCause {
  /** What it is. */
  readonly kind: RiskKind;
  /** The item the message is about. */
  readonly item: string;
  /** In a model with locations: the location of the item the message is about. */
  readonly location?: string;
  /** The order, open order or demand the message is about. */
  readonly ref: string;
  /**
   * The orders from the one that covers the demand down to `ref`, top first; empty for
   * `past-due-demand`. For `past-due-receipt` it ends with the open order.
   */
  readonly path: readonly string[];
  /** How much of the demand depends on it, in the demand's item's units. */
  readonly quantity: number;
  /** How many ticks (periods or working days) late it makes the demand, at most. */
  readonly ticksLate: number;
  /** Readable message: the plan's action message, or the text of the shortage. */
  readonly message: string;
}

/**
 * A demand at risk.
 *
 * @category Planning
 */
export interface DemandAtRisk {
  /** The demand id. */
  readonly demand: string;
  /** Its item. */
  readonly item: string;
  /** In a model with locations: where it is required. */
  readonly location?: string;
  /** `"order"` (customer order), `"forecast"` or `"mps"` (master schedule entry). */
  readonly kind: DemandKind;
  /** The demand's quantity. */
  readonly quantity: number;
  /** Its due date. */
  readonly due: PlanDate;
  /**
   * How many ticks late it may be met: from its due date (or the first tick, when it is past
   * due) on by the largest `ticksLate` of its other causes. An estimate of one cause at a time:
   * slack on the way up may absorb a delay, and two causes on one path may add up.
   */
  readonly ticksLate: number;
  /** The due date moved on by `ticksLate` ticks: when it may be met. */
  readonly expected: PlanDate;
  /** Every cause, most late first, then kind, ref and path. */
  readonly causes: readonly RiskCause[];
  /** The demand's `attributes` (customer, priority ...), when it has any. */
  readonly attributes?: Attributes;
}

/**
 * Options of {@link demandsAtRisk}.
 *
 * @category Planning
 */
export interface DemandsAtRiskOptions {
  /** The plan's capacity result ({@link planCapacity}): its overload messages are returned beside the demands. */
  readonly capacity?: CapacityResult;
}

/**
 * The result of {@link demandsAtRisk}.
 *
 * @category Planning
 */
export interface DemandsAtRisk {
  /** The demands at risk: most ticks late first, then due date, then demand id. */
  readonly demands: readonly DemandAtRisk[];
  /** The capacity overload messages of `options.capacity`, in time order; empty without it. */
  readonly overloads: readonly CapacityMessage[];
}

/** Peg sources that are stock the item keeps, not requirements. */
const STOCK_PEGS: ReadonlySet<string> = new Set(["safety-stock", "min-max", "allocated"]);

/** The plan messages that reach demands through pegging; compared as strings, so kinds added later need no cast. */
const ORDER_KINDS: ReadonlySet<string> = new Set(["late-release", "time-fence"]);

/**
 * Lists the demands a plan cannot meet on time, or only if something overdue happens: every
 * customer order, forecast and master schedule entry whose full pegging (down through every
 * level of orders) reaches a `late-release`, `time-fence`, `past-due-demand` or
 * `past-due-receipt` message, or an order received after the requirement it covers.
 *
 * How late: a late release `ticksLate`; a time fence the ticks from the need to the receipt; a
 * past-due demand the ticks from its due date to the start; an order received late the ticks
 * from the need to its due date; an overdue open order the ticks it is overdue. A demand's
 * `ticksLate` counts from its due date (from the first tick when it is past due) on by the
 * largest delay of its other causes.
 *
 * @param result - a plan from {@link plan} or {@link replan}
 * @param options - the plan's capacity result, for its overloads
 * @returns the demands at risk, most late first, then due date, then id; and the overloads
 * @throws {@link MrpError} (`not_a_plan_result`) for a value that is not a plan result
 * @example
 * ```ts
 * // examples/bicycle.json: frame#1 should have been released a period before the start
 * demandsAtRisk(plan(bicycle)).demands[1]
 * //=> { demand: "SO-2", item: "bicycle", kind: "order", quantity: 15, due: 5, ticksLate: 1, expected: 6,
 * //     causes: [{ kind: "late-release", item: "fork", ref: "fork#1", path: ["bicycle#2", "frame-assembly#2", "fork#1"], ... }] }
 * ```
 *
 * @category Planning
 */
export function demandsAtRisk(result: PlanResult, options: DemandsAtRiskOptions = {}): DemandsAtRisk {
  const { model } = result;
  const cal = model.calendar;
  stateOf(result);
  const demandById = new Map<string, Demand>(model.data.demands.map((d) => [d.id, d]));
  const causes = new Map<string, RiskCause[]>();
  const add = (demand: string, cause: RiskCause): void => {
    if (!demandById.has(demand)) return; // safety stock, min-max and allocated stock are not demands
    const list = causes.get(demand);
    if (list === undefined) causes.set(demand, [cause]);
    else list.push(cause);
  };
  const viaPegs = (order: string, keep: (p: DemandPeg) => boolean, cause: Omit<RiskCause, "path" | "quantity">): void => {
    for (const p of pegToDemands(result, order)) {
      if (keep(p)) add(p.demand, { kind: cause.kind, item: cause.item, ...at(cause.location), ref: cause.ref, path: [...p.path].reverse(), quantity: p.quantity, ticksLate: cause.ticksLate, message: cause.message });
    }
  };
  const timeFenced = new Set<string>();
  for (const e of result.exceptions) {
    const kind: string = e.kind;
    if (ORDER_KINDS.has(kind) && e.ref !== null) {
      const late = kind === "late-release" ? (e.ticksLate ?? 0) : tickOfDate(cal, e.newDate ?? e.date) - tickOfDate(cal, e.date);
      if (kind === "time-fence") timeFenced.add(e.ref);
      viaPegs(e.ref, () => true, { kind: kind as RiskKind, item: e.item, ...at(e.location), ref: e.ref, ticksLate: late, message: e.message });
    } else if (kind === "past-due-demand" && e.ref !== null) {
      add(e.ref, { kind: "past-due-demand", item: e.item, ...at(e.location), ref: e.ref, path: [], quantity: e.quantity, ticksLate: -tickOfDate(cal, e.date), message: e.message });
    } else if (kind === "past-due-receipt" && e.ref !== null) {
      overdueReceipt(result, e, add);
    }
  }
  // Orders received after the requirement they cover (a time fence says so already).
  for (const o of [...result.plannedOrders, ...result.firmPlannedOrders]) {
    if (timeFenced.has(o.id)) continue;
    const due = tickOfDate(cal, o.due);
    for (const peg of o.pegging) {
      // stock the item keeps is pegged at the first tick and is no demand's
      if (STOCK_PEGS.has(peg.source) && !demandById.has(peg.source)) continue;
      const need = tickOfDate(cal, peg.date);
      if (need >= due) continue;
      const message = worklistMessages.shortage(nodeKey(o.item, o.location), o.id, peg.quantity, peg.date, o.due, due - need, cal.unit);
      viaPegs(o.id, (p) => (p.path.length > 1 ? p.path[1] : p.demand) === peg.source, { kind: "shortage", item: o.item, ...at(o.location), ref: o.id, ticksLate: due - need, message });
    }
  }
  const demands: DemandAtRisk[] = [];
  for (const [id, list] of causes) {
    const d = demandById.get(id)!;
    const sorted = dedupe(list).sort(byCause);
    const dueTick = tickOfDate(cal, d.due);
    // a past-due demand is planned at the first tick; the supply causes delay it from there
    let supplyLate = 0;
    for (const cause of sorted) if (cause.kind !== "past-due-demand") supplyLate = Math.max(supplyLate, cause.ticksLate);
    const ticksLate = Math.max(dueTick, 0) + supplyLate - dueTick;
    const entry: DemandAtRisk = {
      demand: id,
      item: d.item,
      ...at(d.location),
      kind: d.kind,
      quantity: d.quantity,
      due: d.due,
      ticksLate,
      expected: tickLabel(cal, dueTick + ticksLate),
      causes: sorted,
    };
    demands.push(d.attributes === undefined ? entry : { ...entry, attributes: d.attributes });
  }
  const dueOf = new Map(demands.map((d) => [d.demand, tickOfDate(cal, d.due)]));
  demands.sort((a, b) => b.ticksLate - a.ticksLate || dueOf.get(a.demand)! - dueOf.get(b.demand)! || compareStrings(a.demand, b.demand));
  return { demands, overloads: options.capacity?.messages ?? [] };
}

/**
 * An open order due before the start, which the plan counts on at the first tick: the ticks
 * where the item's projected on hand is below its quantity are the ticks the item would be
 * short without it. The item's requirements at those ticks (its own demands, and its parents'
 * orders, through their pegging up to their demands) are at risk.
 */
export function overdueReceipt(result: PlanResult, e: PlanException, add: (demand: string, cause: RiskCause) => void): void {
  const { model, columns: c } = result;
  const cal = model.calendar;
  const key = nodeKey(e.item, e.location);
  const item = model.itemIndex.get(key);
  if (item === undefined) return;
  const short = new Set<number>();
  itemRecords(result, key).forEach((r, t) => {
    if (r.projectedOnHand - e.quantity < -EPS) short.add(t);
  });
  if (short.size === 0) return;
  const ref = e.ref!;
  const base = { kind: "past-due-receipt" as const, item: e.item, ref, ticksLate: -tickOfDate(cal, e.date), message: e.message };
  const lines = c.reqLine;
  const seen = new Set<string>();
  for (let r = 0; r < c.reqTick.length; r++) {
    if (!short.has(c.reqTick[r]!)) continue;
    if (c.reqKind[r] === RequirementKind.Demand) {
      const d = c.demandRefs[c.reqSrc[r]!]!;
      if (d.item !== e.item || d.location !== e.location || seen.has(`d${d.id}`)) continue;
      seen.add(`d${d.id}`);
      add(d.id, { kind: base.kind, item: base.item, ...at(e.location), ref, path: [ref], quantity: c.reqQty[r]!, ticksLate: base.ticksLate, message: base.message });
      continue;
    }
    if (model.bom.child[lines[r]!] !== item) continue;
    const o = c.reqSrc[r]!;
    const parent = c.orderItem[o]!;
    // requirements of orders a net change has replaced are left in the columns: skip them
    if (o < c.itemOrderStart[parent]! || o >= c.itemOrderEnd[parent]!) continue;
    const id = orderId(model, c, o);
    if (seen.has(`o${id}`)) continue;
    seen.add(`o${id}`);
    for (const p of pegToDemands(result, id)) {
      add(p.demand, { kind: base.kind, item: base.item, ...at(e.location), ref, path: [...p.path].reverse().concat(ref), quantity: p.quantity, ticksLate: base.ticksLate, message: base.message });
    }
  }
}


/** A `location` field when there is a location (a model with locations), none otherwise. */
function at(location: string | undefined): { location?: string } {
  return location === undefined ? {} : { location };
}

/** The same cause reached twice (two pegs of one order to one parent) counts once, with both quantities. */
function dedupe(list: readonly RiskCause[]): RiskCause[] {
  const byKey = new Map<string, RiskCause>();
  for (const c of list) {
    const key = `${c.kind}\u0000${c.ref}\u0000${c.path.join("\u0000")}`;
    const prev = byKey.get(key);
    byKey.set(key, prev === undefined ? c : { ...prev, quantity: cleanQty(prev.quantity + c.quantity), ticksLate: Math.max(prev.ticksLate, c.ticksLate) });
  }
  return [...byKey.values()];
}

function byCause(a: RiskCause, b: RiskCause): number {
  return (
    b.ticksLate - a.ticksLate ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.ref, b.ref) ||
    compareStrings(a.path.join("\u0000"), b.path.join("\u0000")) ||
    compareStrings(a.message, b.message)
  );
}

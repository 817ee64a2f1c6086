/**
 * Regenerative MRP (docs/concepts.md): items in low-level-code order, each netted bucketlessly over
 * its own events (requirements, open orders, firm planned orders), lots sized by the item's rule,
 * offset by lead time, then exploded into its components' requirements. Work grows with events
 * and BOM lines, never with items x horizon.
 *
 * Complexity: O(L + E log E) for L BOM-line explosions and E events, plus the look-ahead of the
 * lot-sizing rules (O(k) per lot, O(k^2) for Wagner-Whitin).
 * Reference: Orlicky, Material Requirements Planning (1975); APICS CPIM dictionary.
 *
 * NOTE: every column is a typed array filled in place; the per-item scratch arrays are reused,
 * so the hot loop allocates nothing per tick and never touches a string id.
 */
import { cleanQty } from "../internal/quantity.js";
import type { Model } from "../model/Model.js";
import { demandsOf, type DemandNotice, type DemandRequirement } from "../demand/demandsOf.js";
import { policyFor } from "./lotSizing/policyFor.js";
import type { LotWindow } from "./lotSizing/types.js";
import { applyOrderModifiers, orderCount } from "./orderModifiers.js";
import { PlanLimitError } from "../errors/PlanLimitError.js";
import { InvalidOptionError } from "../errors/InvalidOptionError.js";
import { buildResult, type RawException } from "./buildResult.js";
import type { PlanResult } from "./PlanResult.js";
import type { Demand } from "../model/schema.js";
import { arenaFor, columnsOf, countsOf, newArena, stateOf, type ExceptionBatch, type PlanState } from "./planState.js";
import { operationStart, scheduleOrder } from "../routing/scheduleOrder.js";

/**
 * The bounds of a plan's work (see {@link PlanOptions}).
 *
 * @category Planning
 */
export interface PlanLimits {
  /**
   * Most planned orders one item may get; default 100,000. A lot rule or an order maximum that
   * would need more ends the plan with a {@link PlanLimitError} before the orders are made.
   */
  readonly maxOrdersPerItem?: number;
  /** Most planned orders in the whole plan; default 50,000,000. More ends the plan with a {@link PlanLimitError}. */
  readonly maxOrders?: number;
}

/**
 * Default of {@link PlanLimits.maxOrdersPerItem}.
 *
 * @category Planning
 */
export const DEFAULT_MAX_ORDERS_PER_ITEM = 100_000;
/**
 * Default of {@link PlanLimits.maxOrders}.
 *
 * @category Planning
 */
export const DEFAULT_MAX_ORDERS = 50_000_000;
/**
 * Largest derived quantity (a requirement exploded through the BOM) a plan handles.
 *
 * @category Planning
 */
export const MAX_DERIVED_QUANTITY = 1e250;

/**
 * Options of {@link plan}. The model carries every planning parameter; the options only bound the
 * work, so that one hostile model cannot exhaust the memory of the process planning it.
 *
 * @category Planning
 */
export interface PlanOptions extends PlanLimits {
  /**
   * Net change: replan only `items` (item indexes in planning order), keeping the others from
   * `result`. Used by {@link replan}.
   * @internal
   */
  readonly base?: { readonly result: PlanResult; readonly items: Int32Array };
}

const KIND_PLANNED = 0;
const KIND_FIRM = 1;
const KIND_PHANTOM = 2;
/** Peg to the stock level the item keeps (safety stock or min-max trigger). */
const PEG_LEVEL = -1;
/** Peg to stock allocated beyond what is on hand. */
const PEG_ALLOCATED = -2;

/** Scratch arrays reused across items, grown on demand. */
class Scratch {
  tick = new Int32Array(64);
  gross = new Float64Array(64);
  sr = new Float64Array(64);
  fpo = new Float64Array(64);
  winTick = new Int32Array(64);
  winNet = new Float64Array(64);
  ensure(n: number): void {
    if (n <= this.tick.length) return;
    let c = this.tick.length;
    while (c < n) c *= 2;
    this.tick = new Int32Array(c);
    this.gross = new Float64Array(c);
    this.sr = new Float64Array(c);
    this.fpo = new Float64Array(c);
    this.winTick = new Int32Array(c);
    this.winNet = new Float64Array(c);
  }
}

/**
 * Plans a model: gross-to-net netting, lot sizing, lead-time offsetting, pegging and action
 * messages for every item.
 *
 * @param model - a model from {@link defineModel}
 * @param options - bounds of the work: `maxOrdersPerItem`, `maxOrders`
 * @returns the plan: planned orders with pegging, exceptions, and columns for records
 * @throws {@link PlanLimitError} when the plan would need more orders than the bounds allow, or a
 * requirement above 1e250
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "buy", leadTime: 1, onHand: 5 }],
 *   demands: [{ id: "SO-1", item: "A", due: 3, quantity: 20 }],
 * });
 * plan(model).plannedOrders
 * //=> [{ id: "A#1", item: "A", quantity: 15, release: 2, due: 3, pegging: [{ source: "SO-1", date: 3, quantity: 15 }] }]
 * ```
 *
 * @category Planning
 */
export function plan(model: Model, options: PlanOptions = {}): PlanResult {
  const n = model.itemCount;
  const horizon = model.calendar.horizon;
  const bom = model.bom;
  const items = model.items;

  const base = options.base;
  const maxPerItem = limitOf(options.maxOrdersPerItem, DEFAULT_MAX_ORDERS_PER_ITEM, "maxOrdersPerItem");
  const maxOrders = limitOf(options.maxOrders, DEFAULT_MAX_ORDERS, "maxOrders");
  const arena = base ? arenaFor(base.result) : newArena(model);
  const { reqTick, reqQty, reqKind, reqSrc, reqLine } = arena;
  const { oItem, oKind, oSeq, oQty, oDue, oRelease, oPegStart, oPegEnd, pegReq, pegQty, evTick, evGross, evSR } = arena;
  const demandRefs = arena.demandRefs;
  const firmRefs = arena.firmRefs;
  const prevState = base ? stateOf(base.result) : undefined;
  const itemOrderStart = prevState ? prevState.itemOrderStart.slice() : new Int32Array(n);
  const itemOrderEnd = prevState ? prevState.itemOrderEnd.slice() : new Int32Array(n);
  const itemEventStart = prevState ? prevState.itemEventStart.slice() : new Int32Array(n);
  const itemEventEnd = prevState ? prevState.itemEventEnd.slice() : new Int32Array(n);
  const itemExceptions: (ExceptionBatch | undefined)[] = prevState ? prevState.itemExceptions.slice() : new Array<undefined>(n).fill(undefined);

  // Scheduled receipts: effective tick after reschedule-in.
  const srEv = model.scheduledReceipts;
  const srEff = Int32Array.from(srEv.tick, (t) => (t < 0 ? 0 : t));
  const srPulled = new Uint8Array(srEv.tick.length);
  const fpoEv = model.firmPlannedOrders;

  let raw: RawException[] = [];
  const scratch = new Scratch();
  const dreqs: DemandRequirement[] = [];
  const notices: DemandNotice[] = [];
  let local: number[] = [];
  const quantities: number[] = [];
  const windowView = { ticks: scratch.winTick, nets: scratch.winNet, count: 0 };

  const pushReq = (tick: number, qty: number, kind: number, src: number, line: number): number => {
    const r = reqTick.push(tick);
    reqQty.push(qty);
    reqKind.push(kind);
    reqSrc.push(src);
    reqLine.push(line);
    return r;
  };

  const newOrder = (item: number, kind: number, seq: number, qty: number, due: number, release: number): number => {
    const o = oItem.push(item);
    oKind.push(kind);
    oSeq.push(seq);
    oQty.push(qty);
    oDue.push(due);
    oRelease.push(release);
    oPegStart.push(0);
    oPegEnd.push(0);
    return o;
  };

  const asmFactor = assemblyFactors(model);
  /** Pulls the requirements of item `c` from every parent's orders (dependent demand). */
  const pullRequirements = (c: number): void => {
    for (let k = bom.parentStart[c]!; k < bom.parentStart[c + 1]!; k++) {
      const l = bom.parentLines[k]!;
      const p = bom.parent[l]!;
      const asm = asmFactor[p]!;
      const onOp = !Number.isNaN(bom.operation[l]!);
      for (let o = itemOrderStart[p]!; o < itemOrderEnd[p]!; o++) {
        const r = oRelease.data[o]!;
        if (r < bom.fromTick[l]! || r >= bom.toTick[l]!) continue;
        const q = oQty.data[o]!;
        // a component on an operation is needed when that operation starts, never before the release
        const at = onOp && oKind.data[o] !== KIND_PHANTOM ? Math.max(r, operationStart(scheduleOrder(model, p, q, oDue.data[o]!), bom.operation[l]!)) : r;
        let ct = at + bom.offset[l]!;
        if (ct >= horizon) continue;
        if (ct < 0) ct = 0;
        const need = bom.fixed[l] ? bom.qty[l]! * (1 + bom.scrap[l]!) : q * asm * bom.qty[l]! * (1 + bom.scrap[l]!);
        if (!(need <= MAX_DERIVED_QUANTITY)) throw new PlanLimitError("quantity", items[c]!.id, MAX_DERIVED_QUANTITY, need);
        local.push(pushReq(ct, Number.isInteger(need) ? need : cleanQty(need), 1, o, l));
      }
    }
  };

  // the items to plan, in planning order: all of them, or the changed ones of a net change
  const todo = base ? base.items : model.planningOrder;
  for (let pi = 0; pi < todo.length; pi++) {
    const i = todo[pi]!;
    if (raw.length !== 0) raw = [];
    const it = items[i]!;
    const phantom = it.source === "phantom";
    const lead = phantom ? 0 : it.leadTime;
    const routed = !phantom && it.leadTimeFrom === "routing";
    /** Release tick of an order received at `due`: fixed lead time, or the routing's backward schedule. */
    const releaseOf = (qty: number, due: number): number => (routed ? scheduleOrder(model, i, qty, due).release : due - lead);
    const ss = phantom ? 0 : it.safetyStock;
    const available0 = it.onHand - it.allocated;

    // 1. Requirements of the item, sorted by tick, then source.
    if (dreqs.length !== 0) dreqs.length = 0;
    if (notices.length !== 0) notices.length = 0;
    demandsOf(model, i, dreqs, notices);
    for (const nt of notices) {
      const rec = model.demands.records[nt.demand]!;
      raw.push({ kind: nt.kind, item: i, ref: { demand: nt.demand }, tick: model.demands.tick[nt.demand]!, ...(nt.kind === "past-due-demand" ? { newTick: 0 } : {}), date: rec.due, quantity: rec.quantity });
    }
    local = [];
    for (const d of dreqs) local.push(pushReq(d.tick, d.quantity, 0, demandRefs.push(model.demands.records[d.demand]!) - 1, -1));
    pullRequirements(i);
    sortRequirements(local, reqTick.data, reqKind.data, reqSrc.data, reqLine.data, oItem.data, oKind.data, oSeq.data, demandRefs);

    // 2. Supplies: open orders and firm planned orders of the item.
    const s0 = srEv.start[i]!;
    const s1 = srEv.start[i + 1]!;
    const f0 = fpoEv.start[i]!;
    const f1 = fpoEv.start[i + 1]!;
    for (let s = s0; s < s1; s++) {
      if (srEv.tick[s]! >= horizon) raw.push({ kind: "beyond-horizon", item: i, ref: { receipt: s }, tick: srEv.tick[s]!, date: srEv.records[s]!.due, quantity: srEv.records[s]!.quantity });
    }

    itemOrderStart[i] = oItem.length;
    for (let f = f0; f < f1; f++) {
      const due = fpoEv.tick[f]!;
      const d = due < 0 ? 0 : due;
      const rel = releaseOf(fpoEv.records[f]!.quantity, d);
      if (rel >= horizon) {
        // due and released after the horizon: nothing of it falls inside the plan
        raw.push({ kind: "beyond-horizon", item: i, ref: { firm: f }, tick: due, date: fpoEv.records[f]!.due, quantity: fpoEv.records[f]!.quantity });
        continue;
      }
      const o = newOrder(i, KIND_FIRM, firmRefs.push(fpoEv.records[f]!) - 1, fpoEv.records[f]!.quantity, d, rel < 0 ? 0 : rel);
      if (rel < 0) raw.push({ kind: "late-release", item: i, ref: { order: o }, tick: rel, newTick: 0, quantity: fpoEv.records[f]!.quantity, ticksLate: -rel });
    }
    const firmEnd = oItem.length;

    // 3. Distinct event ticks with gross requirements, receipts and firm orders.
    const dpt = demandPerTick(local, reqQty.data, horizon);
    const { trigger, policy } = phantom ? { trigger: 0, policy: null } : policyFor(it, dpt);
    scratch.ensure(local.length + (s1 - s0) + (f1 - f0) + 2);
    const T = scratch.tick;
    const G = scratch.gross;
    const S = scratch.sr;
    const F = scratch.fpo;
    let K = 0;
    {
      let a = 0;
      let b = s0;
      let c = itemOrderStart[i]!;
      if (available0 < trigger - 1e-9) {
        T[0] = 0;
        G[0] = 0;
        S[0] = 0;
        F[0] = 0;
        K = 1;
      }
      while (b < s1 && srEv.tick[b]! >= horizon) b++; // (sorted: beyond-horizon receipts are last; guard anyway)
      for (;;) {
        const ta = a < local.length ? reqTick.data[local[a]!]! : Infinity;
        while (b < s1 && srEv.tick[b]! >= horizon) b++;
        const tb = b < s1 ? srEff[b]! : Infinity;
        const tc = c < firmEnd ? oDue.data[c]! : Infinity;
        const t = Math.min(ta, tb, tc);
        if (t === Infinity) break;
        if (K === 0 || T[K - 1] !== t) {
          T[K] = t;
          G[K] = 0;
          S[K] = 0;
          F[K] = 0;
          K++;
        }
        const k = K - 1;
        if (t === ta) G[k] = G[k]! + reqQty.data[local[a++]!]!;
        else if (t === tb) S[k] = S[k]! + srEv.records[b++]!.quantity;
        else F[k] = F[k]! + oQty.data[c++]!;
      }
    }

    // 4. Netting walk.
    let covered = available0;
    const ptf = phantom ? 0 : it.planningTimeFence;
    const slt = phantom ? 0 : it.safetyLeadTime;
    const rh = phantom ? 0 : it.rescheduleHorizon;
    let seq = 0;
    for (let k = 0; k < K; k++) {
      const t = T[k]!;
      covered += S[k]! + F[k]! - G[k]!;
      if (!(covered < trigger - 1e-9)) continue;
      // Pull in later open orders within the reschedule horizon.
      if (rh > 0) {
        for (let s = s0; s < s1 && covered < trigger - 1e-9; s++) {
          const st = srEff[s]!;
          if (srPulled[s] || st <= t || st > t + rh || srEv.tick[s]! >= horizon) continue;
          const q = srEv.records[s]!.quantity;
          // move the receipt's quantity from its own event to this one
          for (let m = k + 1; m < K; m++) {
            if (T[m] === st) {
              S[m] = S[m]! - q;
              break;
            }
          }
          S[k] = S[k]! + q;
          srPulled[s] = 1;
          raw.push({ kind: "reschedule-in", item: i, ref: { receipt: s }, tick: st, newTick: t, quantity: q });
          srEff[s] = t;
          covered += q;
        }
        if (!(covered < trigger - 1e-9)) continue;
      }
      if (phantom) {
        const q = cleanQty(trigger - covered);
        newOrder(i, KIND_PHANTOM, seq++, q, t, t);
        covered += q;
        continue;
      }
      // Open net requirements the rule may look ahead over.
      const w = buildWindow(windowView, scratch, k, K, covered, trigger, policy!.lookAhead);
      const lot = policy!.size({ window: w, costs: it.cost, demandPerTick: dpt, available: covered });
      // bound the work before it is done: the orders this lot splits into, counted arithmetically
      const made = oItem.length - itemOrderStart[i]!;
      const count = orderCount(lot.quantity, lot.orderSize, it.orderModifiers, it.decimals);
      if (made + count > maxPerItem) throw new PlanLimitError("orders-per-item", it.id, maxPerItem, made + count);
      if (oItem.length + count > maxOrders) throw new PlanLimitError("orders", it.id, maxOrders, oItem.length + count);
      applyOrderModifiers(lot.quantity, lot.orderSize, it.orderModifiers, it.decimals, quantities);
      if (made + quantities.length > maxPerItem) throw new PlanLimitError("orders-per-item", it.id, maxPerItem, made + quantities.length);
      let receipt = t - slt;
      if (receipt < 0) receipt = 0;
      if (receipt < ptf) receipt = ptf;
      for (const q of quantities) {
        const rel = releaseOf(q, receipt);
        const o = newOrder(i, KIND_PLANNED, seq++, q, receipt, rel < 0 ? 0 : rel);
        if (rel < 0) raw.push({ kind: "late-release", item: i, ref: { order: o }, tick: rel, newTick: 0, quantity: q, ticksLate: -rel });
        covered += q;
      }
      if (receipt > t) {
        raw.push({ kind: "time-fence", item: i, ref: { order: oItem.length - quantities.length }, tick: t, newTick: receipt, quantity: cleanQty(trigger - (covered - sumOf(quantities))) });
      }
    }
    itemOrderEnd[i] = oItem.length;

    // 5. Events for the records.
    itemEventStart[i] = evTick.length;
    for (let k = 0; k < K; k++) {
      evTick.push(T[k]!);
      evGross.push(cleanQty(G[k]!));
      evSR.push(cleanQty(S[k]!));
    }
    itemEventEnd[i] = evTick.length;

    // 6. Pegging (first due, first covered) and open-order messages.
    pegItem(i, available0, trigger, local);

    // 7. Below safety stock.
    if (ss > 0) belowSafetyStock(i, available0, ss);

    // 8. Action messages of the item, with ids and text.
    itemExceptions[i] = raw.length === 0 ? undefined : { model, raw };
  }

  function sumOf(a: readonly number[]): number {
    let s = 0;
    for (const x of a) s += x;
    return s;
  }

  /** Pegs the item's supplies to its requirements, FIFO; flags open orders not needed as due. */
  function pegItem(i: number, available0: number, level: number, reqs: readonly number[]): void {
    const s0 = srEv.start[i]!;
    const s1 = srEv.start[i + 1]!;
    const o0 = itemOrderStart[i]!;
    const o1 = itemOrderEnd[i]!;
    // Supplies in order: on hand, then by receipt tick (open orders before firm before planned).
    const srIdx: number[] = [];
    for (let s = s0; s < s1; s++) if (srEv.tick[s]! < horizon) srIdx.push(s);
    if (!sortedBy(srIdx, srEff)) srIdx.sort((a, b) => srEff[a]! - srEff[b]! || a - b);
    const ords: number[] = [];
    for (let o = o0; o < o1; o++) ords.push(o);
    if (!sortedByDueThenKind(ords, oDue.data, oKind.data)) ords.sort((a, b) => oDue.data[a]! - oDue.data[b]! || oKind.data[b]! - oKind.data[a]! || a - b);
    // Requirements in FIFO order: stock allocated beyond on hand, then the stock level the item
    // keeps (safety stock, or the min-max trigger), both at the first tick; then the item's own.
    const lead: number[] = [];
    const leadQty: number[] = [];
    if (available0 < 0) {
      lead.push(PEG_ALLOCATED);
      leadQty.push(-available0);
    }
    if (level > 0) {
      lead.push(PEG_LEVEL);
      leadQty.push(level);
    }
    const P = lead.length;
    const total = P + reqs.length;
    let ri = 0;
    let rLeft = total > 0 ? (P > 0 ? leadQty[0]! : reqQty.data[reqs[0]!]!) : 0;
    /**
     * Covers requirements from the cursor on with `supply`, first due first covered. For an
     * order (`o >= 0`) each part is recorded as a peg; returns the first requirement touched, or -1.
     */
    const take = (supply: number, o: number): number => {
      let left = supply;
      let first = -1;
      while (left > 1e-9 && ri < total) {
        if (rLeft > 1e-9) {
          const q = left < rLeft ? left : rLeft;
          if (first < 0) first = ri;
          if (o >= 0) {
            pegReq.push(ri < P ? lead[ri]! : reqs[ri - P]!);
            pegQty.push(Number.isInteger(q) ? q : cleanQty(q));
          }
          left -= q;
          rLeft -= q;
        }
        if (rLeft <= 1e-9) {
          ri++;
          rLeft = ri < total ? (ri < P ? leadQty[ri]! : reqQty.data[reqs[ri - P]!]!) : 0;
        }
      }
      return first;
    };
    if (available0 > 0) take(available0, -1);
    let a = 0;
    let b = 0;
    while (a < srIdx.length || b < ords.length) {
      const useSR = a < srIdx.length && (b >= ords.length || srEff[srIdx[a]!]! <= oDue.data[ords[b]!]!);
      if (useSR) {
        const s = srIdx[a++]!;
        const first = take(srEv.records[s]!.quantity, -1);
        const due = srEff[s]!;
        if (first < 0) {
          raw.push({ kind: "cancel", item: i, ref: { receipt: s }, tick: due, quantity: srEv.records[s]!.quantity });
        } else {
          const needT = first < P ? 0 : reqTick.data[reqs[first - P]!]!;
          if (needT > due) raw.push({ kind: "reschedule-out", item: i, ref: { receipt: s }, tick: due, newTick: needT, quantity: srEv.records[s]!.quantity });
        }
      } else {
        const o = ords[b++]!;
        oPegStart.data[o] = pegReq.length;
        take(oQty.data[o]!, o);
        oPegEnd.data[o] = pegReq.length;
      }
    }
  }

  /** Raises below-safety-stock for every stretch where projected on hand ends under safety stock. */
  function belowSafetyStock(i: number, available0: number, ss: number): void {
    const e0 = itemEventStart[i]!;
    const e1 = itemEventEnd[i]!;
    const o0 = itemOrderStart[i]!;
    const o1 = itemOrderEnd[i]!;
    const ords: number[] = [];
    for (let o = o0; o < o1; o++) ords.push(o);
    ords.sort((a, b) => oDue.data[a]! - oDue.data[b]! || a - b);
    let poh = available0;
    let e = e0;
    let b = 0;
    let startT = -1;
    let worst = 0;
    const check = (t: number): void => {
      if (poh < ss - 1e-9) {
        if (startT < 0) {
          startT = t;
          worst = 0;
        }
        worst = Math.max(worst, ss - poh);
      } else if (startT >= 0) {
        raw.push({ kind: "below-safety-stock", item: i, ref: null, tick: startT, newTick: t, quantity: cleanQty(worst) });
        startT = -1;
      }
    };
    while (e < e1 || b < ords.length) {
      const te = e < e1 ? evTick.data[e]! : Infinity;
      const tb = b < ords.length ? oDue.data[ords[b]!]! : Infinity;
      const t = Math.min(te, tb);
      while (e < e1 && evTick.data[e] === t) {
        poh += evSR.data[e]! - evGross.data[e]!;
        e++;
      }
      while (b < ords.length && oDue.data[ords[b]!] === t) poh += oQty.data[ords[b++]!]!;
      check(t);
    }
    if (startT >= 0) raw.push({ kind: "below-safety-stock", item: i, ref: null, tick: startT, newTick: horizon - 1, quantity: cleanQty(worst) });
  }

  const state: PlanState = { arena, counts: countsOf(arena), itemOrderStart, itemOrderEnd, itemEventStart, itemEventEnd, itemExceptions };
  arena.owner = state.counts;
  return buildResult(model, columnsOf(arena, state), state);
}

/** A bound option: a whole number >= 1 (Infinity allowed), or the default when missing. */
function limitOf(v: number | undefined, fallback: number, name: string): number {
  if (v === undefined) return fallback;
  if (!(v >= 1) || (Number.isFinite(v) && !Number.isInteger(v))) throw new InvalidOptionError("invalid_quantity", name, v, `must be a whole number >= 1 (got ${String(v)})`);
  return v;
}

const factors = new WeakMap<Model, Float64Array>();

/** `1 + assemblyScrap` per item index, computed once per model. */
function assemblyFactors(model: Model): Float64Array {
  let f = factors.get(model);
  if (f === undefined) {
    f = new Float64Array(model.itemCount);
    for (let i = 0; i < model.itemCount; i++) f[i] = 1 + model.items[i]!.assemblyScrap;
    factors.set(model, f);
  }
  return f;
}

/** Mean gross requirement per tick over the horizon (for eoq and poq). */
function demandPerTick(reqs: readonly number[], qty: Float64Array, horizon: number): number {
  let s = 0;
  for (const r of reqs) s += qty[r]!;
  return horizon > 0 ? s / horizon : 0;
}

/**
 * The open lot-for-lot net requirements from event k on, given that projected available is
 * `covered` (below `trigger`) at event k: after each net the position is back at the trigger.
 */
function buildWindow(
  view: { ticks: Int32Array; nets: Float64Array; count: number },
  s: Scratch,
  k: number,
  K: number,
  covered: number,
  trigger: number,
  lookAhead: number,
): LotWindow {
  view.ticks = s.winTick;
  view.nets = s.winNet;
  const t0 = s.tick[k]!;
  s.winTick[0] = t0;
  s.winNet[0] = trigger - covered;
  let count = 1;
  if (lookAhead > 0) {
    const end = t0 + lookAhead;
    let pos = trigger;
    for (let m = k + 1; m < K; m++) {
      const t = s.tick[m]!;
      if (t >= end) break;
      pos += s.sr[m]! + s.fpo[m]! - s.gross[m]!;
      if (pos < trigger - 1e-9) {
        s.winTick[count] = t;
        s.winNet[count] = trigger - pos;
        count++;
        pos = trigger;
      }
    }
  }
  view.count = count;
  return view;
}

/** Whether indexes are already in ascending order of `key` (ties in index order). */
function sortedBy(idx: readonly number[], key: Int32Array): boolean {
  for (let k = 1; k < idx.length; k++) {
    const d = key[idx[k - 1]!]! - key[idx[k]!]!;
    if (d > 0 || (d === 0 && idx[k - 1]! > idx[k]!)) return false;
  }
  return true;
}

/** Whether orders are already by due tick, firm before planned, then index. */
function sortedByDueThenKind(idx: readonly number[], due: Int32Array, kind: Int32Array): boolean {
  for (let k = 1; k < idx.length; k++) {
    const a = idx[k - 1]!;
    const b = idx[k]!;
    const d = due[a]! - due[b]! || kind[b]! - kind[a]! || a - b;
    if (d > 0) return false;
  }
  return true;
}

function forecastRank(d: Demand): number {
  return d.kind === "forecast" ? 1 : 0;
}

/** Sorts requirement indexes by tick, then demands before dependent ones, then source. */
function sortRequirements(
  local: number[],
  tick: Int32Array,
  kind: Int32Array,
  src: Int32Array,
  line: Int32Array,
  orderItem: Int32Array,
  orderKind: Int32Array,
  orderSeq: Int32Array,
  demandRefs: readonly Demand[],
): void {
  if (local.length < 2) return;
  local.sort((a, b) => {
    const d = tick[a]! - tick[b]! || kind[a]! - kind[b]!;
    if (d !== 0) return d;
    // customer orders and the master schedule before forecasts, then in demand order
    if (kind[a] === 0) return forecastRank(demandRefs[src[a]!]!) - forecastRank(demandRefs[src[b]!]!) || src[a]! - src[b]!;
    const oa = src[a]!;
    const ob = src[b]!;
    return orderItem[oa]! - orderItem[ob]! || orderKind[ob]! - orderKind[oa]! || orderSeq[oa]! - orderSeq[ob]! || line[a]! - line[b]!;
  });
}

/**
 * The requirements of one item, sorted: its demands (independent), then what its parents'
 * orders need of it (dependent, see {@link explodeOrders}); notices for demands it cannot plan.
 *
 * Complexity: O(D + P + N log N) for D demands, P parent orders and N requirements.
 */
import { demandsOf } from "../demand/demandsOf.js";
import type { Demand } from "../model/schema.js";
import { RequirementKind } from "./columns.js";
import { explodeOrders } from "./explodeOrders.js";
import { pushLocal, pushRequirement, type PlanContext } from "./planContext.js";

/** Fills `ctx.local` with the requirements of `ctx.item`, sorted by tick, then source. */
export function collectRequirements(ctx: PlanContext): void {
  const { model, dreqs, notices } = ctx;
  const i = ctx.item;
  if (dreqs.length !== 0) dreqs.length = 0;
  if (notices.length !== 0) notices.length = 0;
  demandsOf(model, i, dreqs, notices);
  for (const nt of notices) {
    const rec = model.demands.records[nt.demand]!;
    ctx.raw.push({ kind: nt.kind, item: i, ref: { demand: nt.demand }, tick: model.demands.tick[nt.demand]!, ...(nt.kind === "past-due-demand" ? { newTick: 0 } : {}), date: rec.due, quantity: rec.quantity });
  }
  ctx.localCount = 0;
  const demandRefs = ctx.arena.demandRefs;
  for (const d of dreqs) pushLocal(ctx, pushRequirement(ctx, d.tick, d.quantity, RequirementKind.Demand, demandRefs.push(model.demands.records[d.demand]!) - 1, -1));
  explodeOrders(ctx, i);
  sortRequirements(ctx.local, ctx.localCount, ctx.reqTick.data, ctx.reqKind.data, ctx.reqSrc.data, ctx.reqLine.data, ctx.oItem.data, ctx.oKind.data, ctx.oSeq.data, demandRefs);
}

function forecastRank(d: Demand): number {
  return d.kind === "forecast" ? 1 : 0;
}

/** Sorts requirement indexes by tick, then demands before dependent ones, then source. */
function sortRequirements(
  local: Int32Array,
  n: number,
  tick: Int32Array,
  kind: Int32Array,
  src: Int32Array,
  line: Int32Array,
  orderItem: Int32Array,
  orderKind: Uint8Array,
  orderSeq: Int32Array,
  demandRefs: readonly Demand[],
): void {
  if (n < 2) return;
  // NOTE: the order is total (no two requirements compare equal), so any correct sort gives the
  // same result. Most items have a few dozen requirements, mostly in order already: an insertion
  // sort allocates nothing, where Array.prototype.sort copies the array and needs a closure.
  if (n <= 64) {
    for (let x = 1; x < n; x++) {
      const v = local[x]!;
      let y = x - 1;
      while (y >= 0 && compareRequirements(local[y]!, v, tick, kind, src, line, orderItem, orderKind, orderSeq, demandRefs) > 0) {
        local[y + 1] = local[y]!;
        y--;
      }
      local[y + 1] = v;
    }
    return;
  }
  local.subarray(0, n).sort((a, b) => compareRequirements(a, b, tick, kind, src, line, orderItem, orderKind, orderSeq, demandRefs));
}

/** Requirement order: by tick, then demands before dependent ones, then source. */
function compareRequirements(
  a: number,
  b: number,
  tick: Int32Array,
  kind: Int32Array,
  src: Int32Array,
  line: Int32Array,
  orderItem: Int32Array,
  orderKind: Uint8Array,
  orderSeq: Int32Array,
  demandRefs: readonly Demand[],
): number {
  const d = tick[a]! - tick[b]! || kind[a]! - kind[b]!;
  if (d !== 0) return d;
  // customer orders and the master schedule before forecasts, then in demand order
  if (kind[a] === RequirementKind.Demand) return forecastRank(demandRefs[src[a]!]!) - forecastRank(demandRefs[src[b]!]!) || src[a]! - src[b]!;
  const oa = src[a]!;
  const ob = src[b]!;
  // parent orders by item, then kind (higher first: firm before planned), then sequence and line
  return orderItem[oa]! - orderItem[ob]! || orderKind[ob]! - orderKind[oa]! || orderSeq[oa]! - orderSeq[ob]! || line[a]! - line[b]!;
}

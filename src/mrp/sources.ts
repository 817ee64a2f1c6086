/**
 * The choice of source for a lot at a location with several sources (docs/supply-network.md):
 * `priority` gives the lot to the effective source of lowest priority number, `quota` to the one
 * whose quota rating (quantity given so far + base, over its share) is lowest, `split` divides it
 * by the shares. Sources are kept by priority, then id, so every tie is broken by that order.
 *
 * Complexity: O(k) per lot for a location with k sources.
 */
import { SourceKind, Sourcing, type CompiledNetwork, type Model } from "../model/Model.js";
import type { PlanColumns, SourceCandidate, SourceChoice } from "./PlanResult.js";

/** The names of {@link Sourcing} values, by value. */
export const SOURCING_RULES = ["priority", "quota", "split"] as const;

/** Whether node `i` chooses a source for each lot: it has sources, and not one always in effect. */
export function choosesSource(net: CompiledNetwork | undefined, i: number): net is CompiledNetwork {
  return net !== undefined && net.single[i]! < 0 && net.sourceStart[i + 1]! > net.sourceStart[i]!;
}

/**
 * The parts a lot is given to: `source[k]` gets `quantity[k]` (`source` -1: no source is effective,
 * the lot is planned as if the location had none), and why.
 */
export interface LotParts {
  count: number;
  readonly source: number[];
  readonly quantity: number[];
  why: SourceChoice | undefined;
}

/** The first source of node `i` effective at need tick `t`, by priority then id, or -1. */
export function prioritySource(net: CompiledNetwork, i: number, t: number): number {
  for (let s = net.sourceStart[i]!; s < net.sourceStart[i + 1]!; s++) if (net.sourceFrom[s]! <= t && t < net.sourceTo[s]!) return s;
  return -1;
}

/**
 * Gives a lot of `lot` needed at tick `t` of node `i` to its sources, into `parts`. `given`
 * holds the quantity each source has had so far in this plan (quota); it is updated by the
 * caller with what the orders really got.
 */
export function chooseSources(net: CompiledNetwork, i: number, t: number, lot: number, decimals: number, given: Float64Array, parts: LotParts): void {
  const s0 = net.sourceStart[i]!;
  const s1 = net.sourceStart[i + 1]!;
  const rule = net.sourcing[i]!;
  const eff: number[] = [];
  for (let s = s0; s < s1; s++) if (net.sourceFrom[s]! <= t && t < net.sourceTo[s]!) eff.push(s);
  parts.count = 0;
  if (eff.length === 0) {
    parts.source[0] = -1;
    parts.quantity[0] = lot;
    parts.count = 1;
    parts.why = { rule: SOURCING_RULES[rule]!, candidates: [] };
    return;
  }
  const cands: SourceCandidate[] = [];
  if (rule === Sourcing.Priority) {
    for (const s of eff) cands.push({ source: net.sources[s]!.id, priority: net.sources[s]!.priority });
    parts.source[0] = eff[0]!;
    parts.quantity[0] = lot;
    parts.count = 1;
  } else if (rule === Sourcing.Quota) {
    let best = -1;
    let bestRating = Infinity;
    for (const s of eff) {
      const src = net.sources[s]!;
      const rating = (given[s]! + src.base) / src.share!;
      cands.push({ source: src.id, priority: src.priority, share: src.share!, rating });
      if (rating < bestRating) {
        bestRating = rating;
        best = s;
      }
    }
    parts.source[0] = best;
    parts.quantity[0] = lot;
    parts.count = 1;
  } else {
    // split: whole units of the item's precision, the remainder by largest fraction, ties in source order
    const scale = 10 ** decimals;
    const units = Math.ceil(lot * scale - 1e-6);
    let total = 0;
    for (const s of eff) total += net.sources[s]!.share!;
    const whole: number[] = [];
    const frac: number[] = [];
    let left = units;
    for (const s of eff) {
      const exact = (units * net.sources[s]!.share!) / total;
      const w = Math.floor(exact + 1e-9);
      whole.push(w);
      frac.push(exact - w);
      left -= w;
      cands.push({ source: net.sources[s]!.id, priority: net.sources[s]!.priority, share: net.sources[s]!.share! });
    }
    const byFraction = eff.map((_, k) => k).sort((a, b) => frac[b]! - frac[a]! || a - b);
    for (let k = 0; k < left; k++) whole[byFraction[k % byFraction.length]!]!++;
    for (let k = 0; k < eff.length; k++) {
      if (whole[k] === 0) continue;
      parts.source[parts.count] = eff[k]!;
      parts.quantity[parts.count] = whole[k]! / scale;
      parts.count++;
    }
  }
  parts.why = { rule: SOURCING_RULES[rule]!, candidates: cands };
}

/** The kind of supply of order `o` of a plan of a network model: make, buy or transfer. */
export function orderSupply(model: Model, c: PlanColumns, o: number): "make" | "buy" | "transfer" {
  const s = sourceOfOrder(model, c, o);
  if (s >= 0) {
    const k = model.network!.sourceKind[s]!;
    return k === SourceKind.Make ? "make" : k === SourceKind.Buy ? "buy" : "transfer";
  }
  return model.items[c.orderItem[o]!]!.source === "buy" ? "buy" : "make";
}

/** Whether order `o` is made where it is planned (it loads the routing there and explodes the BOM). */
export function isMadeOrder(model: Model, c: PlanColumns, o: number): boolean {
  if (model.network === undefined) return true;
  const s = sourceOfOrder(model, c, o);
  return s < 0 || model.network.sourceKind[s] === SourceKind.Make;
}

/** The index in the model's network of the source of order `o`, or -1. */
export function sourceOfOrder(model: Model, c: PlanColumns, o: number): number {
  if (model.network === undefined) return -1;
  const local = c.orderSource[o]!;
  return local < 0 ? -1 : model.network.sourceStart[c.orderItem[o]!]! + local;
}

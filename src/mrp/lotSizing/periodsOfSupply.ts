/**
 * Periods of supply: a lot covers the net requirements of ticks `t .. t + periods - 1`.
 * POQ (period order quantity) is the same with `periods = max(1, round(EOQ / D))`.
 * O(k). Reference: APICS dictionary, "period order quantity".
 */
import type { LotWindow } from "./types.js";

/** The number of open requirements due before `ticks[0] + periods`. */
export function periodsOfSupply(w: LotWindow, periods: number): number {
  const end = w.ticks[0]! + periods;
  let j = 1;
  while (j < w.count && w.ticks[j]! < end) j++;
  return j;
}

/**
 * Economic order quantity `sqrt(2 * D * setup / holding)` for a mean requirement `D` per tick.
 *
 * @param demandPerTick - mean gross requirement per tick over the horizon
 * @param setup - cost per order
 * @param holding - cost per unit per tick
 */
export function economicOrderQuantity(demandPerTick: number, setup: number, holding: number): number {
  return Math.sqrt((2 * demandPerTick * setup) / holding);
}

/** POQ periods: `max(1, round(EOQ / D))`. */
export function poqPeriods(demandPerTick: number, setup: number, holding: number): number {
  if (demandPerTick <= 0) return 1;
  return Math.max(1, Math.round(economicOrderQuantity(demandPerTick, setup, holding) / demandPerTick));
}

/** Run time in whole ticks, shared by scheduling, capacity and leveling (not exported publicly). */
import { cleanQty } from "../internal/quantity.js";

/** Whole ticks to run `hours` at `available` hours per tick: 0 for no hours, at least 1 otherwise. */
export function runTicksFor(hours: number, available: number): number {
  if (hours <= 0) return 0;
  if (!(available > 0)) return 1;
  return Math.max(1, Math.ceil(cleanQty(hours / available)));
}

/** Periods of supply and POQ behind the common interface. */
import { periodsOfSupply, poqPeriods } from "./periodsOfSupply.js";
import { sumNets, type LotSizingPolicy } from "./types.js";

/** Periods-of-supply policy covering `periods` ticks. */
export function periodsOfSupplyPolicy(periods: number): LotSizingPolicy {
  return {
    lookAhead: periods,
    size: ({ window }) => ({ quantity: sumNets(window, periodsOfSupply(window, periods)), orderSize: null }),
  };
}

/** POQ policy: periods of supply with `max(1, round(EOQ / D))` periods, fixed per item. */
export function poqPolicy(demandPerTick: number, setup: number, holding: number): LotSizingPolicy {
  return periodsOfSupplyPolicy(poqPeriods(demandPerTick, setup, holding));
}

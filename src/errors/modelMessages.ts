/**
 * Every message text of a model's checks (references, duplicate ids, BOM cycles, the compiled
 * checks of items, routings, BOM lines and records), in one place. Codes are stable; texts may be
 * improved.
 *
 * @internal
 */
import { describeValue } from "./describeValue.js";

const q = (s: string): string => JSON.stringify(s);

export const modelMessages = {
  notAnObject: (json: unknown): string => `a model must be a JSON object with calendar and items (got ${describeValue(json)})`,
  // ids and references
  duplicateItemId: (id: string, first: number): string => `duplicate item id ${q(id)} (also at items[${first}])`,
  duplicateWorkCenterId: (id: string): string => `duplicate work center id ${q(id)}`,
  duplicateRecordId: (id: string, first: string): string => `duplicate id ${q(id)} (also at ${first})`,
  unknownItem: (id: string): string => `unknown item ${q(id)}`,
  unknownWorkCenter: (id: string): string => `unknown work center ${q(id)}`,
  bomCycle: (ids: readonly string[]): string => `BOM cycle: ${ids.join(" -> ")}`,
  // routings
  duplicateRouting: (item: string): string => `item ${q(item)} has more than one routing`,
  duplicateOperationSeq: (seq: number): string => `duplicate operation seq ${seq}`,
  operationNeedsWorkCenter: "an operation needs a workCenter unless it is outsourced",
  missingRouting: (item: string): string => `item ${q(item)} takes its lead time from its routing but has none`,
  // BOM lines
  emptyEffectivity: (from: unknown, to: unknown): string =>
    `effectivity to (${String(to)}) must be after from (${String(from)}): the line would never be in effect`,
  unknownOperation: (parent: string, operation: number): string => `item ${q(parent)} has no routing operation ${operation}`,
  // items
  fenceBeyondHorizon: (fence: number, horizon: number): string =>
    `planningTimeFence (${fence}) reaches past the horizon (${horizon} ticks): no order could ever be planned`,
  phantomOrder: (item: string, section: "scheduledReceipts" | "firmPlannedOrders"): string =>
    `${q(item)} is a phantom: it cannot have ${section === "scheduledReceipts" ? "scheduled receipts" : "firm planned orders"}`,
  minMaxOrder: (max: number, min: number): string => `lotSizing.max (${max}) must be >= lotSizing.min (${min})`,
  missingCost: (rule: string): string => `lot-sizing rule ${rule} needs cost.setup > 0 and cost.holding > 0`,
  multipleDecimals: (multiple: number, decimals: number): string => `orderModifiers.multiple (${multiple}) cannot be ordered with ${decimals} decimals`,
  fixedLotDecimals: (quantity: number, decimals: number): string => `lotSizing.quantity (${quantity}) cannot be ordered with ${decimals} decimals`,
  maximumBelowMinimumAfterMultiple: (maximum: number, multiple: number, minimum: number): string =>
    `orderModifiers.maximum (${maximum}) rounded down to the multiple (${multiple}) is below the minimum (${minimum})`,
  maximumBelowMinimum: (maximum: number, minimum: number): string => `orderModifiers.maximum (${maximum}) must be >= minimum (${minimum})`,
  maximumBelowMultiple: (maximum: number, multiple: number): string => `orderModifiers.maximum (${maximum}) must be >= multiple (${multiple})`,
  maximumRoundsToZero: (maximum: number, decimals: number): string =>
    `orderModifiers.maximum (${maximum}) rounded down to ${decimals} decimals is 0: no order could be planned`,
  phantomRoutingLeadTime: "a phantom has no lead time of its own",
} as const;

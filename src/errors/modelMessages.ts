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
  // supply networks
  supplyCycle: (ids: readonly string[]): string => `supply cycle: ${ids.join(" -> ")}`,
  unknownLocation: (id: string): string => `unknown location ${q(id)}`,
  noLocations: "the model has no locations: add it to locations, or leave location out",
  duplicateLocationId: (id: string): string => `duplicate location id ${q(id)}`,
  locationIdAt: (id: string): string => `location id ${q(id)} must not contain "@" (ITEM@LOCATION names an item at a location)`,
  duplicateItemLocation: (item: string, location: string, first: number): string => `${q(item)} at ${q(location)} is listed twice (also at itemLocations[${first}])`,
  duplicateSourceId: (id: string, first: number): string => `duplicate source id ${q(id)} (also at sources[${first}])`,
  locationRequired: "location is required: the model has locations",
  transferNeedsShipFrom: "a transfer source needs shipFrom, the location it ships from",
  shipFromNotTransfer: (kind: string): string => `shipFrom is only for transfer sources (this one is ${kind})`,
  transferToItself: (location: string): string => `a transfer cannot ship from its own location ${q(location)}`,
  notStocked: (item: string, location: string): string =>
    `${q(item)} is not stocked at ${q(location)}: give it an itemLocations entry or a source there before transferring from it`,
  shipFromOnFirmOrder: "shipFrom is only for open orders (a transfer in transit)",
  shareRequired: (sourcing: string): string => `share must be > 0: ${q(sourcing)} sourcing divides lots by the sources' shares`,
  samePriority: (other: string, priority: number): string =>
    `source has the same priority (${priority}) as ${q(other)} and their effectivity overlaps: "priority" sourcing could not choose between them`,
  workCenterElsewhere: (wc: string, at: string, location: string): string => `work center ${q(wc)} stands at ${q(at)}, not at ${q(location)} where this routing is used`,
  // routings
  duplicateRouting: (item: string): string => `item ${q(item)} has more than one routing`,
  duplicateRoutingAt: (item: string, location: string): string => `item ${q(item)} has more than one routing at ${q(location)}`,
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

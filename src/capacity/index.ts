/** Routings and capacity: operation scheduling, CRP load profiles, rough-cut capacity, leveling. */
export { availableHours } from "./availableHours.js";
export { billOfResources, type BillOfResources, type ResourceRow } from "./billOfResources.js";
export {
  capacity,
  type CapacityBucket,
  type CapacityOptions,
  type CapacityOverload,
  type CapacityResult,
  type WorkCenterLoad,
} from "./capacity.js";
export { level, type LateOrder, type LeveledOperation, type LevelOptions, type LevelResult } from "./level.js";
export type { BucketSize } from "./loadProfile.js";
export { roughCutCapacity, type RoughCutCapacityOptions } from "./roughCut.js";
export { operationStart, scheduleOrder, type OrderSchedule, type ScheduledOperation } from "../routing/scheduleOrder.js";

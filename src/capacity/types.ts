/**
 * The shapes of a load profile, shared by the load profile that builds them and the capacity
 * report that returns them.
 */

/**
 * Load of one work center in one bucket.
 *
 * @category Capacity
 */
export interface CapacityBucket {
  /** Period number (period calendars). */
  readonly period?: number;
  /** First day of the bucket (day calendars): the working day, or the Monday of the week. */
  readonly start?: string;
  /** Load hours: `(setup + quantity * run) / efficiency` of the operations running in the bucket. */
  readonly load: number;
  /** Available hours: `capacity * utilization` summed over the bucket's ticks. */
  readonly available: number;
  /** `load / available`; 0 when both are 0; null when there is load but no capacity. */
  readonly utilization: number | null;
  /** Ids of the orders loading the bucket, sorted. */
  readonly orders: readonly string[];
}

/**
 * A bucket whose load exceeds the available hours.
 *
 * @category Capacity
 */
export interface CapacityOverload {
  /** Period number (period calendars). */
  readonly period?: number;
  /** First day of the bucket (day calendars). */
  readonly start?: string;
  /** Load hours. */
  readonly load: number;
  /** Available hours. */
  readonly available: number;
  /** Ids of the orders loading the bucket: the orders causing the overload, sorted. */
  readonly orders: readonly string[];
}

/**
 * A capacity action message: a work center bucket whose load exceeds its available hours, with
 * the orders causing it. {@link planCapacity} raises one per overloaded bucket, beside the plan's
 * material messages ({@link PlanException}).
 *
 * @category Capacity
 */
export interface CapacityMessage {
  /** Always `"overload"`. */
  readonly kind: "overload";
  /** The work center. */
  readonly workCenter: string;
  /** In a model with locations: the work center's location, when it has one. */
  readonly location?: string;
  /** Period number of the bucket (period calendars). */
  readonly period?: number;
  /** First day of the bucket (day calendars): the working day, or the Monday of the week. */
  readonly start?: string;
  /** Load hours in the bucket. */
  readonly load: number;
  /** Available hours in the bucket. */
  readonly available: number;
  /** Ids of the orders loading the bucket: the orders causing the overload, sorted. */
  readonly orders: readonly string[];
  /** Readable message; it names a work center with a location as `WORKCENTER@LOCATION`. */
  readonly message: string;
}

/**
 * The load profile of one work center.
 *
 * @category Capacity
 */
export interface WorkCenterLoad {
  /** Work center id. */
  readonly id: string;
  /** In a model with locations: the work center's location, when it has one. */
  readonly location?: string;
  /** Highest bucket utilization; null when some bucket has load but no capacity. */
  readonly peakUtilization: number | null;
  /** Every bucket of the horizon. */
  readonly buckets: readonly CapacityBucket[];
  /** The overloaded buckets. */
  readonly overloads: readonly CapacityOverload[];
}

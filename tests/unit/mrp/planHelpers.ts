/** Small helpers for the netting tests: the six rows of a record and exceptions without their text. */
import { defineModel, itemRecords, plan, type PlanResult } from "../../../src/index.ts";

/** The six rows of an item's MRP record, one array per row. */
export interface Grid {
  readonly gross: number[];
  readonly sr: number[];
  readonly poh: number[];
  readonly net: number[];
  readonly por: number[];
  readonly rel: number[];
}

/** The record of `id` as six rows. */
export function grid(result: PlanResult, id: string, bucket?: "day" | "week"): Grid {
  const rs = itemRecords(result, id, bucket === undefined ? {} : { bucket });
  return {
    gross: rs.map((r) => r.grossRequirements),
    sr: rs.map((r) => r.scheduledReceipts),
    poh: rs.map((r) => r.projectedOnHand),
    net: rs.map((r) => r.netRequirements),
    por: rs.map((r) => r.plannedOrderReceipts),
    rel: rs.map((r) => r.plannedOrderReleases),
  };
}

/** Exceptions as `{ kind, item, ref, date, newDate?, quantity, ticksLate? }` (no message text). */
export function facts(result: PlanResult): Record<string, unknown>[] {
  return result.exceptions.map(({ message, ...rest }) => {
    void message;
    return rest;
  });
}

/** Plans a model given as JSON. */
export function planOf(json: unknown): PlanResult {
  return plan(defineModel(json));
}

/** Zeros of length n. */
export const zeros = (n: number): number[] => Array.from({ length: n }, () => 0);

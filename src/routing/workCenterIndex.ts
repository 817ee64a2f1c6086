/**
 * Work centers by index: compiled once per model, so that scheduling an order reads each
 * operation's work center from an array instead of looking its id up in a map.
 *
 * Complexity: O(W + R) once per model for W work centers and R routing operations.
 */
import type { Model } from "../model/Model.js";

/** The work centers of a model by index, and each routing operation's work center index. */
export interface WorkCenterIndex {
  /** Work center index by id. */
  readonly index: ReadonlyMap<string, number>;
  /** Hours of one tick's base capacity per work center index: `capacity * utilization`. */
  readonly available: Float64Array;
  /** Efficiency per work center index. */
  readonly efficiency: Float64Array;
  /**
   * Per item index, the work center index of each operation of its routing (in routing order),
   * -1 for an outsourced operation; undefined for an item without a routing.
   */
  readonly operationCenter: readonly (Int32Array | undefined)[];
}

const compiled = new WeakMap<Model, WorkCenterIndex>();

/** The work center index of a model, compiled on first use. */
export function workCenterIndex(model: Model): WorkCenterIndex {
  let x = compiled.get(model);
  if (x === undefined) {
    x = compile(model);
    compiled.set(model, x);
  }
  return x;
}

function compile(model: Model): WorkCenterIndex {
  const index = new Map<string, number>();
  const available: number[] = [];
  const efficiency: number[] = [];
  for (const wc of model.workCenters.values()) {
    index.set(wc.id, available.length);
    available.push(wc.capacity * wc.utilization);
    efficiency.push(wc.efficiency);
  }
  const operationCenter = model.routings.map((routing) => {
    if (routing === undefined) return undefined;
    return Int32Array.from(routing.operations, (op) => (op.outsourced !== null ? -1 : index.get(op.workCenter!)!));
  });
  return { index, available: Float64Array.from(available), efficiency: Float64Array.from(efficiency), operationCenter };
}

/**
 * The messages between {@link planInWorker} and its worker: the model and limits in, progress
 * and the plan's columns out (their buffers transferred, not copied), or the error.
 */
import type { Order } from "../model/schema.js";
import type { PlanLimits, PlanProgress } from "../mrp/plan.js";
import type { RawException } from "../mrp/planState.js";
import type { SourceChoice } from "../mrp/PlanResult.js";
import type { OrderSchedule } from "../routing/scheduleOrder.js";

/** What the worker is asked to plan. */
export interface PlanRequest {
  /** The model document, as JSON text or as data. */
  readonly model: unknown;
  readonly limits: PlanLimits;
  /** Whether to report progress. */
  readonly progress: boolean;
}

/** A column as it crosses: its storage (transferred) and how much of it is used. */
export interface ColumnData<A extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>> {
  readonly data: A;
  readonly length: number;
}

/** The plan, as the worker sends it back. */
export interface PlanPayload {
  readonly columns: Readonly<Record<string, ColumnData<Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>>>;
  readonly itemOrderStart: Int32Array;
  readonly itemOrderEnd: Int32Array;
  /** The tick each open order of the model is received at, after any reschedule-in. */
  readonly srEff: Int32Array;
  /** The raised action messages per item index (null: none). */
  readonly exceptions: readonly (readonly RawException[] | null)[];
  readonly firmRefs: readonly Order[];
  readonly schedulesFirst: number;
  readonly schedules: Map<number, OrderSchedule>;
  /** Why the orders of locations with several sources went to theirs, by order index. */
  readonly choices: ReadonlyMap<number, SourceChoice>;
}

/** A failure, with what is needed to raise it again on the other side. */
export interface ErrorPayload {
  readonly name: string;
  readonly code: string | undefined;
  readonly message: string;
  readonly details: unknown;
}

/** A message from the worker. */
export type WorkerReply = ({ readonly type: "progress" } & PlanProgress) | { readonly type: "done"; readonly payload: PlanPayload } | { readonly type: "error"; readonly error: ErrorPayload };

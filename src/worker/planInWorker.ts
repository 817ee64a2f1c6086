/// <reference types="node" />
/**
 * Planning off the calling thread: the model is compiled and planned in a worker, so a server or
 * a page that embeds the planner keeps answering while a large plan runs.
 */
import { Worker } from "node:worker_threads";
import { errorMessages } from "../errors/messages.js";
import { MrpError } from "../errors/MrpError.js";
import type { MrpErrorCode } from "../errors/codes.js";
import { defineModel } from "../model/defineModel.js";
import type { Model } from "../model/Model.js";
import type { PlanLimits, PlanProgress } from "../mrp/plan.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { resultOf } from "./payload.js";
import type { ErrorPayload, PlanRequest, WorkerReply } from "./protocol.js";

// Set by the build: where the worker script lies relative to the built module that starts it.
declare const __MRPKIT_PLAN_WORKER__: string | undefined;

/**
 * Options of {@link planInWorker}: the bounds of {@link plan}, a signal to stop, and progress.
 *
 * @category Planning
 */
export interface PlanInWorkerOptions extends PlanLimits {
  /** Stops the plan: the worker is ended and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called after each low-level code is planned (all items of one BOM level), and at the end. */
  readonly onProgress?: (progress: PlanProgress) => void;
}

/**
 * Plans a model in a worker thread (Node's `worker_threads`) and resolves with the same plan as
 * {@link plan} gives, while the calling thread's event loop keeps turning. The plan's columns come
 * back as transferred buffers, not copies. The model is compiled in the worker; this thread
 * compiles it again only when the plan's model, orders, items or messages are first read
 * (`summarizePlan` and `planToJson` read them; the columns do not).
 *
 * Pass the model as JSON text where you have it: text crosses to the worker as one string, where
 * an object is copied field by field on this thread before the worker starts.
 *
 * @param modelJson - the model document (as {@link defineModel} takes it), or its JSON text
 * @param options - plan bounds, `signal` to abort, `onProgress` for progress
 * @returns the plan
 * @throws an {@link MrpError} with the worker's code, message and details when the model is
 * invalid or the plan exceeds its bounds (its `name` is the original error's class name); the
 * signal's reason when aborted; a `SyntaxError` for JSON text that does not parse
 * @example
 * ```ts
 * import { planInWorker } from "mrpkit/worker";
 * const result = await planInWorker(readFileSync("model.json", "utf8"), {
 *   onProgress: ({ items, of }) => console.log(`${items} of ${of}`),
 *   signal: AbortSignal.timeout(60_000),
 * });
 * summarizePlan(result) //=> { items: 100000, plannedOrders: 253947, ... }
 * ```
 *
 * @category Planning
 */
export function planInWorker(modelJson: unknown, options: PlanInWorkerOptions = {}): Promise<PlanResult> {
  const { signal, onProgress, ...limits } = options;
  if (signal?.aborted) return Promise.reject(reasonOf(signal));
  let model: Model | undefined;
  const modelOf = (): Model => (model ??= defineModel(typeof modelJson === "string" ? JSON.parse(modelJson) : modelJson));
  return new Promise<PlanResult>((resolve, reject) => {
    const script = typeof __MRPKIT_PLAN_WORKER__ === "string" ? __MRPKIT_PLAN_WORKER__ : "./planWorker.js";
    const worker = new Worker(new URL(script, import.meta.url));
    let settled = false;
    const finish = (): void => {
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
    };
    const onAbort = (): void => {
      if (settled) return;
      finish();
      reject(reasonOf(signal!));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (m: WorkerReply) => {
      if (settled) return;
      if (m.type === "progress") {
        onProgress?.({ items: m.items, of: m.of });
      } else if (m.type === "done") {
        finish();
        resolve(resultOf(m.payload, modelOf));
      } else {
        finish();
        reject(errorOf(m.error));
      }
    });
    worker.on("error", (e) => {
      if (settled) return;
      finish();
      reject(e);
    });
    worker.on("exit", (code) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      reject(new Error(errorMessages.workerStopped(code)));
    });
    const request: PlanRequest = { model: modelJson, limits, progress: onProgress !== undefined };
    worker.postMessage(request);
  });
}

/** The worker's error, raised again here: an {@link MrpError} with its code, name and details, or a plain error of its name. */
function errorOf(p: ErrorPayload): Error {
  if (p.code === undefined) {
    const e = p.name === "SyntaxError" ? new SyntaxError(p.message) : new Error(p.message);
    if (e.name !== p.name) Object.defineProperty(e, "name", { value: p.name });
    return e;
  }
  const e = new MrpError(p.code as MrpErrorCode, p.message, (p.details ?? {}) as Record<string, unknown>);
  Object.defineProperty(e, "name", { value: p.name });
  return e;
}

/** Why a signal aborted, as an error (the reason itself when it is one). */
function reasonOf(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  return r instanceof Error ? r : new DOMException(String(r), "AbortError");
}

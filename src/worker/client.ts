/**
 * The calling side of {@link planInWorker}, whatever the worker is (a Node worker thread or a
 * browser's Web Worker): sends the request, reports progress, settles the promise once, and ends
 * the worker when it answers, fails or is aborted.
 */
import { errorMessages } from "../errors/messages.js";
import { MrpError } from "../errors/MrpError.js";
import type { MrpErrorCode } from "../errors/codes.js";
import { defineModel } from "../model/defineModel.js";
import type { Model } from "../model/Model.js";
import type { PlanLimits, PlanProgress } from "../mrp/plan.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { resultOf } from "./payload.js";
import type { ErrorPayload, PlanRequest, WorkerReply } from "./protocol.js";

// A global of every runtime the library supports (browsers, Node 17 and later).
declare const DOMException: new (message: string, name: string) => Error;

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

/** What a started worker tells its caller. */
export interface WorkerEvents {
  /** A message from the worker. */
  readonly message: (reply: WorkerReply) => void;
  /** The worker failed (its script did not load, or it threw outside a request). */
  readonly error: (error: Error) => void;
  /** The worker ended before it answered, with this exit code. */
  readonly exit: (code: number) => void;
}

/** A started worker, as the caller drives it. */
export interface WorkerHandle {
  readonly post: (request: PlanRequest) => void;
  readonly terminate: () => void;
}

/**
 * Plans `modelJson` in the worker `spawn` starts (called only when the signal is not already
 * aborted), with the contract of {@link planInWorker}.
 */
export function planWith(modelJson: unknown, options: PlanInWorkerOptions, spawn: (events: WorkerEvents) => WorkerHandle): Promise<PlanResult> {
  const { signal, onProgress, ...limits } = options;
  if (signal?.aborted) return Promise.reject(reasonOf(signal));
  let model: Model | undefined;
  const modelOf = (): Model => (model ??= defineModel(typeof modelJson === "string" ? JSON.parse(modelJson) : modelJson));
  return new Promise<PlanResult>((resolve, reject) => {
    let settled = false;
    let worker: WorkerHandle | undefined;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      return true;
    };
    const finish = (): boolean => {
      if (!settle()) return false;
      worker?.terminate();
      return true;
    };
    const onAbort = (): void => {
      if (finish()) reject(reasonOf(signal!));
    };
    try {
      worker = spawn({
        message(m) {
          if (settled) return;
          if (m.type === "progress") {
            onProgress?.({ items: m.items, of: m.of });
          } else if (m.type === "done") {
            if (finish()) resolve(resultOf(m.payload, modelOf));
          } else if (finish()) {
            reject(errorOf(m.error));
          }
        },
        error(e) {
          if (finish()) reject(e);
        },
        exit(code) {
          if (settle()) reject(new Error(errorMessages.workerStopped(code)));
        },
      });
    } catch (e) {
      settle();
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    const request: PlanRequest = { model: modelJson, limits, progress: onProgress !== undefined };
    worker.post(request);
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

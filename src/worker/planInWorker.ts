/// <reference types="node" />
/**
 * Planning off the calling thread: the model is compiled and planned in a worker, so a server or
 * a page that embeds the planner keeps answering while a large plan runs.
 */
import { Worker } from "node:worker_threads";
import type { PlanResult } from "../mrp/PlanResult.js";
import { planWith, type PlanInWorkerOptions } from "./client.js";

export type { PlanInWorkerOptions } from "./client.js";

// Set by the build: where the worker script lies relative to the built module that starts it.
declare const __MRPKIT_PLAN_WORKER__: string | undefined;

/**
 * Plans a model in a worker (a Node worker thread; in browsers, a module Web Worker) and resolves
 * with the same plan as {@link plan} gives, while the calling thread's event loop keeps turning. The plan's columns come
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
  return planWith(modelJson, options, (events) => {
    const script = typeof __MRPKIT_PLAN_WORKER__ === "string" ? __MRPKIT_PLAN_WORKER__ : "./planWorker.js";
    const worker = new Worker(new URL(script, import.meta.url));
    worker.on("message", events.message);
    worker.on("error", events.error);
    worker.on("exit", events.exit);
    return {
      post: (request) => {
        worker.postMessage(request);
      },
      terminate: () => {
        void worker.terminate();
      },
    };
  });
}

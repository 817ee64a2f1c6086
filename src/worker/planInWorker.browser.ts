/**
 * Planning off the page's thread, in browsers: the model is compiled and planned in a module Web
 * Worker, so the page keeps answering while a large plan runs. Bundlers (Vite, webpack, Parcel,
 * Rollup with its worker plugin) see the `new Worker(new URL(...), ...)` below and ship the worker
 * script with the page.
 */
import { errorMessages } from "../errors/messages.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { planWith, type PlanInWorkerOptions } from "./client.js";

export type { PlanInWorkerOptions } from "./client.js";

/** A browser's Web Worker, as far as it is used here. */
interface WebWorker {
  addEventListener(type: "message", listener: (event: { readonly data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: { readonly message?: string; preventDefault(): void }) => void): void;
  addEventListener(type: "messageerror", listener: () => void): void;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: URL, options: { readonly type: "module" }) => WebWorker;

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
    // written out in full, as bundlers recognise it: the worker script is a module beside this one
    const worker = new Worker(new URL("./planWorker.browser.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event) => {
      events.message(event.data as Parameters<typeof events.message>[0]);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      events.error(new Error(errorMessages.workerFailed(event.message ?? "")));
    });
    worker.addEventListener("messageerror", () => {
      events.error(new Error(errorMessages.workerFailed("its answer could not be read")));
    });
    return {
      post: (request) => {
        worker.postMessage(request);
      },
      terminate: () => {
        worker.terminate();
      },
    };
  });
}

/**
 * The worker of {@link planInWorker} in browsers (a module Web Worker): answers the one request it
 * is sent, with the plan's column buffers transferred.
 */
import type { PlanRequest } from "./protocol.js";
import { serve } from "./serve.js";

/** The worker's global scope, as far as it is used here. */
interface WorkerScope {
  addEventListener(type: "message", listener: (event: { readonly data: PlanRequest }) => void, options: { once: boolean }): void;
  postMessage(message: unknown, transfer: readonly ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.addEventListener(
  "message",
  (event) => {
    serve(event.data, (reply, transfer) => {
      scope.postMessage(reply, transfer ?? []);
    });
  },
  { once: true },
);

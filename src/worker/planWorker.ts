/// <reference types="node" />
/**
 * The worker of {@link planInWorker} in Node (a `worker_threads` worker): answers the one request
 * it is sent, with the plan's column buffers transferred.
 */
import { parentPort } from "node:worker_threads";
import type { PlanRequest } from "./protocol.js";
import { serve } from "./serve.js";

const port = parentPort;
if (port !== null) {
  port.once("message", (req: PlanRequest) => {
    serve(req, (reply, transfer) => {
      port.postMessage(reply, transfer);
    });
  });
}

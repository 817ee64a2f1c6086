/// <reference types="node" />
/**
 * The worker of {@link planInWorker} in Node (a `worker_threads` worker): compiles the model it
 * is sent, plans it, reporting progress level by level, and sends the plan back with its columns'
 * buffers transferred.
 */
import { parentPort } from "node:worker_threads";
import { defineModel } from "../model/defineModel.js";
import { plan } from "../mrp/plan.js";
import { payloadOf } from "./payload.js";
import type { PlanRequest, WorkerReply } from "./protocol.js";

const port = parentPort;
if (port !== null) {
  port.once("message", (req: PlanRequest) => {
    try {
      const input: unknown = typeof req.model === "string" ? JSON.parse(req.model) : req.model;
      const model = defineModel(input);
      const onProgress = req.progress
        ? (p: { items: number; of: number }) => {
            port.postMessage({ type: "progress", items: p.items, of: p.of } satisfies WorkerReply);
          }
        : undefined;
      const result = plan(model, onProgress === undefined ? req.limits : { ...req.limits, onProgress });
      const { payload, transfer } = payloadOf(result);
      port.postMessage({ type: "done", payload } satisfies WorkerReply, transfer);
    } catch (e) {
      const err = e as { name?: unknown; code?: unknown; message?: unknown; details?: unknown };
      port.postMessage({
        type: "error",
        error: {
          name: typeof err.name === "string" ? err.name : "Error",
          code: typeof err.code === "string" ? err.code : undefined,
          message: typeof err.message === "string" ? err.message : String(e),
          details: err.details === undefined ? undefined : JSON.parse(JSON.stringify(err.details)),
        },
      } satisfies WorkerReply);
    }
  });
}

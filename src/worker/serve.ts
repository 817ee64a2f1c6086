/**
 * The worker side of {@link planInWorker}, whatever the worker is: compiles the model it is sent,
 * plans it, reporting progress level by level, and answers with the plan (its columns' buffers to
 * transfer) or the error.
 */
import { defineModel } from "../model/defineModel.js";
import { plan } from "../mrp/plan.js";
import { payloadOf } from "./payload.js";
import type { PlanRequest, WorkerReply } from "./protocol.js";

/** Answers one request through `post`, which sends a reply and transfers the buffers given. */
export function serve(req: PlanRequest, post: (reply: WorkerReply, transfer?: ArrayBuffer[]) => void): void {
  try {
    const input: unknown = typeof req.model === "string" ? JSON.parse(req.model) : req.model;
    const model = defineModel(input);
    const onProgress = req.progress
      ? (p: { items: number; of: number }) => {
          post({ type: "progress", items: p.items, of: p.of });
        }
      : undefined;
    const result = plan(model, onProgress === undefined ? req.limits : { ...req.limits, onProgress });
    const { payload, transfer } = payloadOf(result);
    post({ type: "done", payload }, transfer);
  } catch (e) {
    const err = e as { name?: unknown; code?: unknown; message?: unknown; details?: unknown };
    post({
      type: "error",
      error: {
        name: typeof err.name === "string" ? err.name : "Error",
        code: typeof err.code === "string" ? err.code : undefined,
        message: typeof err.message === "string" ? err.message : String(e),
        details: err.details === undefined ? undefined : JSON.parse(JSON.stringify(err.details)),
      },
    });
  }
}

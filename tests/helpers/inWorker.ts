/**
 * Runs a function body against the built library (dist/index.js) in a worker thread with a
 * deadline and a heap limit, so a case that would hang or exhaust memory fails the test instead of
 * taking the test process down. The body sees `lib` (the library) and `input`, and returns a
 * structured-cloneable value.
 */
import { Worker } from "node:worker_threads";

const DIST = new URL("../../dist/index.js", import.meta.url).href;

/** What a worker case ended with. */
export type WorkerOutcome =
  | { readonly kind: "returned"; readonly value: unknown }
  | { readonly kind: "threw"; readonly name: string; readonly code: unknown; readonly message: string; readonly details: unknown }
  | { readonly kind: "timeout" }
  | { readonly kind: "crashed"; readonly message: string };

/**
 * @param body - the body of an async function of `lib` and `input`
 * @param input - data passed to the body
 * @param limits - `deadlineMs` before the worker is terminated, `heapMb` its old-generation limit
 */
export function inWorker(body: string, input: unknown, limits: { deadlineMs: number; heapMb?: number }): Promise<WorkerOutcome> {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    (async () => {
      const lib = await import(workerData.dist);
      const input = workerData.input;
      try {
        const value = await (async (lib, input) => { ${body} })(lib, input);
        parentPort.postMessage({ kind: "returned", value });
      } catch (e) {
        parentPort.postMessage({ kind: "threw", name: e && e.name, code: e && e.code, message: String(e && e.message), details: e && e.details ? JSON.parse(JSON.stringify(e.details)) : undefined });
      }
    })();`;
  return new Promise((resolve) => {
    const w = new Worker(source, {
      eval: true,
      workerData: { dist: DIST, input },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? 256 },
    });
    let done = false;
    const finish = (o: WorkerOutcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(o);
    };
    const timer = setTimeout(() => finish({ kind: "timeout" }), limits.deadlineMs);
    w.on("message", (m: WorkerOutcome) => finish(m));
    w.on("error", (e) => finish({ kind: "crashed", message: String(e.message) }));
    w.on("exit", (code) => finish({ kind: "crashed", message: `worker exited with code ${code}` }));
  });
}

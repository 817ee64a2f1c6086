/**
 * `mrpkit/worker`: planning in a worker thread, so the host keeps running while a large plan is
 * computed. A separate entry, so that the library's main entry stays free of Node built-ins.
 *
 * @packageDocumentation
 */
export { planInWorker, type PlanInWorkerOptions } from "./planInWorker.js";

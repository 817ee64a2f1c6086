/**
 * `mrpkit/worker` in browsers: planning in a module Web Worker, so the page keeps answering while
 * a large plan is computed. The same API as the Node entry.
 *
 * @packageDocumentation
 */
export { planInWorker, type PlanInWorkerOptions } from "./planInWorker.browser.js";

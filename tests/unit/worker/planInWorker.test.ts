/**
 * planInWorker, from the built package (dist/; `npm test` builds it first): the same plan as
 * plan(), progress level by level, abort, errors, and a host whose event loop keeps turning while
 * a 100,000-item model plans.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { generateModel } from "../../../bench/generate.mjs";
import { generateDenseModel } from "../../../bench/generate-dense.mjs";

type Lib = typeof import("../../../src/index.js");
type WorkerLib = typeof import("../../../src/worker/index.js");
const lib = (await import(new URL("../../../dist/index.js", import.meta.url).href)) as Lib;
const { planInWorker } = (await import(new URL("../../../dist/worker/index.js", import.meta.url).href)) as WorkerLib;

const small = {
  calendar: { periods: 4 },
  items: [
    { id: "A", source: "make", leadTime: 1, onHand: 5 },
    { id: "B", source: "buy", leadTime: 2 },
  ],
  bom: [{ parent: "A", child: "B", quantity: 2 }],
  demands: [{ id: "SO-1", item: "A", due: 3, quantity: 20 }],
};

describe("planInWorker", () => {
  it("resolves with the plan plan() makes, from JSON text or data", async () => {
    for (const m of [generateDenseModel({ items: 1000, seed: 3 }), generateModel({ items: 1000, seed: 4 })]) {
      const expected = lib.plan(lib.defineModel(m));
      const fromText = await planInWorker(JSON.stringify(m));
      const fromData = await planInWorker(m);
      for (const got of [fromText, fromData]) {
        expect(lib.summarizePlan(got)).toEqual(lib.summarizePlan(expected));
        expect(lib.planToJson(got)).toEqual(lib.planToJson(expected));
        expect(got.columns.orderQty).toEqual(expected.columns.orderQty);
        expect(got.columns.pegReq).toEqual(expected.columns.pegReq);
      }
    }
  }, 120_000);

  it("gives a plan that replan continues from", async () => {
    const model = lib.defineModel(small);
    const base = await planInWorker(small);
    const edit = lib.applyChanges(model, (d) => void (d.demands[0]!.quantity = 30));
    const next = lib.replan(base, edit.model, { patches: edit.patches });
    expect(lib.planToJson(next)).toEqual(lib.planToJson(lib.plan(edit.model)));
    expect(next.plannedOrders.map((o) => [o.id, o.quantity])).toEqual([
      ["A#1", 25],
      ["B#1", 50],
    ]);
  });

  it("reports progress after each low-level code, ending at all items", async () => {
    const seen: { items: number; of: number }[] = [];
    await planInWorker(small, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { items: 1, of: 2 },
      { items: 2, of: 2 },
    ]);
  });

  it("rejects an invalid model with the model error's code, name and issues", async () => {
    const bad = { ...small, items: [{ id: "A", source: "make", leadTime: -1 }] };
    const err = await planInWorker(bad).then(
      () => undefined,
      (e: unknown) => e as { name: string; code: string; details: { issues?: { path: string }[] } },
    );
    let expected: { name: string; code: string } | undefined;
    try {
      lib.defineModel(bad);
    } catch (e) {
      expected = e as { name: string; code: string };
    }
    expect(err).toBeInstanceOf(lib.MrpError);
    expect(err?.name).toBe(expected?.name);
    expect(err?.code).toBe("invalid_model");
    expect(err?.details.issues?.map((i) => i.path)).toEqual((expected as unknown as { details: { issues: { path: string }[] } }).details.issues.map((i) => i.path));
  });

  it("rejects JSON text that does not parse with a SyntaxError", async () => {
    await expect(planInWorker("{ nope")).rejects.toBeInstanceOf(SyntaxError);
  });

  it("stops when the signal aborts, rejecting with its reason; an aborted signal never starts", async () => {
    const model = JSON.stringify(generateDenseModel({ items: 20_000, seed: 1 }));
    const ac = new AbortController();
    const reason = new Error("stop");
    const started = planInWorker(model, { signal: ac.signal, onProgress: () => ac.abort(reason) });
    await expect(started).rejects.toBe(reason);
    await expect(planInWorker(small, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  }, 120_000);

  it("keeps the host's event loop turning while a 100,000-item model plans", async () => {
    const text = JSON.stringify(generateModel({ items: 100_000, seed: 1 }));
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 50);
    const t0 = performance.now();
    let progress = 0;
    const result = await planInWorker(text, { onProgress: () => progress++ });
    const t1 = performance.now();
    clearInterval(timer);
    expect(lib.summarizePlan(result).items).toBe(100_000);
    expect(progress).toBeGreaterThan(2);
    // the timer kept firing through the plan: never a gap of half the run (on a loaded machine a
    // tick can be late, but a blocked loop would show one gap as long as the plan)
    const inside = [t0, ...ticks.filter((t) => t > t0 && t < t1), t1];
    const gaps = inside.slice(1).map((t, k) => t - inside[k]!);
    expect(inside.length).toBeGreaterThan(5);
    expect(Math.max(...gaps)).toBeLessThan((t1 - t0) / 2);
  }, 180_000);
});

// the CommonJS entry starts the same worker
describe("planInWorker from require", () => {
  it("plans the same as the ESM entry", async () => {
    const require = createRequire(import.meta.url);
    const cjs = require("../../../dist/worker.cjs") as WorkerLib;
    const got = await cjs.planInWorker(small);
    expect(lib.planToJson(got)).toEqual(lib.planToJson(lib.plan(lib.defineModel(small))));
  });
});

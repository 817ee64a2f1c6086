/**
 * planInWorker from "mrpkit/worker" in a real browser: esbuild bundles a page script that imports
 * the packed package (its "browser" export condition picks the Web Worker build) and, as a second
 * entry, the worker script beside it, where the page's `new URL("./planWorker.browser.js",
 * import.meta.url)` finds it. Chromium (/usr/bin/chromium, driven by playwright-core) loads the
 * page from a local HTTP server (a module worker does not start from file://). In the page: the
 * plan from the worker equals plan() in the page, progress is reported, abort and bad input reject.
 * Without Chromium the suite is skipped with a message, unless MRPKIT_REQUIRE_BROWSER is set.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { chromiumTestsRun, requireChromium, launchChromium, watchPage } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateModel } from "../../bench/generate.mjs";
import { generateDenseModel } from "../../bench/generate-dense.mjs";
import { installPackedPackage, type PackedPackage } from "../helpers/packedPackage.ts";

const runs = chromiumTestsRun("tests/browser/worker.test.ts");

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>mrpkit worker</title></head>
<body><script type="module" src="app.js"></script></body></html>
`;

/** The page script: planning in the worker and in the page, compared by the test. */
const APP = `import { defineModel, plan, planToJson, summarizePlan } from "mrpkit";
import { planInWorker } from "mrpkit/worker";
const rows = (result) => ({
  json: planToJson(result),
  summary: summarizePlan(result),
  orderQty: Array.from(result.columns.orderQty),
  pegReq: Array.from(result.columns.pegReq),
  float64: result.columns.orderQty instanceof Float64Array,
});
const failure = (e) => ({ name: e?.name, code: e?.code, message: e?.message, issues: e?.details?.issues?.map((i) => i.path) });
globalThis.planBoth = async (text) => {
  const progress = [];
  const worker = rows(await planInWorker(text, { onProgress: (p) => progress.push(p) }));
  const page = rows(plan(defineModel(JSON.parse(text))));
  return { worker, page, progress };
};
globalThis.abortMidway = async (text) => {
  const ac = new AbortController();
  const reason = new Error("stop");
  let calls = 0;
  const outcome = await planInWorker(text, { signal: ac.signal, onProgress: () => { calls++; ac.abort(reason); } }).then(() => "resolved", (e) => (e === reason ? "rejected with the reason" : failure(e)));
  const early = await planInWorker(text, { signal: AbortSignal.abort(reason), onProgress: () => calls++ }).then(() => "resolved", (e) => (e === reason ? "rejected with the reason" : failure(e)));
  return { outcome, early, calls };
};
globalThis.planBad = (input) => planInWorker(input).then(() => "resolved", failure);
globalThis.defineBad = (input) => {
  try {
    defineModel(input);
    return "defined";
  } catch (e) {
    return failure(e);
  }
};
globalThis.ready = true;
`;

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };

describe.skipIf(!runs)("planInWorker in Chromium, from the packed package", () => {
  let packed: PackedPackage | undefined;
  let context: BrowserContext | undefined;
  let server: Server | undefined;
  let origin = "";
  const problems: string[] = [];

  beforeAll(async () => {
    requireChromium();
    packed = installPackedPackage();
    const app = join(packed.consumer, "worker-app");
    mkdirSync(app);
    writeFileSync(join(app, "main.mjs"), APP);
    writeFileSync(join(app, "index.html"), PAGE);
    const { build } = await import("esbuild");
    // the page, resolved as a browser bundler resolves it ("browser" condition)
    const page = await build({ entryPoints: [join(app, "main.mjs")], bundle: true, platform: "browser", format: "esm", minify: true, outfile: join(app, "app.js"), logLevel: "silent" });
    expect(page.errors).toEqual([]);
    const pageCode = readFileSync(join(app, "app.js"), "utf8");
    expect(pageCode).toContain('new URL("./planWorker.browser.js",import.meta.url)');
    expect(pageCode).not.toContain("worker_threads");
    // the worker script, as its own bundle beside the page
    const script = join(packed.consumer, "node_modules", "mrpkit", "dist", "worker", "planWorker.browser.js");
    const worker = await build({ entryPoints: [script], bundle: true, platform: "browser", format: "esm", minify: true, outfile: join(app, "planWorker.browser.js"), logLevel: "silent" });
    expect(worker.errors).toEqual([]);

    server = createServer((req, res) => {
      const name = new URL(req.url ?? "/", "http://localhost").pathname.slice(1) || "index.html";
      if (name === "favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      const file = join(app, name);
      if (!/^[\w.-]+$/.test(name) || !existsSync(file)) {
        problems.push(`not found: ${name}`);
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(name)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    context = await launchChromium(join(packed.scratch, "profile-worker"));
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
    packed?.remove();
  });

  async function openPage() {
    const page = await context!.newPage();
    watchPage(page, problems);
    await page.goto(`${origin}/index.html`, { waitUntil: "load" });
    await page.waitForFunction(() => (globalThis as unknown as { ready?: boolean }).ready === true);
    return page;
  }

  // 300 items of each shape: every BOM level and lot-sizing rule of the generators, thousands of
  // orders, and a plan JSON small enough to return from the page twice without dominating the suite
  const ITEMS = 300;

  it("plans in a Web Worker the plan plan() makes in the page, reporting progress", async () => {
    const page = await openPage();
    for (const m of [generateDenseModel({ items: ITEMS, seed: 3 }), generateModel({ items: ITEMS, seed: 4 })]) {
      type Rows = { json: unknown; summary: { items: number; plannedOrders: number }; orderQty: number[]; pegReq: number[]; float64: boolean };
      const got = await page.evaluate((text) => (globalThis as unknown as { planBoth(t: string): Promise<{ worker: Rows; page: Rows; progress: { items: number; of: number }[] }> }).planBoth(text), JSON.stringify(m));
      expect(got.worker).toEqual(got.page);
      // real plans, not two equal failures
      expect(got.worker.summary.items).toBe(ITEMS);
      expect(got.worker.summary.plannedOrders).toBeGreaterThan(0);
      expect(got.worker.orderQty.length).toBe(got.worker.summary.plannedOrders);
      expect(got.worker.float64).toBe(true);
      // progress after each low-level code, rising, ending at all items
      expect(got.progress.length).toBeGreaterThan(1);
      expect(got.progress.every((p) => p.of === ITEMS)).toBe(true);
      expect(got.progress.map((p) => p.items)).toEqual([...got.progress.map((p) => p.items)].sort((a, b) => a - b));
      expect(got.progress.at(-1)).toEqual({ items: ITEMS, of: ITEMS });
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("rejects with the signal's reason when aborted, and never starts on an aborted signal", async () => {
    const page = await openPage();
    const text = JSON.stringify(generateDenseModel({ items: 20_000, seed: 1 }));
    const got = await page.evaluate((t) => (globalThis as unknown as { abortMidway(t: string): Promise<unknown> }).abortMidway(t), text);
    // aborted at the first progress report: the worker is ended, no further report arrives
    expect(got).toEqual({ outcome: "rejected with the reason", early: "rejected with the reason", calls: 1 });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("rejects an invalid model with its code and located issues, and bad JSON with a SyntaxError", async () => {
    const page = await openPage();
    const bad = { calendar: { periods: 4 }, items: [{ id: "A", source: "make", leadTime: -1 }], demands: [] };
    const invalid = await page.evaluate((m) => (globalThis as unknown as { planBad(m: unknown): Promise<unknown> }).planBad(m), bad);
    const inPage = await page.evaluate((m) => (globalThis as unknown as { defineBad(m: unknown): unknown }).defineBad(m), bad);
    // the error defineModel raises in the page, rebuilt from the worker's answer
    expect(invalid).toEqual(inPage);
    expect(invalid).toMatchObject({ code: "invalid_model", issues: [["items", 0, "leadTime"]] });
    const syntax = await page.evaluate(() => (globalThis as unknown as { planBad(m: unknown): Promise<unknown> }).planBad("{ nope"));
    expect(syntax).toMatchObject({ name: "SyntaxError", code: undefined });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

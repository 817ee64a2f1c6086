/**
 * The packed package in a real browser, as a web application ships it: esbuild bundles a page
 * script that imports from "mrpkit" (the package installed from its tarball, not the sources), and
 * Debian's Chromium at /usr/bin/chromium, driven by playwright-core, runs it from a file://
 * address. The page plans the bicycle example, imports CSV text, renders the report into the page
 * and quotes prices (tests/browser/scenario.mjs); Node runs the same scenario on the same installed
 * package, and the results must be equal. Without Chromium the suite is skipped with a message,
 * unless MRPKIT_REQUIRE_BROWSER is set (CI sets it).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { chromiumTestsRun, requireChromium, launchChromium, watchPage } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPackedPackage, root, sh, type PackedPackage } from "../helpers/packedPackage.ts";

const runs = chromiumTestsRun("tests/browser/bundle.test.ts");

/** The example files the scenario reads, as text. */
const inputs = {
  bicycle: readFileSync(join(root, "examples", "bicycle.json"), "utf8"),
  items: readFileSync(join(root, "examples", "csv", "items.csv"), "utf8"),
  bom: readFileSync(join(root, "examples", "csv", "bom.csv"), "utf8"),
  routings: readFileSync(join(root, "examples", "csv", "routings.csv"), "utf8"),
  workCenters: readFileSync(join(root, "examples", "csv", "work-centers.csv"), "utf8"),
  stock: readFileSync(join(root, "examples", "csv", "stock.csv"), "utf8"),
  receipts: readFileSync(join(root, "examples", "csv", "receipts.csv"), "utf8"),
  demands: readFileSync(join(root, "examples", "csv", "demands.csv"), "utf8"),
  book: readFileSync(join(root, "examples", "pricing", "book.json"), "utf8"),
};

/** What the scenario returns. */
interface Results {
  bicycle: { orders: [string, string, number, number, number][]; summary: unknown };
  chairs: { itemCount: number; orders: [string, string, number, number, number][] };
  report: string;
  quotes: { total: string; currency: string }[];
}

/** The page: a classic script (Chromium runs no module script from file://) and a frame for the report. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>mrpkit bundle</title></head>
<body><iframe id="report" title="report" style="width:100%;height:600px"></iframe>
<script src="app.js"></script></body></html>
`;

/** The page script: runs the scenario, keeps its results and shows the report in the frame. */
const APP = `import { defineModel, plan, planSummary, importCsv, renderReport, definePriceBook, quote } from "mrpkit";
import { run } from "./scenario.mjs";
globalThis.runScenario = (inputs) => {
  const results = run({ defineModel, plan, planSummary, importCsv, renderReport, definePriceBook, quote }, inputs);
  document.getElementById("report").srcdoc = results.report;
  return results;
};
`;

describe.skipIf(!runs)("the packed package bundled for Chromium", () => {
  let packed: PackedPackage | undefined;
  let context: BrowserContext | undefined;
  let url = "";
  let bundleBytes = 0;
  let node: Results;

  beforeAll(async () => {
    requireChromium();
    packed = installPackedPackage();
    const app = join(packed.consumer, "app");
    mkdirSync(app);
    copyFileSync(join(root, "tests", "browser", "scenario.mjs"), join(app, "scenario.mjs"));
    writeFileSync(join(app, "main.mjs"), APP);
    writeFileSync(join(app, "index.html"), PAGE);
    // esbuild is the bundler tsup itself runs on
    const { build } = await import("esbuild");
    const out = await build({ entryPoints: [join(app, "main.mjs")], bundle: true, platform: "browser", format: "iife", minify: true, outfile: join(app, "app.js"), logLevel: "silent" });
    expect(out.errors).toEqual([]);
    bundleBytes = readFileSync(join(app, "app.js")).length;
    url = pathToFileURL(join(app, "index.html")).href;

    // the same scenario in Node, on the same installed package
    writeFileSync(
      join(app, "node.mjs"),
      `import * as m from "mrpkit";\nimport { run } from "./scenario.mjs";\nimport { readFileSync } from "node:fs";\nprocess.stdout.write(JSON.stringify(run(m, JSON.parse(readFileSync(process.argv[2], "utf8")))));\n`,
    );
    writeFileSync(join(app, "inputs.json"), JSON.stringify(inputs));
    node = JSON.parse(sh(process.execPath, ["node.mjs", "inputs.json"], app)) as Results;

    context = await launchChromium(join(packed.scratch, "profile"));
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    packed?.remove();
  });

  it("plans, imports CSV, renders the report and quotes as Node does, with no page error", async () => {
    const page = await context!.newPage();
    const problems: string[] = [];
    watchPage(page, problems);
    await page.route("**/*", async (route) => {
      const u = route.request().url();
      if (u.startsWith("file:") || u.startsWith("about:")) await route.continue();
      else {
        problems.push(`network request: ${u}`);
        await route.abort();
      }
    });
    await page.goto(url, { waitUntil: "load" });
    const browser = await page.evaluate((i) => (globalThis as unknown as { runScenario(i: unknown): Results }).runScenario(i), inputs);

    expect(browser).toEqual(node);
    // and the results are the real ones, not two equal failures
    expect(browser.bicycle.orders.length).toBeGreaterThan(0);
    expect(browser.chairs.itemCount).toBe(8);
    expect(browser.chairs.orders.slice(0, 3).map((o) => [o[0], o[2], o[3], o[4]])).toEqual([
      ["CHAIR#1", 15, 1, 2],
      ["CHAIR#2", 35, 3, 4],
      ["CHAIR#3", 25, 5, 6],
    ]);
    expect(browser.quotes.map((q) => [q.total, q.currency])).toEqual([
      ["39.00", node.quotes[0]!.currency],
      ["14.18", node.quotes[1]!.currency],
    ]);

    // the report shows in the page
    const frame = page.frameLocator("#report");
    await expect.poll(() => frame.locator("h1").textContent()).toBe("Bicycle plan");
    const planned = new Set(browser.bicycle.orders.map((o) => o[1]));
    expect(await frame.locator("section.item").count()).toBeGreaterThanOrEqual(planned.size);
    expect(problems).toEqual([]);
    console.log(`page bundle (plan, CSV import, report, price book, quote): ${bundleBytes} bytes minified`);
    await page.close();
  });
});

/**
 * examples/browser/ as a user runs it: `npm run example:browser` bundles its page script with
 * esbuild against the built package (`npm test` builds dist/ first), and Chromium opens the page
 * from a file:// address. A model pasted into the page, or dropped onto it, is planned and its MRP
 * grid shown; the grid must equal `itemRecords` computed in Node. Without Chromium the suite is
 * skipped with a message, unless MRPKIT_REQUIRE_BROWSER is set (CI sets it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { chromiumTestsRun, requireChromium, launchChromium, watchPage } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineModel } from "../../src/model/defineModel.ts";
import { itemRecords, MRP_RECORD_ROWS } from "../../src/mrp/itemRecords.ts";
import { plan } from "../../src/mrp/plan.ts";
import { root } from "../helpers/packedPackage.ts";

const runs = chromiumTestsRun("tests/browser/example.test.ts");

const example = join(root, "examples", "browser");
const bicycle = readFileSync(join(root, "examples", "bicycle.json"), "utf8");

describe.skipIf(!runs)("examples/browser in Chromium", () => {
  let context: BrowserContext | undefined;
  let profile = "";

  beforeAll(async () => {
    requireChromium();
    if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first (`npm test` does)");
    // the bundling command of the example, as its README states it
    execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "example:browser"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    expect(statSync(join(example, "dist", "app.js")).size).toBeGreaterThan(0);
    profile = mkdtempSync(join(tmpdir(), "mrpkit-example-"));
    context = await launchChromium(profile);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    if (profile !== "") rmSync(profile, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const page = await context!.newPage();
    const problems: string[] = [];
    watchPage(page, problems);
    await page.goto(pathToFileURL(join(example, "index.html")).href, { waitUntil: "load" });
    return { page, problems };
  }

  /** The grid of `item` as shown: each row's heading and cells. */
  const gridOf = (page: Page, item: string) =>
    page.locator(`table[data-item="${item}"] tr`).evaluateAll((rows) => rows.map((r) => Array.from((r as unknown as { children: ArrayLike<{ textContent: string | null }> }).children, (c) => c.textContent ?? "")));

  /** The grid of `item` from itemRecords in Node, as the page writes it (zero blank, except on hand). */
  function expected(item: string): string[][] {
    const records = itemRecords(plan(defineModel(JSON.parse(bicycle))), item);
    return [
      ["Period", ...records.map((r) => String(r.period))],
      ...MRP_RECORD_ROWS.map(([key, label]) => [label, ...records.map((r) => (r[key] === 0 && key !== "projectedOnHand" ? "" : String(r[key])))]),
    ];
  }

  it("plans a pasted model and shows every item's MRP grid", async () => {
    const { page, problems } = await open();
    await page.locator("#model").fill(bicycle);
    await page.locator("#plan").click();
    const model = defineModel(JSON.parse(bicycle));
    const result = plan(model);
    expect(await page.locator("#status").textContent()).toBe(`${model.itemCount} items, ${result.plannedOrders.length} planned orders, ${result.exceptions.length} action messages`);
    expect(await page.locator("table[data-item]").count()).toBe(model.itemCount);
    for (const item of ["bicycle", "wheel", "spokes"]) expect(await gridOf(page, item)).toEqual(expected(item));
    expect(await page.locator("#error").textContent()).toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("plans a dropped model file", async () => {
    const { page, problems } = await open();
    await page.evaluate(`(() => {
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(bicycle)}], "bicycle.json", { type: "application/json" }));
      document.dispatchEvent(new DragEvent("drop", { dataTransfer: files, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.locator("table[data-item]").count()).toBe(13);
    expect(await gridOf(page, "wheel")).toEqual(expected("wheel"));
    expect(await page.locator("#model").inputValue()).toBe(bicycle);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows every problem of an invalid model with its path, and no grid", async () => {
    const { page, problems } = await open();
    await page.locator("#model").fill(JSON.stringify({ calendar: { periods: 0 }, items: [{ id: "A", source: "sometimes" }] }));
    await page.locator("#plan").click();
    const error = (await page.locator("#error").textContent()) ?? "";
    expect(error).toMatch(/calendar\.periods/);
    expect(error).toMatch(/items\[0\]\.source/);
    expect(await page.locator("table[data-item]").count()).toBe(0);
    await page.locator("#model").fill("{ not json");
    await page.locator("#plan").click();
    expect(await page.locator("#error").textContent()).toMatch(/^Not JSON: /);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * The location filter of a supply network's report in a real browser (Debian's Chromium, as in
 * report.test.ts; skipped without it unless MRPKIT_REQUIRE_BROWSER is set): choosing a location
 * shows its items and hides the other locations' rows of the worklists and messages; orders say
 * how they are supplied, in the item's order buttons and in the pegging panel.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { chromiumTestsRun, requireChromium, launchChromium, watchPage } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/io/renderReport.ts";
import { defineModel } from "../../src/model/defineModel.ts";
import { plan } from "../../src/mrp/plan.ts";

const runs = chromiumTestsRun("tests/browser/networkReport.test.ts");
const root = fileURLToPath(new URL("../../", import.meta.url));

describe.skipIf(!runs)("the location filter of a network report in Chromium", () => {
  let dir = "";
  let url = "";
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    requireChromium();
    const model = defineModel(JSON.parse(readFileSync(join(root, "examples", "network.json"), "utf8")));
    dir = mkdtempSync(join(tmpdir(), "mrpkit-network-report-"));
    const file = join(dir, "network.html");
    writeFileSync(file, renderReport(plan(model), { title: "Network" }));
    url = pathToFileURL(file).href;
    context = await launchChromium(join(dir, "profile"), { width: 1400, height: 900 });
  });

  afterAll(async () => {
    await context?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const page = await context!.newPage();
    const problems: string[] = [];
    watchPage(page, problems);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector("body[data-ready]");
    return { page, problems };
  }
  const visibleItems = (page: Page) => page.locator("section.item:visible").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  const visibleReleases = (page: Page) => page.locator("#releases tr[data-order]:visible").evaluateAll((els) => els.map((e) => e.getAttribute("data-order")));

  it("shows one location's items and order rows, then all again", async () => {
    const { page, problems } = await open();
    expect(await visibleItems(page)).toEqual(["LAMP@DC-EAST", "LAMP@DC-WEST", "LAMP@PLANT", "BULB@PLANT"]);
    expect(await visibleReleases(page)).toEqual(["BULB@PLANT#1", "LAMP@DC-EAST#1"]);
    await page.selectOption("#location", "PLANT");
    expect(await visibleItems(page)).toEqual(["LAMP@PLANT", "BULB@PLANT"]);
    expect(await page.locator("#visible-count").textContent()).toBe("2 of 4 items shown");
    expect(await visibleReleases(page)).toEqual(["BULB@PLANT#1"]);
    await page.selectOption("#location", "DC-EAST");
    expect(await visibleItems(page)).toEqual(["LAMP@DC-EAST"]);
    expect(await visibleReleases(page)).toEqual(["LAMP@DC-EAST#1"]);
    // the search works within the location
    await page.fill("#search", "bulb");
    expect(await visibleItems(page)).toEqual([]);
    await page.fill("#search", "");
    await page.selectOption("#location", "");
    expect(await visibleItems(page)).toEqual(["LAMP@DC-EAST", "LAMP@DC-WEST", "LAMP@PLANT", "BULB@PLANT"]);
    expect(await visibleReleases(page)).toEqual(["BULB@PLANT#1", "LAMP@DC-EAST#1"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("names the location of each item and the supply of each order, also in the pegging panel", async () => {
    const { page, problems } = await open();
    const east = page.locator('section.item[data-id="LAMP@DC-EAST"]');
    expect(await east.getAttribute("data-loc")).toBe("DC-EAST");
    expect(await east.locator("h3 .meta").textContent()).toBe("East distribution center · low-level code 0 · transfer · lead time 2 · safety stock 20 · lot fixed · EA");
    expect(await east.locator(".orders button").allTextContents()).toEqual([
      "LAMP@DC-EAST#1 · 50 due 3 · transfer · S-EAST · from PLANT",
      "LAMP@DC-EAST#2 · 50 due 6 · transfer · S-EAST · from PLANT",
      "LAMP@DC-EAST#3 · 50 due 8 · transfer · S-EAST · from PLANT",
    ]);
    await east.locator(".orders button").first().click();
    expect(await page.locator("#pegging .peg-order").textContent()).toBe("LAMP@DC-EAST#1 · 50 LAMP@DC-EAST, release period 1, due period 3 · transfer · S-EAST · from PLANT");
    // full pegging crosses sites: the plant's make order serves the East customer orders through the transfer
    await page.locator('section.item[data-id="LAMP@PLANT"] .orders button').first().click();
    expect(await page.locator("#pegging .peg-order").textContent()).toMatch(/^LAMP@PLANT#1 · \d+ LAMP@PLANT, .* · make · S-MAKE$/);
    const nodes = await page.locator("#pegging .peg-node").evaluateAll((els) => els.map((e) => (e.firstChild?.textContent ?? "").split(" ")[0]));
    expect(nodes[0]).toBe("LAMP@PLANT#1");
    expect(nodes.slice(1).every((id) => /^LAMP@DC-(EAST|WEST)#\d+$/.test(id ?? ""))).toBe(true);
    expect(nodes.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/**
 * The HTML report in a real browser: Debian's Chromium at /usr/bin/chromium, driven by
 * playwright-core, opening the report from a file:// address. Without Chromium the suite is
 * skipped with a message, unless MRPKIT_REQUIRE_BROWSER is set (CI sets it): then a missing
 * Chromium fails it. See docs/decisions-report.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plan } from "../../src/mrp/plan.ts";
import { renderReport } from "../../src/io/renderReport.ts";
import { defineModel } from "../../src/model/defineModel.ts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const required = (process.env["MRPKIT_REQUIRE_BROWSER"] ?? "") !== "";
if (!haveChromium && !required) {
  console.warn(
    `tests/browser/report.test.ts: skipped, ${CHROMIUM} is missing. Install it with ` +
      "`sudo apt-get install -y chromium` (Debian's package; playwright-core drives it, nothing is downloaded). " +
      "Set MRPKIT_REQUIRE_BROWSER=1 to make a missing browser fail instead (CI does).",
  );
}

const HOSTILE = `<img src="x.png" onerror="document.title='pwned'">`;
const root = fileURLToPath(new URL("../../", import.meta.url));
const screenshot = join(root, ".tmp", "report.png");

describe.skipIf(!haveChromium && !required)("the HTML report in Chromium", () => {
  let dir = "";
  let url = "";
  let hostileUrl = "";
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`MRPKIT_REQUIRE_BROWSER is set but ${CHROMIUM} is missing: install it with \`apt-get install -y chromium\``);
    }
    // the workshop example: WELD drops to 3 h per period from period 5 and is overloaded there
    const model = defineModel(JSON.parse(readFileSync(join(root, "examples", "workshop.json"), "utf8")));
    dir = mkdtempSync(join(tmpdir(), "mrpkit-report-"));
    const file = join(dir, "report.html");
    writeFileSync(file, renderReport(plan(model), { title: "Workshop plan", generated: "2026-06-01" }));
    url = pathToFileURL(file).href;
    // ids that would run script or load an image if they reached the page as markup
    const hostile = defineModel({
      calendar: { periods: 2 },
      items: [{ id: HOSTILE, name: "</script><script>document.title='pwned'</script>", source: "buy", leadTime: 1 }],
      // attributes are shown in the pegging panel, as text like everything else
      demands: [{ id: "SO-<!--", item: HOSTILE, due: 2, quantity: 3, attributes: { priority: 1, customer: HOSTILE, rush: true } }],
    });
    const hostileFile = join(dir, "hostile.html");
    writeFileSync(hostileFile, renderReport(plan(hostile), { title: "Hostile" }));
    hostileUrl = pathToFileURL(hostileFile).href;
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await context?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the report in a new page, recording console errors, page errors and every request. */
  async function open(address = url): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await context!.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    await page.route("**/*", async (route) => {
      const u = route.request().url();
      if (u.startsWith("file:")) await route.continue();
      else {
        problems.push(`network request: ${u}`);
        await route.abort();
      }
    });
    await page.goto(address, { waitUntil: "load" });
    return { page, problems, requests };
  }

  const visibleItems = (page: Page) => page.locator("section.item:visible").count();

  it("loads with no console errors, no page errors and no request but its own file", async () => {
    const { page, problems, requests } = await open();
    expect(await page.title()).toBe("Workshop plan");
    expect(await page.locator("h1").textContent()).toBe("Workshop plan");
    for (const id of ["summary", "messages", "grid", "pegging", "bom", "capacity"]) {
      expect(await page.locator(`#${id}`).isVisible()).toBe(true);
    }
    expect(await visibleItems(page)).toBe(4);
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it("filters the grid by item id or name, and to items with action messages", async () => {
    const { page, problems } = await open();
    const search = page.locator("#search");
    await search.fill("fra");
    expect(await visibleItems(page)).toBe(1);
    expect(await page.locator("section.item:visible .item-id").textContent()).toBe("FRAME");
    await search.fill("WHEEL 200");
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual(["WHEEL"]);
    await search.fill("hand");
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual(["CART"]);
    await search.fill("e");
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual(["FRAME", "WHEEL", "TUBE"]);
    expect(await page.locator("#visible-count").textContent()).toBe("3 of 4 items shown");
    await search.fill("no such item");
    expect(await visibleItems(page)).toBe(0);
    await search.fill("");
    expect(await visibleItems(page)).toBe(4);
    await page.locator("#only-messages").check();
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual(["TUBE"]);
    await search.fill("cart");
    expect(await visibleItems(page)).toBe(0);
    await page.locator("#only-messages").uncheck();
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual(["CART"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws the overloaded bucket of WELD in the overload colour", async () => {
    const { page, problems } = await open();
    const over = page.locator('figure[data-wc="WELD"] rect.bar.overload');
    const normal = page.locator('figure[data-wc="WELD"] rect.bar:not(.overload)');
    expect(await over.count()).toBeGreaterThanOrEqual(1);
    expect(await normal.count()).toBeGreaterThanOrEqual(1);
    // the page's own getComputedStyle (the test's tsconfig has no DOM library)
    type Styled = { getComputedStyle(e: unknown): { fill: string } };
    const fill = (l: typeof over) => l.first().evaluate((e) => (globalThis as unknown as Styled).getComputedStyle(e).fill);
    const overFill = await fill(over);
    const normalFill = await fill(normal);
    expect(overFill).not.toBe(normalFill);
    expect(overFill).toBe("rgb(214, 69, 69)");
    expect(await page.locator('figure[data-wc="ASSY"] rect.bar.overload').count()).toBe(0);
    expect(await page.locator('figure[data-wc="WELD"] path.available').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows hostile ids as text: no markup, no script, no request", async () => {
    const { page, problems, requests } = await open(hostileUrl);
    expect(await page.title()).toBe("Hostile");
    expect(await page.locator("section.item .item-id").textContent()).toBe(HOSTILE);
    expect(await page.locator("img").count()).toBe(0);
    await page.locator("section.item button.order").click();
    expect(await page.locator("#pegging .peg-demand").allTextContents()).toEqual([
      `SO-<!-- · order for 3 ${HOSTILE} due period 2 [customer: ${HOSTILE}, priority: 1, rush: true] — serves 3`,
    ]);
    expect(await page.title()).toBe("Hostile");
    expect(problems).toEqual([]);
    expect(requests).toEqual([hostileUrl]);
    await page.close();
  });

  it("shows the pegging of a planned order up to its demands when it is clicked", async () => {
    const { page, problems } = await open();
    await page.locator('section.item button.order[data-order="TUBE#1"]').click();
    const panel = page.locator("#pegging");
    expect(await panel.getAttribute("data-order")).toBe("TUBE#1");
    expect(await panel.locator("h3").textContent()).toBe("TUBE#1 · 32 TUBE, release period 1, due period 1");
    expect(await panel.locator("ul.direct li").allTextContents()).toEqual([
      "FPO-1 due period 1: 18.9",
      "FRAME#1 due period 1: 12.6",
      "FRAME#2 due period 3: 0.5",
    ]);
    expect(await panel.locator(".peg-demand").allTextContents()).toEqual([
      "SO-1 · order for 10 CART due period 5 — serves 6",
      "SO-1 · order for 10 CART due period 5 — serves 4",
      "SO-2 · order for 12 CART due period 7 — serves 0.15873",
    ]);
    const nodes = await panel.locator(".peg-node").evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ""));
    expect(nodes).toEqual([
      "TUBE#1 · 32 TUBE, release period 1, due period 1",
      "FPO-1 · 6 FRAME, release period 1, due period 3 (firm)",
      "CART#1 · 10 CART, release period 3, due period 5",
      "FRAME#1 · 4 FRAME, release period 1, due period 3",
      "CART#1 · 10 CART, release period 3, due period 5",
      "FRAME#2 · 12 FRAME, release period 3, due period 5",
      "CART#2 · 12 CART, release period 5, due period 7",
    ]);
    // another order replaces it; the button from the action messages works too
    await page.locator('section.item button.order[data-order="CART#2"]').click();
    expect(await panel.locator(".peg-demand").allTextContents()).toEqual(["SO-2 · order for 12 CART due period 7 — serves 12"]);
    await page.locator('#messages button.order[data-order="TUBE#1"]').click();
    expect(await panel.getAttribute("data-order")).toBe("TUBE#1");

    // back to the top, so the sticky section bar sits where it belongs in the full-page picture
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    mkdirSync(join(root, ".tmp"), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

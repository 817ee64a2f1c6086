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
import type { BrowserContext, Page } from "playwright-core";
import { chromiumTestsRun, requireChromium, launchChromium, watchPage } from "../helpers/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plan } from "../../src/mrp/plan.ts";
import { pegToDemands } from "../../src/mrp/pegToDemands.ts";
import type { PlanResult } from "../../src/mrp/PlanResult.ts";
import { renderReport } from "../../src/io/renderReport.ts";
import { defineModel } from "../../src/model/defineModel.ts";

const runs = chromiumTestsRun("tests/browser/report.test.ts");

const HOSTILE = `<img src="x.png" onerror="document.title='pwned'">`;
const root = fileURLToPath(new URL("../../", import.meta.url));
const screenshot = join(root, ".tmp", "report.png");
/** The benchmark models' seeded generator (plain JavaScript, so typed here). */
type Generate = (o: { items: number; periods: number; seed: number; routings: boolean }) => unknown;

describe.skipIf(!runs)("the HTML report in Chromium", () => {
  let dir = "";
  let url = "";
  let hostileUrl = "";
  let zhUrl = "";
  let bigUrl = "";
  let bigBytes = 0;
  let bigPlan: PlanResult | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    requireChromium();
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
    const zhFile = join(dir, "zh.html");
    writeFileSync(zhFile, renderReport(plan(model), { lang: "zh-CN" }));
    zhUrl = pathToFileURL(zhFile).href;
    // 3,000 items over 52 periods with routings on 50 work centers: the size a report must stay usable at
    const generator = pathToFileURL(join(root, "bench", "generate.mjs")).href;
    const { generateModel } = (await import(generator)) as { generateModel: Generate };
    bigPlan = plan(defineModel(generateModel({ items: 3000, periods: 52, seed: 1, routings: true })));
    const big = renderReport(bigPlan, { title: "3,000 items" });
    bigBytes = Buffer.byteLength(big);
    const bigFile = join(dir, "big.html");
    writeFileSync(bigFile, big);
    bigUrl = pathToFileURL(bigFile).href;
    context = await launchChromium(join(dir, "profile"), { width: 1400, height: 900 });
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
    watchPage(page, problems);
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
    for (const id of ["summary", "act", "at-risk", "releases", "overloads", "messages", "grid", "pegging", "bom", "capacity"]) {
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

  it("says what an order is started for where assembly scrap grows the order", async () => {
    const scrapped = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "A", source: "make", leadTime: 1, assemblyScrap: 0.1, assemblyScrapMode: "order" },
        { id: "B", source: "buy", leadTime: 1 },
      ],
      bom: [{ parent: "A", child: "B", quantity: 2 }],
      demands: [{ id: "SO-1", item: "A", due: 3, quantity: 20 }],
    });
    const file = join(dir, "scrapped.html");
    writeFileSync(file, renderReport(plan(scrapped), { title: "Scrapped" }));
    const { page, problems } = await open(pathToFileURL(file).href);
    const button = page.locator('section.item button.order[data-order="A#1"]');
    expect(await button.textContent()).toBe("A#1 · 20 (started for 22) due 3");
    await button.click();
    expect(await page.locator("#pegging h3").textContent()).toBe("A#1 · 20 (started for 22) A, release period 2, due period 3");
    // B is bought: it is started for what it receives, and says nothing more
    expect(await page.locator('section.item button.order[data-order="B#1"]').textContent()).toBe("B#1 · 44 due 2");
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
      "SO-2 · order for 12 CART due period 7 — serves < 1",
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
  it("builds an item's grid when it is opened and drops it when it is closed", async () => {
    const { page, problems } = await open();
    const cart = page.locator('section.item[data-id="CART"]');
    // small models open every item at load
    expect(await page.locator("section.item.open").count()).toBe(4);
    const gross = cart.locator("tr.row-grossRequirements td");
    expect(await gross.allTextContents()).toEqual(["", "", "", "", "", "10", "", "12", "8"]);
    expect(await cart.locator("tr.row-projectedOnHand td").allTextContents()).toEqual(["0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    expect(await cart.locator("thead th").allTextContents()).toEqual(["Period", "Start", "1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(await cart.locator("h3 .meta").textContent()).toBe("low-level code 0 · make · lead time 2 · lot lot-for-lot · EA");
    await cart.locator("button.toggle").click();
    expect(await cart.locator("table.mrp").count()).toBe(0);
    expect(await cart.locator("button.toggle").getAttribute("aria-expanded")).toBe("false");
    await cart.locator("button.toggle").click();
    expect(await gross.allTextContents()).toEqual(["", "", "", "", "", "10", "", "12", "8"]);
    // an item link in the action messages opens the item it names
    const tube = page.locator('section.item[data-id="TUBE"]');
    await tube.locator("button.toggle").click();
    expect(await tube.locator("table.mrp").count()).toBe(0);
    await page.locator("#messages a", { hasText: "TUBE" }).click();
    expect(await tube.locator("tr.row-scheduledReceipts td").allTextContents()).toEqual(["", "", "60", "", "", "", "", "", ""]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens with what to act on; its order buttons show the pegging", async () => {
    const { page, problems } = await open();
    expect(await page.locator("#at-risk tbody tr td:first-child").allTextContents()).toEqual(["SO-1", "SO-2"]);
    expect(await page.locator("#releases table.releases-buy button.order").allTextContents()).toEqual(["TUBE#1", "WHEEL#1"]);
    expect(await page.locator("#releases table.releases-make button.order").allTextContents()).toEqual(["FPO-1", "FRAME#1"]);
    expect(await page.locator("#overloads tbody tr").allTextContents()).toEqual(["WELD54.23FRAME#3"]);
    await page.locator('#releases button.order[data-order="WHEEL#1"]').click();
    expect(await page.locator("#pegging .peg-demand").allTextContents()).toEqual(["SO-1 · order for 10 CART due period 5 — serves 10"]);
    // the BOM tree, drawn by the page
    expect(await page.locator('details.bom-tree[data-item="CART"] li').allTextContents()).toEqual([
      "FRAME Welded frame × 1TUBE Steel tube 1 m × 3 (3.15 per CART)",
      "TUBE Steel tube 1 m × 3 (3.15 per CART)",
      "WHEEL Wheel 200 mm × 2",
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("speaks Chinese with lang zh-CN, also in what the page builds", async () => {
    const { page, problems } = await open(zhUrl);
    expect(await page.title()).toBe("MRP 报表");
    expect(await page.locator("#visible-count").textContent()).toBe("显示 4 / 4 个物料");
    const cart = page.locator('section.item[data-id="CART"]');
    expect(await cart.locator("tbody th").allTextContents()).toEqual(["毛需求", "已下达订单", "预计库存", "净需求", "计划订单收料", "计划订单下达"]);
    expect(await cart.locator("h3 .meta").textContent()).toBe("低层码 0 · 自制 · 提前期 2 · 批量规则 lot-for-lot · EA");
    await page.locator('section.item button.order[data-order="CART#2"]').click();
    expect(await page.locator("#pegging .peg-demand").allTextContents()).toEqual(["SO-2 · 客户订单 12 CART 到期 第 7 时段 — 满足 12"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("keeps 3,000 items over 52 periods under 4 MB, opens them, and shows an item and its pegging", async () => {
    expect(bigBytes).toBeLessThan(4_000_000);
    const started = Date.now();
    // generous deadlines guard against a hang only; the time is measured and printed, not asserted
    const { page, problems, requests } = await open(bigUrl);
    await page.locator("body[data-ready]").waitFor({ timeout: 60_000 });
    const wall = Date.now() - started;
    type Nav = { performance: { getEntriesByType(t: string): { domContentLoadedEventEnd: number; loadEventEnd: number }[]; now(): number } };
    const nav = await page.evaluate(() => {
      const n = (globalThis as unknown as Nav).performance.getEntriesByType("navigation")[0]!;
      return { dom: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) };
    });
    console.log(`report of 3,000 items × 52 periods: ${bigBytes} bytes; Chromium: DOMContentLoaded ${nav.dom} ms, load ${nav.load} ms, ready ${wall} ms after goto`);
    expect(await page.locator("section.item").count()).toBe(3000);
    expect(await page.locator("section.item.open").count()).toBe(0);
    expect(await page.locator("#visible-count").textContent()).toBe("3000 of 3000 items shown");
    // find an item with orders, open it: its grid is built with 52 buckets
    const result = bigPlan!;
    const order = result.plannedOrders[Math.floor(result.plannedOrders.length / 2)]!;
    await page.locator("#search").fill(order.item);
    expect(await page.locator("section.item:visible .item-id").allTextContents()).toEqual([order.item]);
    const item = page.locator(`section.item[data-id="${order.item}"]`);
    await item.locator("button.toggle").click();
    expect(await item.locator("tbody tr").count()).toBe(6);
    expect(await item.locator("tr.row-plannedOrderReceipts td").count()).toBe(53);
    // the pegging the page walks is pegToDemands', leaf by leaf (exact quantities in the tooltips)
    for (const o of [order, ...result.plannedOrders.filter((_, k) => k % 997 === 0)]) {
      await page.evaluate((id) => {
        type Doc = { document: { querySelector(s: string): { click(): void } | null; createElement(t: string): { setAttribute(k: string, v: string): void; click(): void }; body: { appendChild(e: unknown): void } } };
        const d = (globalThis as unknown as Doc).document;
        const b = d.createElement("button");
        b.setAttribute("data-order", id);
        d.body.appendChild(b);
        b.click();
      }, o.id);
      const leaves = await page.locator("#pegging .peg-demand").evaluateAll((els) => els.map((e) => [(e.textContent ?? "").split(" ")[0], Number(e.getAttribute("title"))]));
      const merged = new Map<string, number>();
      for (const p of pegToDemands(result, o.id)) {
        const key = `${p.path.slice(1).join(">")}|${p.demand}`;
        merged.set(key, Math.round(((merged.get(key) ?? 0) + p.quantity) * 1e6) / 1e6);
      }
      const expected = [...merged.entries()].map(([k, q]) => [k.slice(k.indexOf("|") + 1), q]);
      const sort = (l: unknown[][]) => l.map((x) => JSON.stringify(x)).sort();
      expect(sort(leaves), o.id).toEqual(sort(expected));
    }
    expect(problems).toEqual([]);
    expect(requests).toEqual([bigUrl]);
    await page.close();
  });
});

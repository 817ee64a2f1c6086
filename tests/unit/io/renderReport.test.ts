/** renderReport: sections, escaping, self-containment, the embedded data, languages. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "../../../src/mrp/plan.ts";
import { pegToDemands } from "../../../src/mrp/pegToDemands.ts";
import { allItemRecords, MRP_RECORD_ROWS } from "../../../src/mrp/itemRecords.ts";
import type { PlanResult } from "../../../src/mrp/PlanResult.ts";
import { renderReport } from "../../../src/io/renderReport.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { explode } from "../../../src/bom/explode.ts";
import { demandsAtRisk } from "../../../src/worklist/demandsAtRisk.ts";

const example = (name: string) => JSON.parse(readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
const workshopJson = example("workshop");
const workshopPlan = plan(defineModel(workshopJson));
const workshop = renderReport(workshopPlan);

const EVIL = "<script>alert(1)</script>";
const evilJson = {
  calendar: { periods: 3 },
  items: [
    { id: EVIL, name: `a & "b" 'c'`, source: "make", leadTime: 1, planningTimeFence: 2 },
    { id: "x&y", source: "buy" },
  ],
  bom: [{ parent: EVIL, child: "x&y", quantity: 2 }],
  workCenters: [{ id: `<wc "1">`, capacity: 1 }],
  routings: [{ item: EVIL, operations: [{ seq: 10, workCenter: `<wc "1">`, run: 1 }] }],
  demands: [{ id: "</script><!--", item: EVIL, due: 1, quantity: 5 }],
};
const evilPlan = plan(defineModel(evilJson));
const evil = renderReport(evilPlan, { title: "<b>Plan</b>", generated: "2026-06-01 & later" });

interface Data {
  unit: string;
  lang: string;
  t: Record<string, string>;
  buckets: (number | string)[];
  ticks: string[];
  far: [number, string][];
  openAll: boolean;
  items: { id: string[]; name: (string | null)[]; whole: number[]; msgs: number[]; start: number[] };
  rec: number[][][];
  orders: { id: (number | string)[]; item: number[]; qty: number[]; rel: number[]; due: number[]; firm: number[]; peg: number[][]; attr: [number, unknown][] };
  demands: [string, { item: string; due: number | string; quantity: number; kind: string; attributes?: unknown }][];
  bom: [number, number[]][];
}

/** The text of the embedded data element, parsed. */
function data(html: string): Data {
  const m = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as Data;
}

/** The six rows of item k, decoded as the page decodes them. */
function decodeRows(d: Data, k: number): number[][] {
  const nb = d.buckets.length;
  return d.rec[k]!.map((enc, r) => {
    const cells = new Array<number>(nb).fill(0);
    if (r === 2) {
      let v = d.items.start[k]!;
      let at = 0;
      for (let b = 0; b < nb; b++) {
        if (at < enc.length && enc[at] === b) {
          v = enc[at + 1]!;
          at += 2;
        }
        cells[b] = v;
      }
    } else for (let a = 0; a < enc.length; a += 2) cells[enc[a]!] = enc[a + 1]!;
    return cells;
  });
}

/** An order's id as the page names it. */
function orderId(d: Data, o: number): string {
  const id = d.orders.id[o]!;
  if (typeof id === "string") return id;
  return d.items.id[d.orders.item[o]!]! + (id > 0 ? `#${id}` : `~${-id}`);
}

/** The demands an order serves, walked up the embedded pegs (the page's walk, in TypeScript). */
function walk(d: Data, start: number): { demand: string; item: string; quantity: number; path: string[] }[] {
  const clean = (x: number) => Math.sign(x) * (Math.round(Math.abs(x) * 1e9) / 1e9);
  const out: { demand: string; item: string; quantity: number; path: string[] }[] = [];
  const stack = [{ o: start, q: d.orders.qty[start]!, path: [start] }];
  while (stack.length > 0) {
    const s = stack.pop()!;
    const total = d.orders.qty[s.o]!;
    const share = total > 0 ? s.q / total : 0;
    const pegs = d.orders.peg[s.o]!;
    for (let p = 0; p < pegs.length; p += 4) {
      const target = pegs[p]!;
      const pq = pegs[p + 2]! * share;
      const path = s.path.map((o) => orderId(d, o));
      if (target <= -4) out.push({ demand: d.demands[-4 - target]![0], item: d.demands[-4 - target]![1].item, quantity: clean(pq), path });
      else if (target < 0) out.push({ demand: ["safety-stock", "allocated", "min-max"][-1 - target]!, item: d.items.id[d.orders.item[s.o]!]!, quantity: clean(pq), path });
      else stack.push({ o: target, q: pegs[p + 3]! > 0 ? (pq / pegs[p + 3]!) * d.orders.qty[target]! : 0, path: [...s.path, target] });
    }
  }
  const key = (x: { demand: string; path: string[] }) => `${x.demand}\u0001${x.path.join("\u0000")}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The embedded data says what the plan says: every record and every order's pegging. */
function expectFaithful(result: PlanResult, html: string, bucket: "day" | "week" = "day"): void {
  const d = data(html);
  const records = allItemRecords(result, { bucket });
  expect(d.items.id).toEqual(records.map((r) => r.id));
  records.forEach((r, k) => {
    const rows = decodeRows(d, k);
    MRP_RECORD_ROWS.forEach(([key], row) => expect(rows[row], `${r.id} ${key}`).toEqual(r.records.map((x) => x[key])));
  });
  const visible = [...result.plannedOrders, ...result.firmPlannedOrders];
  const slot = new Map(d.orders.id.map((_, o) => [orderId(d, o), o]));
  for (const o of visible) {
    const k = slot.get(o.id)!;
    expect(k, o.id).toBeDefined();
    expect(d.orders.qty[k]).toBe(o.quantity);
    expect(walk(d, k).map(({ demand, item, quantity, path }) => ({ demand, item, quantity, path }))).toEqual(
      pegToDemands(result, o.id).map(({ demand, item, quantity, path }) => ({ demand, item, quantity, path: [...path] })),
    );
  }
}

describe("renderReport", () => {
  it("is one HTML document with every section, the search box and the toggle, the plan embedded once", () => {
    expect(workshop.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(workshop.endsWith("</html>\n")).toBe(true);
    for (const id of ["summary", "act", "at-risk", "releases", "overloads", "messages", "grid", "items", "pegging", "bom", "capacity", "search", "only-messages", "report-data", "grid-head"]) {
      expect(workshop.split(`id="${id}"`), id).toHaveLength(2);
    }
    // the sections in the order a planner reads them: what to act on first, the grids after
    const order = ["summary", "act", "messages", "grid", "bom", "capacity"].map((id) => workshop.indexOf(`<section id="${id}">`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(workshop).toContain('<input type="search" id="search"');
    expect(workshop).toContain('<input type="checkbox" id="only-messages">');
    // the grids are built in the page from the data, not written out per item
    expect(workshop).not.toContain('<section class="item"');
    expect(workshop.match(/<script type="application\/json"/g)).toHaveLength(1);
    expect(data(workshop).openAll).toBe(true);
  });

  it("references nothing outside the file: no http(s) address, no src, link, import or url()", () => {
    for (const html of [workshop, evil, renderReport(workshopPlan, { lang: "zh-CN" })]) {
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/\ssrc=|<link|@import|url\(|<iframe|<img/i);
      expect(html.match(/<script/g)).toHaveLength(2);
      expect(html.match(/<style>/g)).toHaveLength(1);
    }
  });

  it("escapes every model string, in text, attributes and the embedded JSON", () => {
    expect(evil).not.toContain(EVIL);
    expect(evil).not.toContain("<!--");
    expect(evil).not.toContain("<b>Plan");
    expect(evil).toContain("<title>&lt;b&gt;Plan&lt;/b&gt;</title>");
    expect(evil).toContain("<p>Generated 2026-06-01 &amp; later</p>");
    expect(evil).toContain('<details class="bom-tree" open data-item="&lt;script&gt;alert(1)&lt;/script&gt;" data-bom="0">');
    expect(evil).toContain('data-wc="&lt;wc &quot;1&quot;&gt;"');
    expect(evil).toContain('data-order="&lt;script&gt;alert(1)&lt;/script&gt;#1"');
    expect(evil).toContain("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    // the data round-trips: ids come back as they were
    const d = data(evil);
    expect(d.items.id).toEqual([EVIL, "x&y"]);
    expect(d.items.name).toEqual([`a & "b" 'c'`, null]);
    expect(d.orders.id.map((_, o) => orderId(d, o))).toEqual([`${EVIL}#1`, "x&y#1"]);
    expect(d.demands).toEqual([["</script><!--", { item: EVIL, due: 1, quantity: 5, kind: "order" }]]);
  });

  it("embeds each record as sparse rows that decode to the item's MRP record", () => {
    const d = data(workshop);
    // CART: orders of 10, 12 and 8 due in periods 5, 7 and 8; nothing on hand
    expect(d.items.id[0]).toBe("CART");
    expect(d.rec[0]![0]).toEqual([4, 10, 6, 12, 7, 8]);
    expect(d.rec[0]![2]).toEqual([]);
    // the planning time fence holds the order back to period 3: periods 1 and 2 run short
    const e = data(evil);
    expect(e.rec[0]![2]).toEqual([0, -5, 2, 0]);
    expect(decodeRows(e, 0)[2]).toEqual([-5, -5, 0]);
    expect(decodeRows(e, 0)[4]).toEqual([0, 0, 5]);
    expectFaithful(workshopPlan, workshop);
    expectFaithful(evilPlan, evil);
    const bicycle = plan(defineModel(example("bicycle")));
    expectFaithful(bicycle, renderReport(bicycle));
  });

  it("embeds every order with the pegs that lead to the demands pegToDemands finds", () => {
    const d = data(workshop);
    expect(d.unit).toBe("period");
    expect(d.orders.id).toHaveLength(workshopPlan.plannedOrders.length + workshopPlan.firmPlannedOrders.length);
    const tube = d.orders.id.findIndex((_, o) => orderId(d, o) === "TUBE#1");
    // [target, tick, quantity, requirement]: FPO-1's 18.9 of its 18.9 requirement in period 1, ...
    const fpo = d.orders.id.indexOf("FPO-1");
    expect(d.orders.peg[tube]!.slice(0, 4)).toEqual([fpo, 0, 18.9, 18.9]);
    expect(d.orders.firm[fpo]).toBe(1);
    expect(walk(d, tube)).toEqual(pegToDemands(workshopPlan, "TUBE#1").map((p) => ({ ...p, path: [...p.path] })));
  });

  it("marks whole-quantity items, whose pegged shares the page rounds", () => {
    const m = defineModel({
      calendar: { periods: 3 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "S", source: "buy", decimals: 2 },
      ],
      bom: [{ parent: "A", child: "S", quantity: 0.5 }],
      demands: [{ id: "SO", item: "A", due: 3, quantity: 3 }],
    });
    const d = data(renderReport(plan(m)));
    expect(d.items.id).toEqual(["A", "S"]);
    expect(d.items.whole).toEqual([1, 0]);
  });

  it("lists the action messages one per row, dates in their own columns, each item once per run", () => {
    const rows = workshop.slice(workshop.indexOf('<section id="messages">'), workshop.indexOf('<section id="grid">'));
    expect(rows).toContain("<thead><tr><th>Item</th><th>Message</th><th>Order or demand</th><th>Period</th><th>New period</th><th class=\"num\">Quantity</th><th>Note</th></tr></thead>");
    expect(rows).toContain(
      '<tr class="kind-late-release" data-kind="late-release"><td><a href="#item-3">TUBE</a></td><td>late release</td><td><button class="order" type="button" data-order="TUBE#1">TUBE#1</button></td><td>0</td><td>1</td><td class="num">32</td><td>1 period late</td></tr>',
    );
    // the second TUBE message does not repeat the item, nor the message's sentence
    expect(rows).toContain('<tr class="kind-reschedule-out" data-kind="reschedule-out"><td></td><td>reschedule out</td><td>PO-7</td><td>2</td><td>3</td><td class="num">60</td><td></td></tr>');
    expect(rows).not.toContain("should have been released");
    expect(workshop).toContain("<li><b>2</b>action messages</li>");
    // day calendars: dates as <time> elements
    const days = defineModel({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-17" },
      items: [{ id: "D", source: "buy", leadTime: 3 }],
      demands: [{ id: "SO", item: "D", due: "2026-01-06", quantity: 4 }],
    });
    const html = renderReport(plan(days));
    expect(html).toContain('<td><time datetime="2026-01-01">2026-01-01</time></td><td><time datetime="2026-01-05">2026-01-05</time></td><td class="num">4</td><td>2 working days late</td>');
  });

  it("opens with what to act on: demands at risk, orders to release buy and make apart, overloads", () => {
    const act = workshop.slice(workshop.indexOf('<section id="act">'), workshop.indexOf('<section id="messages">'));
    // TUBE#1 should have been released before the start: SO-1 and SO-2 are served through it
    const result = workshopPlan;
    expect(demandsAtRisk(result).demands.map((d) => [d.demand, d.ticksLate])).toEqual([
      ["SO-1", 1],
      ["SO-2", 1],
    ]);
    expect([...act.matchAll(/<tr data-demand="([^"]+)"/g)].map((m) => m[1])).toEqual(["SO-1", "SO-2"]);
    expect(act).toContain('<td>SO-2</td><td><a href="#item-0">CART</a></td><td>customer order</td><td>7</td><td class="num">12</td><td>1 period late</td><td class="ids">CART#2 → FRAME#2 → TUBE#1</td><td>late release</td>');
    expect(act).toContain('<td class="ids">CART#1 → FPO-1 → TUBE#1; CART#1 → FRAME#1 → TUBE#1</td>');
    expect(act).toContain("Planned orders whose release falls in period 1, to buy and to make.");
    const buy = act.slice(act.indexOf("releases-buy"), act.indexOf("releases-make"));
    const make = act.slice(act.indexOf("releases-make"), act.indexOf('id="overloads"'));
    expect([...buy.matchAll(/<tr data-order="([^"]+)"/g)].map((m) => m[1])).toEqual(["TUBE#1", "WHEEL#1"]);
    expect([...make.matchAll(/<tr data-order="([^"]+)"/g)].map((m) => m[1])).toEqual(["FPO-1", "FRAME#1"]);
    expect(buy).toContain('<td class="num">20</td><td>1</td><td>3</td>');
    expect(act).toContain('<tr data-wc="WELD"><td><a href="#capacity">WELD</a></td><td>5</td><td class="num">4.2</td><td class="num">3</td><td class="ids">FRAME#3</td></tr>');
    const bare = renderReport(plan(defineModel({ calendar: { periods: 2 }, items: [{ id: "A", source: "buy" }] })));
    expect(bare).toContain("No demand is at risk.");
    expect(bare).toContain("No planned order is due for release.");
    expect(bare).toContain("No work center is overloaded.");
  });

  it("flags forecasts at risk and lists the overload messages in time order, as the worklists give them", () => {
    const m = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "A", source: "make", leadTime: 1 },
        { id: "B", source: "make", leadTime: 0 },
      ],
      workCenters: [
        { id: "W1", capacity: 1 },
        { id: "W2", capacity: 1 },
      ],
      routings: [
        { item: "A", operations: [{ seq: 10, workCenter: "W1", run: 1 }] },
        { item: "B", operations: [{ seq: 10, workCenter: "W2", run: 1 }] },
      ],
      demands: [
        { id: "FC-1", item: "A", due: 1, quantity: 2, kind: "forecast" },
        { id: "SO-2", item: "B", due: 1, quantity: 2 },
        { id: "SO-3", item: "A", due: 4, quantity: 5 },
      ],
    });
    const html = renderReport(plan(m));
    // A#1 (2 for the forecast) should have been released in period 0
    expect(html).toContain(
      '<tr data-demand="FC-1" class="forecast"><td>FC-1</td><td><a href="#item-0">A</a></td><td>forecast</td><td>1</td><td class="num">2</td><td>1 period late</td><td class="ids">A#1</td><td>late release</td></tr>',
    );
    // both work centers are overloaded in period 1: W1 ranks first (500 %), and W1 before W2 by id in time order
    expect([...html.matchAll(/<tr data-wc="([^"]+)"><td><a href="#capacity">[^<]*<\/a><\/td><td>(\d+)<\/td><td class="num">([\d.]+)<\/td><td class="num">([\d.]+)<\/td><td class="ids">([^<]*)<\/td>/g)].map((x) => x.slice(1))).toEqual([
      ["W1", "1", "5", "1", "A#1, A#2"],
      ["W2", "1", "2", "1", "B#1"],
    ]);
  });

  it("shows the first 100 rows of a long worklist and says how many more there are", () => {
    const m = defineModel({
      calendar: { periods: 2 },
      items: [{ id: "A", source: "buy", lotSizing: { rule: "fixed", quantity: 1 } }],
      demands: [{ id: "SO", item: "A", due: 1, quantity: 150 }],
    });
    const html = renderReport(plan(m));
    expect(html).toContain("<h3>Orders to release (150)</h3>");
    expect(html).toContain("<h4>Buy (150)</h4>");
    expect(html.match(/<tr data-order=/g)).toHaveLength(100);
    expect(html).toContain('<p class="hint more">… and 50 more (the first 100 are shown).</p>');
  });

  it("embeds the BOM of each end item for the page to draw, indented and collapsible", () => {
    expect(workshop).toContain('<details class="bom-tree" open data-item="CART" data-bom="0">');
    expect(workshop.match(/<details class="bom-tree"/g)).toHaveLength(1);
    const d = data(workshop);
    const lines = explode(workshopPlan.model, "CART").lines;
    const slot = (id: string) => d.items.id.indexOf(id);
    expect(d.bom).toEqual([[0, lines.flatMap((l) => [l.level, slot(l.item), l.quantityPer, l.quantity, l.phantom ? 1 : 0])]]);
    // FRAME, then its TUBE with 3.15 per CART (5 % scrap), then WHEEL
    expect(d.bom[0]![1]).toEqual([1, 1, 1, 1, 0, 2, 3, 3, 3.15, 0, 1, 2, 2, 2, 0]);
  });

  it("charts each work center full width, bottleneck first, overloaded bars with the class overload", () => {
    const figures = [...workshop.matchAll(/<figure class="wc( overloaded)?" data-wc="([^"]+)">/g)].map((m) => [m[2], m[1] !== undefined]);
    expect(figures).toEqual([
      ["WELD", true],
      ["ASSY", false],
      ["SAW", false],
    ]);
    const weld = workshop.slice(workshop.indexOf('data-wc="WELD">'), workshop.indexOf('data-wc="ASSY">'));
    expect(weld).toContain('<svg class="chart" viewBox="0 0 1000 238" preserveAspectRatio="xMinYMin meet"');
    expect(weld).not.toMatch(/<svg[^>]* width=/);
    expect(weld.match(/<rect class="bar overload"/g)).toHaveLength(1);
    expect(weld.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(weld).toContain("<title>Period 5: 4.2 h of 3 h available (140%)</title>");
    // 8 buckets over 936 units: 117 each, every label shown
    expect(weld.match(/<text class="xlabel"/g)).toHaveLength(8);
    expect(weld).toContain('<path class="available"');
    expect(workshop).toMatch(/\.bar\.overload \{ fill: var\(--over\); \}/);
    expect(workshop).toMatch(/svg\.chart \{ display: block; width: 100%; height: auto; \}/);
  });

  it("thins the bucket labels of a long horizon so they do not overlap", () => {
    const long = defineModel({
      calendar: { periods: 52 },
      items: [{ id: "A", source: "make", leadTime: 0 }],
      workCenters: [{ id: "W", capacity: 8 }],
      routings: [{ item: "A", operations: [{ seq: 10, workCenter: "W", run: 1 }] }],
      demands: [{ id: "SO", item: "A", due: 10, quantity: 4 }],
    });
    const html = renderReport(plan(long));
    // 936 / 52 = 18 units a bucket, a label needs 40: every third bucket
    expect([...html.matchAll(/<text class="xlabel"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 18 }, (_, k) => 1 + 3 * k));
  });

  it("is deterministic: same text for the same model in any input order, no generated line unless asked", () => {
    const shuffled = {
      ...workshopJson,
      items: [...(workshopJson["items"] as unknown[])].reverse(),
      bom: [...(workshopJson["bom"] as unknown[])].reverse(),
      demands: [...(workshopJson["demands"] as unknown[])].reverse(),
    };
    expect(renderReport(plan(defineModel(shuffled)))).toBe(workshop);
    expect(workshop).not.toContain("Generated");
    expect(renderReport(workshopPlan, { generated: "2026-06-01" })).toContain("<p>Generated 2026-06-01</p>");
  });

  it("says so when the model has no work centers, no BOM and no messages", () => {
    const bare = renderReport(plan(defineModel({ calendar: { periods: 2 }, items: [{ id: "A", source: "buy" }] })));
    expect(bare).toContain("No action messages: the plan needs no attention.");
    expect(bare).toContain("The model has no bills of material.");
    expect(bare).toContain("The model has no work centers.");
  });

  it("uses days or weeks as buckets in day calendars", () => {
    const days = defineModel({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-17" },
      items: [{ id: "D", source: "buy", leadTime: 1 }],
      demands: [{ id: "SO", item: "D", due: "2026-01-14", quantity: 4 }],
    });
    const result = plan(days);
    const byDay = renderReport(result);
    expect(byDay).toContain("<p>Horizon: 10 working days, 2026-01-05 to 2026-01-16</p>");
    expect(byDay).toContain('<th class="row-head">Day</th><th class="start">Start</th><th>2026-01-05</th>');
    expect(data(byDay).ticks).toEqual(["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"]);
    expectFaithful(result, byDay);
    const byWeek = renderReport(result, { bucket: "week" });
    expect(byWeek).toContain('<th class="row-head">Week of</th><th class="start">Start</th><th>2026-01-05</th><th>2026-01-12</th></tr>');
    expect(data(byWeek).rec[0]![0]).toEqual([1, 4]);
    expect(byWeek).toContain("Planned orders whose release falls in the week of 2026-01-05, to buy and to make.");
    expectFaithful(result, byWeek, "week");
  });

  it("speaks Chinese with lang zh-CN, the glossary's terms, English by default", () => {
    const zh = renderReport(workshopPlan, { lang: "zh-CN", generated: "2026-06-01" });
    expect(zh.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(zh).toContain("<title>MRP 报表</title>");
    expect(zh).toContain("<p>计划展望期: 8 个时段</p>");
    expect(zh).toContain("<p>生成于 2026-06-01</p>");
    for (const term of ["待处理事项", "有风险的需求", "待下达订单", "外购", "自制", "产能超负荷", "例外信息", "物料需求计划记录", "需求追溯", "物料清单", "产能负荷", "逾期下达", "推迟", "低层码"]) {
      expect(zh, term).toContain(term);
    }
    const d = data(zh);
    expect(d.lang).toBe("zh-CN");
    expect(JSON.parse(/data-rows="([^"]*)"/.exec(zh)![1]!.replace(/&quot;/g, '"'))).toEqual(["毛需求", "已下达订单", "预计库存", "净需求", "计划订单收料", "计划订单下达"]);
    expect(d.t["safetyStock"]).toBe("安全库存 {0}");
    // the data and the ids are the same in any language
    expect({ ...d, t: {}, lang: "" }).toEqual({ ...data(workshop), t: {}, lang: "" });
    expect(renderReport(workshopPlan, { lang: "en" })).toBe(workshop);
    expect(workshop).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

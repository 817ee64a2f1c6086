/** renderReport: sections, escaping, self-containment, grid formatting, embedded data. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "../../../src/mrp/plan.ts";
import { pegToDemands } from "../../../src/mrp/pegToDemands.ts";
import { renderReport } from "../../../src/io/renderReport.ts";
import { defineModel } from "../../../src/model/defineModel.ts";

const workshopJson = JSON.parse(readFileSync(new URL("../../../examples/workshop.json", import.meta.url), "utf8")) as Record<string, unknown>;
const workshop = renderReport(plan(defineModel(workshopJson)));

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
const evil = renderReport(plan(defineModel(evilJson)), { title: "<b>Plan</b>", generated: "2026-06-01 & later" });

/** The text of the embedded data element, parsed. */
function data(html: string): { unit: string; orders: [string, { item: string; demands: unknown[] }][]; demands: [string, unknown][] } {
  const m = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as ReturnType<typeof data>;
}

describe("renderReport", () => {
  it("is one HTML document with every section, the search box and the toggle", () => {
    expect(workshop.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(workshop.endsWith("</html>\n")).toBe(true);
    for (const id of ["summary", "messages", "grid", "pegging", "bom", "capacity", "search", "only-messages", "report-data"]) {
      expect(workshop.split(`id="${id}"`)).toHaveLength(2);
    }
    expect(workshop).toContain('<input type="search" id="search"');
    expect(workshop).toContain('<input type="checkbox" id="only-messages">');
    expect(workshop.match(/<section class="item" /g)).toHaveLength(4);
    expect(workshop.match(/<tr class="row-/g)).toHaveLength(4 * 6);
  });

  it("references nothing outside the file: no http(s) address, no src, link, import or url()", () => {
    for (const html of [workshop, evil]) {
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
    expect(evil).toContain(`data-id="&lt;script&gt;alert(1)&lt;/script&gt;" data-name="a &amp; &quot;b&quot; &#39;c&#39;"`);
    expect(evil).toContain('<span class="item-id">x&amp;y</span>');
    expect(evil).toContain('data-wc="&lt;wc &quot;1&quot;&gt;"');
    expect(evil).toContain('data-order="&lt;script&gt;alert(1)&lt;/script&gt;#1"');
    expect(evil).toContain("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e#1");
    // the data round-trips: ids come back as they were
    const d = data(evil);
    expect(d.orders.map(([id]) => id)).toEqual([`${EVIL}#1`, "x&y#1"]);
    expect(d.demands).toEqual([["</script><!--", { item: EVIL, due: 1, quantity: 5, kind: "order" }]]);
  });

  it("leaves zero cells blank, shows projected on hand with its zeros, negative in red", () => {
    // CART: orders of 10, 12 and 8 due in periods 5, 7 and 8
    expect(workshop).toContain(
      '<tr class="row-grossRequirements"><th class="row-head">Gross requirements</th><td class="start"></td><td></td><td></td><td></td><td></td><td>10</td><td></td><td>12</td><td>8</td></tr>',
    );
    expect(workshop).toContain(
      '<tr class="row-projectedOnHand"><th class="row-head">Projected on hand</th><td class="start">0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>',
    );
    // the planning time fence holds the order back to period 3: periods 1 and 2 run short
    expect(evil).toContain(
      '<tr class="row-projectedOnHand"><th class="row-head">Projected on hand</th><td class="start">0</td><td class="neg">-5</td><td class="neg">-5</td><td>0</td></tr>',
    );
    expect(evil).toContain('<th class="row-head">Planned order receipts</th><td class="start"></td><td></td><td></td><td>5</td></tr>');
  });

  it("marks items with action messages and lists the messages with clickable orders", () => {
    expect(workshop).toContain('data-id="TUBE" data-name="Steel tube 1 m" data-messages="2"');
    expect(workshop).toContain('data-id="CART" data-name="Hand cart" data-messages="0"');
    expect(workshop).toContain('<td><button class="order" type="button" data-order="TUBE#1">TUBE#1</button></td>');
    expect(workshop).toContain("<td>PO-7</td>");
    expect(workshop).toContain("<li><b>2</b>action messages</li>");
  });

  it("embeds the full pegging of every planned and firm planned order", () => {
    const result = plan(defineModel(workshopJson));
    const d = data(workshop);
    expect(d.unit).toBe("period");
    expect(d.orders).toHaveLength(result.plannedOrders.length + result.firmPlannedOrders.length);
    const tube = new Map(d.orders).get("TUBE#1")!;
    expect(tube.item).toBe("TUBE");
    expect(tube.demands).toEqual(pegToDemands(result, "TUBE#1"));
    expect(workshop).toContain('<button class="order firm" type="button" data-order="FPO-1"');
  });

  it("draws the BOM tree of each end item, indented and collapsible", () => {
    expect(workshop).toContain('<details class="bom-tree" open data-item="CART">');
    expect(workshop.match(/<details class="bom-tree"/g)).toHaveLength(1);
    expect(workshop).toContain(
      '<li><details open><summary><span class="bom-item">FRAME</span> <span class="meta">Welded frame</span> <span class="meta">× 1</span></summary><ul><li><span class="leaf"><span class="bom-item">TUBE</span> <span class="meta">Steel tube 1 m</span> <span class="meta">× 3 (3.15 per CART)</span></span></li></ul></details></li>',
    );
  });

  it("charts each work center, bottleneck first, overloaded bars with the class overload", () => {
    const figures = [...workshop.matchAll(/<figure class="wc( overloaded)?" data-wc="([^"]+)">/g)].map((m) => [m[2], m[1] !== undefined]);
    expect(figures).toEqual([
      ["WELD", true],
      ["ASSY", false],
      ["SAW", false],
    ]);
    const weld = workshop.slice(workshop.indexOf('data-wc="WELD"'), workshop.indexOf('data-wc="ASSY"'));
    expect(weld.match(/<rect class="bar overload"/g)).toHaveLength(1);
    expect(weld.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(weld).toContain("<title>period 5: 4.2 h of 3 h available (140%) — FRAME#3</title>");
    expect(weld).toContain('<path class="available"');
    expect(weld).toContain("<tr><td>5</td><td class=\"num\">4.2</td><td class=\"num\">3</td><td>FRAME#3</td></tr>");
    expect(workshop).toMatch(/\.bar\.overload \{ fill: var\(--over\); \}/);
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
    expect(renderReport(plan(defineModel(workshopJson)), { generated: "2026-06-01" })).toContain("<p>Generated 2026-06-01</p>");
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
    const byDay = renderReport(plan(days));
    expect(byDay).toContain("<p>Horizon: 10 working days, 2026-01-05 to 2026-01-16</p>");
    expect(byDay).toContain('<th class="row-head">Day</th><th class="start">Start</th><th>2026-01-05</th>');
    const byWeek = renderReport(plan(days), { bucket: "week" });
    expect(byWeek).toContain('<th class="row-head">Week of</th><th class="start">Start</th><th>2026-01-05</th><th>2026-01-12</th></tr>');
    expect(byWeek).toContain('<th class="row-head">Gross requirements</th><td class="start"></td><td></td><td>4</td></tr>');
  });
});

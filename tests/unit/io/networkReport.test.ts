/**
 * The HTML report of a supply network: the location filter, the items as nodes with their
 * locations, the rows of worklists and messages tagged with their location, and planned orders
 * saying how they are supplied. A model without locations gets none of it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../../src/io/renderReport.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { plan } from "../../../src/mrp/plan.ts";
import type { ModelInput } from "../../../src/model/schema.ts";

const json = (path: string): ModelInput => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as ModelInput;

interface Data {
  t: Record<string, string>;
  items: { id: string[]; msgs: number[]; loc?: number[] };
  orders: { id: (number | string)[]; item: number[]; sup?: [number, string, string, string, string][] };
  demands: [string, { item: string }][];
  locs?: [string, string | null][];
}
function data(html: string): Data {
  const m = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as Data;
}
/** The `data-loc` of every row of a kind, in page order. */
const rowLocs = (html: string, attr: string) => [...html.matchAll(new RegExp(`<tr ${attr}="([^"]+)"(?: data-loc="([^"]+)")?`, "g"))].map((m) => [m[1], m[2]]);

// a plant making lamps for a distribution center, late from the start: messages at both
// locations, a demand at risk at the DC, the plant's assembly line overloaded
const LATE: ModelInput = {
  calendar: { periods: 6 },
  locations: [{ id: "PLANT", name: "Plant" }, { id: "DC" }],
  items: [{ id: "LAMP", source: "make", leadTime: 1 }, { id: "BULB", source: "buy", leadTime: 3 }],
  itemLocations: [{ item: "LAMP", location: "DC", safetyStock: 2 }],
  sources: [
    { id: "S-T", item: "LAMP", location: "DC", kind: "transfer", shipFrom: "PLANT", leadTime: 2 },
    { id: "S-M", item: "LAMP", location: "PLANT", kind: "make" },
    { id: "S-B", item: "BULB", location: "PLANT", kind: "buy", supplier: "SUP-A" },
  ],
  bom: [{ parent: "LAMP", child: "BULB", quantity: 1 }],
  workCenters: [{ id: "ASM", capacity: 1, location: "PLANT" }, { id: "QC", capacity: 0.5 }],
  routings: [{ item: "LAMP", location: "PLANT", operations: [{ seq: 10, workCenter: "ASM", run: 1 }, { seq: 20, workCenter: "QC", run: 0.1 }] }],
  demands: [
    { id: "D1", item: "LAMP", location: "DC", due: 2, quantity: 10 },
    { id: "D2", item: "LAMP", location: "PLANT", due: 5, quantity: 4 },
  ],
};
const latePlan = plan(defineModel(LATE));
const late = renderReport(latePlan);

describe("the report of a supply network", () => {
  it("offers a location filter: all locations, or one, with their names", () => {
    expect(late).toContain(
      '<select id="location"><option value="">all locations</option><option value="DC">DC</option><option value="PLANT">PLANT · Plant</option></select>',
    );
    expect(late.split('id="location"')).toHaveLength(2);
    expect(data(late).locs).toEqual([["DC", null], ["PLANT", "Plant"]]);
  });

  it("lists the items as nodes, each with its location for the filter", () => {
    const d = data(late);
    expect(d.items.id).toEqual(latePlan.items.map((i) => i.id));
    expect(d.items.id).toEqual(["LAMP@DC", "LAMP@PLANT", "BULB@PLANT"]);
    expect(d.items.loc!.map((k) => d.locs![k]![0])).toEqual(latePlan.items.map((i) => i.location));
    // messages are counted per node, though a message names its item and location apart
    expect(d.items.msgs).toEqual(latePlan.items.map((i) => latePlan.exceptions.filter((e) => `${e.item}@${e.location ?? ""}` === i.id).length));
    expect(d.items.msgs).toEqual([2, 1, 1]);
    expect(d.demands.map(([id, x]) => [id, x.item])).toEqual([["D1", "LAMP@DC"], ["D2", "LAMP@PLANT"]]);
  });

  it("says how each planned order is supplied: kind, source, supplier, shipping location", () => {
    const d = data(late);
    const id = (k: number) => {
      const n = d.orders.id[k]!;
      return typeof n === "string" ? n : `${d.items.id[d.orders.item[k]!]!}#${n}`;
    };
    const sup = d.orders.sup!.map(([k, ...rest]) => [id(k), ...rest]);
    const expected = latePlan.plannedOrders.map((o) => [o.id, o.kind, o.source ?? "", o.supplier ?? "", o.shipFrom ?? ""]);
    expect(sup.sort()).toEqual(expected.sort());
    expect(sup).toContainEqual(["LAMP@DC#1", "transfer", "S-T", "", "PLANT"]);
    expect(sup).toContainEqual(["BULB@PLANT#1", "buy", "S-B", "SUP-A", ""]);
    expect(d.t).toMatchObject({ supply_transfer: "transfer", supplier: "supplier", shipFrom: "from" });
  });

  it("tags every worklist and message row with its location, and lists transfers apart with their supply", () => {
    const act = late.slice(late.indexOf('<section id="act">'), late.indexOf('<section id="messages">'));
    expect(rowLocs(act, "data-demand")).toEqual([["D1", "DC"]]);
    expect(act).toContain('<tr data-demand="D1" data-loc="DC"><td>D1</td><td><a href="#item-0">LAMP@DC</a></td>');
    expect(rowLocs(act, "data-order")).toEqual([
      ["BULB@PLANT#1", "PLANT"],
      ["BULB@PLANT#2", "PLANT"],
      ["LAMP@PLANT#1", "PLANT"],
      ["LAMP@DC#1", "DC"],
      ["LAMP@DC#2", "DC"],
    ]);
    const transfer = act.slice(act.indexOf("releases-transfer"));
    expect(transfer).toContain(
      '<tr data-order="LAMP@DC#2" data-loc="DC"><td><button class="order" type="button" data-order="LAMP@DC#2">LAMP@DC#2</button></td><td><a href="#item-0">LAMP@DC</a></td><td class="supply">transfer · S-T · from PLANT</td><td class="num">10</td><td>1</td><td>2</td></tr>',
    );
    expect(act).toContain('<td class="supply">buy · S-B · supplier SUP-A</td>');
    expect(act).toContain('<td class="supply">make · S-M</td>');
    // a work center at a location is filtered with it; one serving every location stays
    expect(rowLocs(act, "data-wc")).toEqual([["ASM", "PLANT"], ["QC", undefined]]);
    const messages = late.slice(late.indexOf('<section id="messages">'), late.indexOf('<section id="grid">'));
    expect([...messages.matchAll(/data-loc="([^"]+)"><td>(.*?)<\/td>/g)].map((m) => [m[1], m[2]])).toEqual([
      ["DC", '<a href="#item-0">LAMP@DC</a>'],
      ["DC", ""],
      ["PLANT", '<a href="#item-1">LAMP@PLANT</a>'],
      ["PLANT", '<a href="#item-2">BULB@PLANT</a>'],
    ]);
  });

  it("renders examples/network.json with the filter and the network's data", () => {
    const result = plan(defineModel(json("examples/network.json")));
    const html = renderReport(result);
    expect([...html.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1])).toEqual(["", "DC-EAST", "DC-WEST", "PLANT"]);
    const d = data(html);
    expect(d.items.id).toEqual(["LAMP@DC-EAST", "LAMP@DC-WEST", "LAMP@PLANT", "BULB@PLANT"]);
    expect(d.items.loc!.map((k) => d.locs![k]![0])).toEqual(["DC-EAST", "DC-WEST", "PLANT", "PLANT"]);
    // a node with sources is supplied by their kinds; one without, by its item's source
    expect((d.items as unknown as { source: string[] }).source).toEqual(["transfer", "transfer", "make", "buy"]);
    expect(d.orders.sup).toHaveLength(result.plannedOrders.length);
    expect(html).toContain('<td class="supply">transfer · S-EAST · from PLANT</td>');
  });

  it("speaks Chinese in the filter and the supply of orders with lang zh-CN", () => {
    const zh = renderReport(latePlan, { lang: "zh-CN" });
    expect(zh).toContain('<label>地点 <select id="location"><option value="">全部地点</option>');
    expect(zh).toContain('<td class="supply">调拨 · S-T · 调出地点 PLANT</td>');
    expect(zh).toContain('<td class="supply">外购 · S-B · 供应商 SUP-A</td>');
    expect(data(zh).t).toMatchObject({ supply_transfer: "调拨", supplier: "供应商", shipFrom: "调出地点" });
  });

  it("leaves a model without locations as it was: no filter, no location tags, no supply column or data", () => {
    const page = renderReport(plan(defineModel(json("examples/workshop.json"))));
    // the markup: the script (the same for every report) knows the filter, the page has none
    const workshop = page.slice(0, page.indexOf("<script"));
    expect(workshop).not.toContain('id="location"');
    expect(workshop).not.toContain("data-loc");
    expect(workshop).not.toContain('class="supply"');
    expect(workshop).not.toContain("releases-transfer");
    const d = data(page);
    expect(Object.keys(d)).not.toContain("locs");
    expect(Object.keys(d.items)).not.toContain("loc");
    expect(Object.keys(d.orders)).not.toContain("sup");
    expect(Object.keys(d.t).filter((k) => k.startsWith("supply_") || k === "supplier" || k === "shipFrom")).toEqual([]);
  });
});

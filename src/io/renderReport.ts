/**
 * The plan as one self-contained HTML page for planners: what to act on first (demands at risk,
 * orders to release, capacity overloads), the action messages, the MRP grid of every item
 * (searchable, filterable to items with action messages, built by the page's script when an
 * item is opened), the pegging of any order up to its demands, the BOM tree of each end item and
 * the load of each work center as a bar chart against its available capacity. Inline CSS and
 * script only: the page fetches nothing, so it opens from a file, a mail attachment or an
 * intranet without network access. The plan's numbers are embedded once, as compact JSON
 * (./reportData.ts), so a plan of 3,000 items over 52 periods stays a file of a few megabytes.
 *
 * Pure: the same plan and options give the same text (no clock; a "generated" line only from
 * the options). Every model string goes through HTML escaping; the data the script needs is
 * embedded as JSON with `<` escaped.
 *
 * Complexity: O(items × buckets + orders + pegs + BOM paths of the end items + work centers ×
 * buckets + pegging paths of the orders with risky messages).
 *
 * Reference: APICS/ASCM CPIM dictionary, "time-phased MRP record", "pegging", "load profile".
 */
import { planCapacity } from "../capacity/capacity.js";
import { explode } from "../bom/explode.js";
import { bucketsOf } from "../mrp/itemRecords.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { formatIsoDate } from "../internal/dates.js";
import { actionSection, dateCell } from "./reportActions.js";
import { actionRows } from "./reportActionRows.js";
import { REPORT_CSS } from "./reportAssets.js";
import { REPORT_SCRIPT_MIN } from "./reportScriptMin.js";
import { capacityFigure } from "./reportCapacity.js";
import { OPEN_ALL_ITEMS, reportData } from "./reportData.js";
import { escapeHtml, formatNumber, jsonForScript } from "./reportHtml.js";
import { reportText, type ReportLanguage } from "./reportText.js";
import { nodeKey } from "../model/nodeKey.js";


/**
 * Options of {@link renderReport}.
 *
 * @category CSV and report
 */
export interface RenderReportOptions {
  /** Page title and heading. Default `"MRP report"` (`"MRP 报表"` in Chinese). */
  readonly title?: string;
  /**
   * Text printed as "Generated …" under the heading, e.g. the date the plan was run. Default:
   * no such line (the library never reads the clock).
   */
  readonly generated?: string;
  /** Day calendars only: grid and capacity buckets per working day (`"day"`, default) or per ISO week (`"week"`). */
  readonly bucket?: "day" | "week";
  /**
   * Language of the page's labels: `"en"` (default) or `"zh-CN"` (simplified Chinese, the terms
   * of the glossary). Ids, names and numbers are shown as they are.
   */
  readonly lang?: ReportLanguage;
}

/**
 * Renders a plan as a self-contained HTML report.
 *
 * Sections (each an element with this id): `summary`; `act`, what to act on first: `at-risk`
 * (customer orders and forecasts whose supply reaches a late-release, time-fence or past-due
 * message, with the orders on the way and how late), `releases` (planned and firm planned orders
 * released in the first bucket, buy and make apart) and `overloads` (overloaded work-center
 * buckets with the orders loading them); `messages` (action messages, one row each, dates in
 * their own columns); `grid` (the MRP record of every item in planning order, with a search box
 * `#search` and an "only items with action messages" toggle `#only-messages`; each item is a
 * `section.item` whose six-row grid the page builds when the item is opened, every item open at
 * load in models of up to 50 items); `pegging` (filled when an order button is clicked); `bom`
 * (indented, collapsible BOM tree of each end item that has components) and `capacity` (one
 * full-width SVG chart per work center, bottleneck first; bars of overloaded buckets have the
 * class `overload`).
 *
 * In the grid, numbers are right-aligned and zero cells are blank, except projected on hand,
 * where 0 is shown (an empty store is information); negative projected on hand is red. The
 * first column stays in place when the grid scrolls sideways. In the pegging panel, the share of
 * a demand of an item with whole quantities (`decimals: 0`) is rounded to a whole number (`< 1`
 * for a share that rounds to 0); the exact share is the line's tooltip.
 *
 * @param result - a plan from {@link plan}
 * @param options - title, generated line, bucket size for day calendars, language
 * @returns the HTML document, starting with `<!DOCTYPE html>`
 * @throws never; the plan's model is already validated
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("report.html", renderReport(plan(model), { title: "Workshop", generated: "2026-06-01" }));
 * writeFileSync("report-zh.html", renderReport(plan(model), { lang: "zh-CN" }));
 * renderReport(plan(model)).slice(0, 15)
 * //=> "<!DOCTYPE html>"
 * ```
 *
 * @category CSV and report
 */
export function renderReport(result: PlanResult, options: RenderReportOptions = {}): string {
  const { model } = result;
  const cal = model.calendar;
  const unit = cal.unit;
  const bucket = options.bucket ?? "day";
  const lang: ReportLanguage = options.lang ?? "en";
  const text = reportText(lang);
  const title = options.title ?? text.title;
  const buckets = bucketsOf(result, bucket);

  const sectionOf = new Map<string, number>();
  model.planningOrder.forEach((i, k) => sectionOf.set(model.items[i]!.id, k));
  const itemLink = (id: string) => {
    const k = sectionOf.get(id);
    return k === undefined ? undefined : `#item-${k}`;
  };

  const openAll = model.planningOrder.length <= OPEN_ALL_ITEMS;
  // a supply network: items are nodes (ITEM@LOCATION), and a location filter heads the page
  const network = model.data.locations.length > 0;
  const loc = (location: string | undefined) => (location === undefined ? "" : ` data-loc="${escapeHtml(location)}"`);
  const caps = planCapacity(result, { bucket });
  const overloaded = caps.workCenters.filter((w) => w.overloads.length > 0).length;

  // ---- header and summary
  const horizon =
    unit === "period"
      ? text.periods(cal.horizon)
      : cal.horizon > 0
        ? text.workingDays(cal.horizon, formatIsoDate(cal.workDays[0]!), formatIsoDate(cal.workDays[cal.horizon - 1]!))
        : text.noWorkingDays;
  const byKind = new Map<string, number>();
  for (const e of result.exceptions) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const stat = (n: number, what: string) => `<li><b>${formatNumber(n)}</b>${escapeHtml(what)}</li>`;
  const summary =
    `<section id="summary"><h2>${escapeHtml(text.nav.summary)}</h2><ul class="stats">` +
    stat(result.items.length, text.stats.items) +
    stat(result.plannedOrders.length, text.stats.planned) +
    stat(result.firmPlannedOrders.length, text.stats.firm) +
    stat(result.exceptions.length, text.stats.messages) +
    stat(overloaded, text.stats.overloaded) +
    `</ul>` +
    (kinds.length > 0 ? `<p class="meta">${escapeHtml(text.messagesByKind)}: ${kinds.map(([k, n]) => `${escapeHtml(text.kinds[k] ?? k)} ${n}`).join(", ")}</p>` : "") +
    `</section>`;

  // ---- what to act on
  const firstBucket = buckets.label.length > 0 ? String(buckets.label[0]) : "";
  const through = text.act.window(unit === "period" ? "period" : bucket, firstBucket);
  const act = actionSection(actionRows(result, caps, buckets, through), unit, text, itemLink);

  // ---- action messages: one row each, the item once per run of its messages, dates in their own columns
  const isOrder = new Set([...result.plannedOrders, ...result.firmPlannedOrders].map((o) => o.id));
  let lastItem: string | undefined;
  const msgRows = result.exceptions.map((e) => {
    const key = nodeKey(e.item, e.location);
    const href = itemLink(key);
    const item = key === lastItem ? "" : href === undefined ? escapeHtml(key) : `<a href="${href}">${escapeHtml(key)}</a>`;
    lastItem = key;
    const ref =
      e.ref === null ? "" : isOrder.has(e.ref) ? `<button class="order" type="button" data-order="${escapeHtml(e.ref)}">${escapeHtml(e.ref)}</button>` : escapeHtml(e.ref);
    const note = e.ticksLate !== undefined ? text.ticksLate(e.ticksLate, unit) : "";
    return (
      `<tr class="kind-${escapeHtml(e.kind)}" data-kind="${escapeHtml(e.kind)}"${loc(e.location)}><td>${item}</td><td>${escapeHtml(text.kinds[e.kind] ?? e.kind)}</td><td>${ref}</td>` +
      `<td>${dateCell(e.date, unit)}</td><td>${e.newDate === undefined ? "" : dateCell(e.newDate, unit)}</td>` +
      `<td class="num">${formatNumber(e.quantity)}</td><td>${escapeHtml(note)}</td></tr>`
    );
  });
  const c = text.col;
  const dateHead = unit === "period" ? c.period : c.date;
  const messages =
    `<section id="messages"><h2>${escapeHtml(text.nav.messages)}</h2>` +
    (msgRows.length === 0
      ? `<p class="hint">${escapeHtml(text.noMessages)}</p>`
      : `<div class="scroll"><table class="messages"><thead><tr><th>${escapeHtml(c.item)}</th><th>${escapeHtml(c.kind)}</th><th>${escapeHtml(c.ref)}</th><th>${escapeHtml(dateHead)}</th><th>${escapeHtml(unit === "period" ? c.newPeriod : c.newDate)}</th><th class="num">${escapeHtml(c.quantity)}</th><th>${escapeHtml(c.note)}</th></tr></thead><tbody>${msgRows.join("")}</tbody></table></div>`) +
    `</section>`;

  // ---- MRP grid: the page builds each item's table from the data; the heading row is shared
  const head =
    `<thead><tr><th class="row-head">${escapeHtml(unit === "period" ? c.period : bucket === "week" ? c.weekOf : c.day)}</th><th class="start">${escapeHtml(c.start)}</th>` +
    buckets.label.map((l) => `<th>${escapeHtml(String(l))}</th>`).join("") +
    `</tr></thead>`;
  const grid =
    `<section id="grid"><h2>${escapeHtml(text.grid)}</h2>` +
    `<div class="filters"><label>${escapeHtml(text.find)} <input type="search" id="search" placeholder="${escapeHtml(text.findPlaceholder)}" autocomplete="off"></label>` +
    `<label><input type="checkbox" id="only-messages"> ${escapeHtml(text.onlyMessages)}</label>` +
    `<span id="visible-count" class="meta"></span></div>` +
    `<template id="grid-head" data-rows="${escapeHtml(JSON.stringify(text.rows))}">${head}</template>` +
    `<div class="grid-layout"><div class="items" id="items"></div>` +
    `<aside id="pegging" class="pegging"><h2>${escapeHtml(text.pegging)}</h2><div id="pegging-body"><p class="hint">${escapeHtml(text.peggingHint)}</p></div></aside>` +
    `</div></section>`;

  // ---- BOM trees of the end items (with components): the page builds a tree when it is opened
  const trees: string[] = [];
  const bomLines: (readonly [number, readonly number[]])[] = [];
  for (const i of model.planningOrder) {
    const b = model.bom;
    if (b.parentStart[i + 1]! > b.parentStart[i]! || b.childStart[i + 1] === b.childStart[i]) continue;
    const it = model.items[i]!;
    const flat: number[] = [];
    for (const l of explode(model, it.id).lines) flat.push(l.level, sectionOf.get(l.item)!, l.quantityPer, l.quantity, l.phantom ? 1 : 0);
    trees.push(
      `<details class="bom-tree"${openAll ? " open" : ""} data-item="${escapeHtml(it.id)}" data-bom="${bomLines.length}"><summary><b>${escapeHtml(it.id)}</b>${it.name !== undefined ? ` <span class="meta">${escapeHtml(it.name)}</span>` : ""}</summary></details>`,
    );
    bomLines.push([sectionOf.get(it.id)!, flat]);
  }
  const bom =
    `<section id="bom"><h2>${escapeHtml(text.bom)}</h2>` +
    (trees.length === 0 ? `<p class="hint">${escapeHtml(text.noBom)}</p>` : `<p class="hint">${escapeHtml(text.bomHint)}</p>${trees.join("")}`) +
    `</section>`;

  // ---- capacity
  const wcName = new Map<string, string | undefined>();
  for (const w of model.data.workCenters) wcName.set(w.id, w.name);
  const cap =
    `<section id="capacity"><h2>${escapeHtml(text.capacity)}</h2>` +
    (caps.workCenters.length === 0
      ? `<p class="hint">${escapeHtml(text.noWorkCenters)}</p>`
      : `<div class="legend"><span><i class="l-bar"></i>${escapeHtml(text.legend.load)}</span><span><i class="l-over"></i>${escapeHtml(text.legend.overload)}</span><span><i class="l-avail"></i>${escapeHtml(text.legend.available)}</span></div>` +
        caps.workCenters.map((w) => capacityFigure(w, wcName.get(w.id), unit, text)).join("")) +
    `</section>`;

  const data = { ...reportData(result, buckets, lang, network ? { ...text.script, ...text.networkScript } : text.script), bom: bomLines };
  const locationFilter = network
    ? `<div class="filters location-filter"><label>${escapeHtml(text.location)} <select id="location"><option value="">${escapeHtml(text.allLocations)}</option>` +
      model.data.locations.map((l) => `<option value="${escapeHtml(l.id)}">${escapeHtml(l.name === undefined ? l.id : `${l.id} · ${l.name}`)}</option>`).join("") +
      `</select></label></div>\n`
    : "";
  const nav = text.nav;
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    `<header class="top"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text.horizon)}: ${escapeHtml(horizon)}</p>` +
    (options.generated !== undefined ? `<p>${escapeHtml(text.generated)} ${escapeHtml(options.generated)}</p>` : "") +
    `</header>\n<nav class="sections"><a href="#summary">${escapeHtml(nav.summary)}</a><a href="#act">${escapeHtml(nav.act)}</a><a href="#messages">${escapeHtml(nav.messages)}</a><a href="#grid">${escapeHtml(nav.grid)}</a><a href="#bom">${escapeHtml(nav.bom)}</a><a href="#capacity">${escapeHtml(nav.capacity)}</a></nav>\n<main>\n` +
    locationFilter +
    [summary, act, messages, grid, bom, cap].join("\n") +
    `\n</main>\n<script type="application/json" id="report-data">${jsonForScript(data)}</script>\n<script>${REPORT_SCRIPT_MIN}</script>\n</body>\n</html>\n`
  );
}

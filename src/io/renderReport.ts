/**
 * The plan as one self-contained HTML page for planners: the MRP grid of every item (searchable,
 * filterable to items with action messages), the action messages, the pegging of any planned
 * order up to its demands, the BOM tree of each end item and the load of each work center as a
 * bar chart against its available capacity. Inline CSS and script only: the page fetches
 * nothing, so it opens from a file, a mail attachment or an intranet without network access.
 *
 * Pure: the same plan and options give the same text (no clock; a "generated" line only from
 * the options). Every model string goes through HTML escaping; the data the script needs is
 * embedded as JSON with `<` escaped.
 *
 * Complexity: O(items × buckets + BOM paths of the end items + pegging paths of the orders +
 * work centers × buckets).
 *
 * Reference: APICS/ASCM CPIM dictionary, "time-phased MRP record", "pegging", "load profile".
 */
import { planCapacity } from "../capacity/capacity.js";
import { explode } from "../bom/explode.js";
import { bucketsOf, MRP_RECORD_ROWS, recordsOfIndex } from "../mrp/itemRecords.js";
import type { PlanDate, PlannedOrder, PlanResult } from "../mrp/PlanResult.js";
import { pegToDemands } from "../mrp/pegToDemands.js";
import { formatIsoDate } from "../internal/dates.js";
import { REPORT_CSS, REPORT_SCRIPT } from "./reportAssets.js";
import { capacityFigure } from "./reportCapacity.js";
import { escapeHtml, formatNumber, jsonForScript } from "./reportHtml.js";

/**
 * Options of {@link renderReport}.
 *
 * @category CSV and report
 */
export interface RenderReportOptions {
  /** Page title and heading. Default `"MRP report"`. */
  readonly title?: string;
  /**
   * Text printed as "Generated …" under the heading, e.g. the date the plan was run. Default:
   * no such line (the library never reads the clock).
   */
  readonly generated?: string;
  /** Day calendars only: grid and capacity buckets per working day (`"day"`, default) or per ISO week (`"week"`). */
  readonly bucket?: "day" | "week";
}

const ROWS = MRP_RECORD_ROWS;

/**
 * Renders a plan as a self-contained HTML report.
 *
 * Sections (each an element with this id): `summary`, `messages` (action messages), `grid` (the
 * MRP record of every item in planning order, all six rows per bucket, with a search box
 * `#search` and an "only items with action messages" toggle `#only-messages`; each item is a
 * `section.item`), `pegging` (filled when a planned order button is clicked), `bom` (indented,
 * collapsible BOM tree of each end item that has components) and `capacity` (one SVG chart per
 * work center, bottleneck first; bars of overloaded buckets have the class `overload`).
 *
 * In the grid, numbers are right-aligned and zero cells are blank, except projected on hand,
 * where 0 is shown (an empty store is information); negative projected on hand is red. The
 * first column stays in place when the grid scrolls sideways.
 *
 * @param result - a plan from {@link plan}
 * @param options - title, generated line, bucket size for day calendars
 * @returns the HTML document, starting with `<!DOCTYPE html>`
 * @throws never; the plan's model is already validated
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("report.html", renderReport(plan(model), { title: "Workshop", generated: "2026-06-01" }));
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
  const title = options.title ?? "MRP report";
  const when = (d: PlanDate) => (typeof d === "number" ? `period ${d}` : d);
  const allOrders: PlannedOrder[] = [...result.plannedOrders, ...result.firmPlannedOrders];

  // messages per item, in the plan's order
  const messagesOf = new Map<string, number>();
  for (const e of result.exceptions) messagesOf.set(e.item, (messagesOf.get(e.item) ?? 0) + 1);
  const ordersOf = new Map<string, PlannedOrder[]>();
  for (const o of allOrders) {
    const list = ordersOf.get(o.item);
    if (list === undefined) ordersOf.set(o.item, [o]);
    else list.push(o);
  }
  const sectionOf = new Map<string, number>();
  result.items.forEach((it, k) => sectionOf.set(it.id, k));

  const caps = planCapacity(result, { bucket });
  const overloaded = caps.workCenters.filter((w) => w.overloads.length > 0).length;

  // ---- header and summary
  const horizon =
    unit === "period"
      ? `${cal.horizon} period${cal.horizon === 1 ? "" : "s"}`
      : cal.horizon > 0
        ? `${cal.horizon} working days, ${formatIsoDate(cal.workDays[0]!)} to ${formatIsoDate(cal.workDays[cal.horizon - 1]!)}`
        : "no working days";
  const byKind = new Map<string, number>();
  for (const e of result.exceptions) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const kinds = [...byKind.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const stat = (n: number, what: string) => `<li><b>${formatNumber(n)}</b>${escapeHtml(what)}</li>`;
  const summary =
    `<section id="summary"><h2>Summary</h2><ul class="stats">` +
    stat(result.items.length, "items") +
    stat(result.plannedOrders.length, "planned orders") +
    stat(result.firmPlannedOrders.length, "firm planned orders") +
    stat(result.exceptions.length, "action messages") +
    stat(overloaded, "overloaded work centers") +
    `</ul>` +
    (kinds.length > 0 ? `<p class="meta">Action messages: ${kinds.map(([k, n]) => `${escapeHtml(k)} ${n}`).join(", ")}</p>` : "") +
    `</section>`;

  // ---- action messages
  const isOrder = new Set(allOrders.map((o) => o.id));
  const msgRows = result.exceptions.map((e) => {
    const k = sectionOf.get(e.item);
    const item = k === undefined ? escapeHtml(e.item) : `<a href="#item-${k}">${escapeHtml(e.item)}</a>`;
    const ref =
      e.ref === null ? "" : isOrder.has(e.ref) ? `<button class="order" type="button" data-order="${escapeHtml(e.ref)}">${escapeHtml(e.ref)}</button>` : escapeHtml(e.ref);
    return (
      `<tr class="kind-${escapeHtml(e.kind)}"><td>${item}</td><td>${escapeHtml(e.kind)}</td><td>${ref}</td>` +
      `<td>${escapeHtml(String(e.date))}</td><td>${e.newDate === undefined ? "" : escapeHtml(String(e.newDate))}</td>` +
      `<td class="num">${formatNumber(e.quantity)}</td><td class="msg">${escapeHtml(e.message)}</td></tr>`
    );
  });
  const messages =
    `<section id="messages"><h2>Action messages</h2>` +
    (msgRows.length === 0
      ? `<p class="hint">No action messages: the plan needs no attention.</p>`
      : `<div class="scroll"><table class="messages"><thead><tr><th>Item</th><th>Kind</th><th>Order or demand</th><th>Date</th><th>New date</th><th class="num">Quantity</th><th>Message</th></tr></thead><tbody>${msgRows.join("")}</tbody></table></div>`) +
    `</section>`;

  // ---- MRP grid
  const buckets = bucketsOf(result, bucket);
  const head =
    `<thead><tr><th class="row-head">${unit === "period" ? "Period" : bucket === "week" ? "Week of" : "Day"}</th><th class="start">Start</th>` +
    buckets.label.map((l) => `<th>${escapeHtml(String(l))}</th>`).join("") +
    `</tr></thead>`;
  const itemSections = result.items.map((ip, k) => {
    const i = model.itemIndex.get(ip.id)!;
    const it = model.items[i]!;
    const records = recordsOfIndex(result, i, buckets);
    const available = it.onHand - it.allocated;
    const rows = ROWS.map(([key, label]) => {
      const cells = records
        .map((rec) => {
          const v = rec[key];
          if (key === "projectedOnHand") return `<td${v < 0 ? ' class="neg"' : ""}>${formatNumber(v)}</td>`;
          return v === 0 ? "<td></td>" : `<td>${formatNumber(v)}</td>`;
        })
        .join("");
      const start = key === "projectedOnHand" ? `<td class="start${available < 0 ? " neg" : ""}">${formatNumber(available)}</td>` : `<td class="start"></td>`;
      return `<tr class="row-${key}"><th class="row-head">${label}</th>${start}${cells}</tr>`;
    }).join("");
    const n = messagesOf.get(ip.id) ?? 0;
    const orders = ordersOf.get(ip.id) ?? [];
    const buttons = orders
      .map(
        (o) =>
          `<button class="order${o.firm === true ? " firm" : ""}" type="button" data-order="${escapeHtml(o.id)}" title="${escapeHtml(`release ${when(o.release)}, due ${when(o.due)}`)}">${escapeHtml(o.id)} · ${formatNumber(o.quantity)} due ${escapeHtml(String(o.due))}</button>`,
      )
      .join("");
    const facts = [
      `low-level code ${ip.lowLevelCode}`,
      it.source,
      `lead time ${it.leadTime}`,
      ...(it.safetyStock > 0 ? [`safety stock ${formatNumber(it.safetyStock)}`] : []),
      `lot ${it.lotSizing.rule}`,
      it.uom,
    ].join(" · ");
    return (
      `<section class="item" id="item-${k}" data-id="${escapeHtml(ip.id)}" data-name="${escapeHtml(it.name ?? "")}" data-messages="${n}">` +
      `<h3><span class="item-id">${escapeHtml(ip.id)}</span>${it.name !== undefined ? ` <span class="item-name">${escapeHtml(it.name)}</span>` : ""}` +
      (n > 0 ? `<a class="badge" href="#messages">${n} action message${n === 1 ? "" : "s"}</a>` : "") +
      ` <span class="meta">${escapeHtml(facts)}</span></h3>` +
      `<div class="scroll"><table class="mrp">${head}<tbody>${rows}</tbody></table></div>` +
      (orders.length > 0 ? `<div class="orders"><span class="meta">Orders (click for pegging):</span>${buttons}</div>` : "") +
      `</section>`
    );
  });
  const grid =
    `<section id="grid"><h2>MRP records</h2>` +
    `<div class="filters"><label>Find item <input type="search" id="search" placeholder="item id or name" autocomplete="off"></label>` +
    `<label><input type="checkbox" id="only-messages"> only items with action messages</label>` +
    `<span id="visible-count" class="meta">${result.items.length} of ${result.items.length} items shown</span></div>` +
    `<div class="grid-layout"><div class="items">${itemSections.join("")}</div>` +
    `<aside id="pegging" class="pegging"><h2>Pegging</h2><div id="pegging-body"><p class="hint">Click a planned order to see the requirements it covers and the demands it serves.</p></div></aside>` +
    `</div></section>`;

  // ---- BOM trees of the end items (with components), from the indented explosion
  const trees: string[] = [];
  for (const i of model.planningOrder) {
    const b = model.bom;
    if (b.parentStart[i + 1]! > b.parentStart[i]! || b.childStart[i + 1] === b.childStart[i]) continue;
    const it = model.items[i]!;
    const lines = explode(model, it.id).lines;
    const out: string[] = [];
    let depth = 1;
    lines.forEach((l, k) => {
      for (; depth > l.level; depth--) out.push("</ul></details></li>");
      const c = model.items[model.itemIndex.get(l.item)!]!;
      const label =
        `<span class="bom-item">${escapeHtml(l.item)}</span>` +
        (c.name !== undefined ? ` <span class="meta">${escapeHtml(c.name)}</span>` : "") +
        ` <span class="meta">× ${formatNumber(l.quantityPer)}${l.quantity !== l.quantityPer ? ` (${formatNumber(l.quantity)} per ${escapeHtml(it.id)})` : ""}</span>` +
        (l.phantom ? `<span class="phantom-tag">phantom</span>` : "");
      const next = lines[k + 1];
      if (next !== undefined && next.level > l.level) {
        out.push(`<li><details open><summary>${label}</summary><ul>`);
        depth = l.level + 1;
      } else {
        out.push(`<li><span class="leaf">${label}</span></li>`);
      }
    });
    for (; depth > 1; depth--) out.push("</ul></details></li>");
    trees.push(
      `<details class="bom-tree" open data-item="${escapeHtml(it.id)}"><summary><b>${escapeHtml(it.id)}</b>${it.name !== undefined ? ` <span class="meta">${escapeHtml(it.name)}</span>` : ""}</summary><ul>${out.join("")}</ul></details>`,
    );
  }
  const bom =
    `<section id="bom"><h2>Bills of material</h2>` +
    (trees.length === 0 ? `<p class="hint">The model has no bills of material.</p>` : `<p class="hint">Quantities per parent unit; in brackets per unit of the end item, scrap included. Click a line to fold it.</p>${trees.join("")}`) +
    `</section>`;

  // ---- capacity
  const wcName = new Map<string, string | undefined>();
  for (const w of model.data.workCenters) wcName.set(w.id, w.name);
  const cap =
    `<section id="capacity"><h2>Capacity load</h2>` +
    (caps.workCenters.length === 0
      ? `<p class="hint">The model has no work centers.</p>`
      : `<div class="legend"><span><i class="l-bar"></i>load</span><span><i class="l-over"></i>overload</span><span><i class="l-avail"></i>available hours</span></div>` +
        caps.workCenters.map((w) => capacityFigure(w, wcName.get(w.id), unit)).join("")) +
    `</section>`;

  // ---- data for the script
  const data = {
    unit,
    orders: allOrders.map((o) => [
      o.id,
      {
        item: o.item,
        quantity: o.quantity,
        release: o.release,
        due: o.due,
        firm: o.firm === true,
        ...(o.attributes === undefined ? {} : { attributes: o.attributes }),
        pegging: o.pegging.map((p) => ({ source: p.source, date: p.date, quantity: p.quantity })),
        demands: pegToDemands(result, o.id),
      },
    ]),
    demands: model.data.demands.map((d) => [
      d.id,
      { item: d.item, due: d.due, quantity: d.quantity, kind: d.kind, ...(d.attributes === undefined ? {} : { attributes: d.attributes }) },
    ]),
  };

  return (
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    `<header class="top"><h1>${escapeHtml(title)}</h1><p>Horizon: ${escapeHtml(horizon)}</p>` +
    (options.generated !== undefined ? `<p>Generated ${escapeHtml(options.generated)}</p>` : "") +
    `</header>\n<nav class="sections"><a href="#summary">Summary</a><a href="#messages">Action messages</a><a href="#grid">MRP records</a><a href="#bom">Bills of material</a><a href="#capacity">Capacity</a></nav>\n<main>\n` +
    [summary, messages, grid, bom, cap].join("\n") +
    `\n</main>\n<script type="application/json" id="report-data">${jsonForScript(data)}</script>\n<script>${REPORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}

/**
 * The "what to act on" section at the top of the HTML report: the demands at risk, the orders to
 * release and the capacity overloads, each a short table a planner works down. The rows come
 * from the plan and its capacity load; this file only lays them out. O(rows). Never exported
 * from the package.
 */
import type { PlanDate } from "../mrp/PlanResult.js";
import { escapeHtml, formatHours, formatNumber } from "./reportHtml.js";
import type { ReportText } from "./reportText.js";

/**
 * Rows shown per table: the most urgent first, then a line saying how many more there are. A
 * worklist longer than this is worked from the lists the library and the CLI give in full.
 */
export const ACT_ROWS = 100;

/** A demand whose supply reaches a late or short order. */
export interface AtRiskRow {
  readonly demand: string;
  readonly item: string;
  readonly kind: string;
  readonly due: PlanDate;
  readonly quantity: number;
  /** Ticks late (0 when short but not late). */
  readonly late: number;
  /** The paths of orders from the demand down to the late or short ones, each as `A#1 → B#2`. */
  readonly orders: readonly string[];
  /** The message kinds that put it at risk. */
  readonly reasons: readonly string[];
  /** In a network: the demand's location. */
  readonly location?: string;
}

/** A planned order to release. */
export interface ReleaseRow {
  readonly order: string;
  readonly item: string;
  readonly make: boolean;
  readonly quantity: number;
  readonly release: PlanDate;
  readonly due: PlanDate;
  /** In a network: where the order is received. */
  readonly location?: string;
  /** In a network: how the order is supplied. */
  readonly supply?: Supply;
  /** In a network: a transfer from another location, listed apart from buy and make. */
  readonly transfer?: boolean;
}

/** How a planned order of a network is supplied: its kind, source, supplier, shipping location. */
export interface Supply {
  readonly kind?: string;
  readonly source?: string;
  readonly supplier?: string;
  readonly shipFrom?: string;
}

/** An overloaded bucket of a work center. */
export interface OverloadRow {
  readonly workCenter: string;
  readonly date: PlanDate;
  readonly load: number;
  readonly available: number;
  readonly orders: readonly string[];
  /** In a network: the work center's location, when it has one. */
  readonly location?: string;
}

/** What the section shows. */
export interface ActionRows {
  readonly atRisk: readonly AtRiskRow[];
  readonly releases: readonly ReleaseRow[];
  /** Words for the release window: "in the first bucket", "through 2026-01-09". */
  readonly releasesThrough: string;
  readonly overloads: readonly OverloadRow[];
}

/**
 * The section's HTML.
 *
 * @param rows - the rows of the three tables
 * @param unit - the calendar unit, for dates and lateness
 * @param text - the report's labels
 * @param itemLink - the grid anchor of an item id, if it has one
 * @returns a `<section id="act">`
 * @example
 * ```ts
 * actionSection({ atRisk: [], releases: [], releasesThrough: "in period 1", overloads: [] }, "period", reportText("en"), () => undefined)
 * //=> '<section id="act"><h2>What to act on</h2>...'
 * ```
 */
export function actionSection(rows: ActionRows, unit: "period" | "day", text: ReportText, itemLink: (item: string) => string | undefined): string {
  const t = text.act;
  const c = text.col;
  const item = (id: string) => {
    const href = itemLink(id);
    return href === undefined ? escapeHtml(id) : `<a href="${href}">${escapeHtml(id)}</a>`;
  };
  const order = (id: string) => `<button class="order" type="button" data-order="${escapeHtml(id)}">${escapeHtml(id)}</button>`;
  const th = (s: string, num = false) => `<th${num ? ' class="num"' : ""}>${escapeHtml(s)}</th>`;
  // in a network, rows carry their location for the page's location filter
  const loc = (location: string | undefined) => (location === undefined ? "" : ` data-loc="${escapeHtml(location)}"`);
  const network = rows.releases.some((r) => r.supply !== undefined);
  const table = (cls: string, head: string, body: string[]) =>
    `<div class="scroll"><table class="act ${cls}"><thead><tr>${head}</tr></thead><tbody>${body.slice(0, ACT_ROWS).join("")}</tbody></table></div>` +
    (body.length > ACT_ROWS ? `<p class="hint more">${escapeHtml(t.more(body.length - ACT_ROWS, ACT_ROWS))}</p>` : "");

  const risk =
    rows.atRisk.length === 0
      ? `<p class="hint">${escapeHtml(t.noneAtRisk)}</p>`
      : table(
          "at-risk",
          th(t.demand) + th(c.item) + th(t.kind) + th(c.due) + th(c.quantity, true) + th(t.late) + th(t.ordersOnPath) + th(t.reasons),
          rows.atRisk.map(
            (r) =>
              `<tr data-demand="${escapeHtml(r.demand)}"${loc(r.location)}${r.kind === "forecast" ? ' class="forecast"' : ""}><td>${escapeHtml(r.demand)}</td><td>${item(r.item)}</td>` +
              `<td>${escapeHtml(t.demandKind[r.kind] ?? r.kind)}</td><td>${dateCell(r.due, unit)}</td><td class="num">${formatNumber(r.quantity)}</td>` +
              `<td>${r.late > 0 ? escapeHtml(text.ticksLate(r.late, unit)) : ""}</td><td class="ids">${escapeHtml(r.orders.join("; "))}</td>` +
              `<td>${escapeHtml(r.reasons.map((k) => text.kinds[k] ?? k).join(", "))}</td></tr>`,
          ),
        );

  const releaseTable = (group: "buy" | "make" | "transfer") => {
    const list = rows.releases.filter((r) => (r.transfer === true ? "transfer" : r.make ? "make" : "buy") === group);
    if (list.length === 0) return "";
    return (
      `<h4>${escapeHtml(t[group])} (${list.length})</h4>` +
      table(
        `releases-${group}`,
        th(c.order) + th(c.item) + (network ? th(text.supply) : "") + th(c.quantity, true) + th(c.release) + th(c.due),
        list.map(
          (r) =>
            `<tr data-order="${escapeHtml(r.order)}"${loc(r.location)}><td>${order(r.order)}</td><td>${item(r.item)}</td>` +
            (network ? `<td class="supply">${r.supply === undefined ? "" : escapeHtml(text.supplyText(r.supply))}</td>` : "") +
            `<td class="num">${formatNumber(r.quantity)}</td><td>${dateCell(r.release, unit)}</td><td>${dateCell(r.due, unit)}</td></tr>`,
        ),
      )
    );
  };
  const releases = rows.releases.length === 0 ? `<p class="hint">${escapeHtml(t.noReleases)}</p>` : releaseTable("buy") + releaseTable("make") + releaseTable("transfer");

  const overloads =
    rows.overloads.length === 0
      ? `<p class="hint">${escapeHtml(t.noOverloads)}</p>`
      : table(
          "overload-list",
          th(t.workCenter) + th(unit === "period" ? c.period : c.start) + th(t.load, true) + th(t.available, true) + th(t.causes),
          rows.overloads.map(
            (o) =>
              `<tr data-wc="${escapeHtml(o.workCenter)}"${loc(o.location)}><td><a href="#capacity">${escapeHtml(o.workCenter)}</a></td><td>${dateCell(o.date, unit)}</td>` +
              `<td class="num">${formatHours(o.load)}</td><td class="num">${formatHours(o.available)}</td><td class="ids">${escapeHtml(o.orders.join(", "))}</td></tr>`,
          ),
        );

  return (
    `<section id="act"><h2>${escapeHtml(text.nav.act)}</h2>` +
    `<div class="act-block" id="at-risk"><h3>${escapeHtml(t.atRisk)} (${rows.atRisk.length})</h3><p class="hint">${escapeHtml(t.atRiskHint)}</p>${risk}</div>` +
    `<div class="act-block" id="releases"><h3>${escapeHtml(t.releases)} (${rows.releases.length})</h3><p class="hint">${escapeHtml(t.releasesHint(rows.releasesThrough))}</p>${releases}</div>` +
    `<div class="act-block" id="overloads"><h3>${escapeHtml(t.overloads)} (${rows.overloads.length})</h3>${overloads}</div>` +
    `</section>`
  );
}

/**
 * A date as the report prints it: a period number, or an ISO date in a `<time>` element.
 *
 * @param d - a plan date
 * @param unit - the calendar unit
 * @returns the cell's HTML
 * @example
 * ```ts
 * dateCell("2026-01-05", "day") //=> '<time datetime="2026-01-05">2026-01-05</time>'
 * ```
 */
export function dateCell(d: PlanDate, unit: "period" | "day"): string {
  if (unit === "period" || typeof d === "number") return escapeHtml(String(d));
  return `<time datetime="${escapeHtml(d)}">${escapeHtml(d)}</time>`;
}

/**
 * The capacity section of the HTML report: per work center an inline SVG bar chart of load per
 * bucket with the available capacity as a step line; overloaded bars carry the class `overload`.
 * O(work centers × buckets). Never exported from the package.
 */
import type { WorkCenterLoad } from "../capacity/types.js";
import { escapeHtml, formatHours, formatPercent } from "./reportHtml.js";

const SLOT = 34; // px per bucket
const BAR = 22; // bar width
const LEFT = 44; // room for the y-axis labels
const TOP = 12;
const PLOT = 150; // plot height
const BOTTOM = 28; // room for the bucket labels

/**
 * The figure of one work center: caption, SVG chart, and the table of its overloaded buckets.
 *
 * @param wc - the work center's load profile from {@link capacity}
 * @param name - the work center's name, if the model gives one
 * @param unit - the calendar unit (period numbers or dates as bucket labels)
 * @returns an HTML `<figure>`
 * @example
 * ```ts
 * capacityFigure(capacity(result).workCenters[0]!, "Welding cell", "period")
 * //=> '<figure class="wc" data-wc="WELD">...'
 * ```
 */
export function capacityFigure(wc: WorkCenterLoad, name: string | undefined, unit: "period" | "day"): string {
  const label = (b: { period?: number; start?: string }) => String(unit === "period" ? b.period : b.start);
  const n = wc.buckets.length;
  let top = 0;
  for (const b of wc.buckets) top = Math.max(top, b.load, b.available);
  const scale = top > 0 ? top * 1.1 : 1;
  const y = (v: number) => TOP + PLOT - (v / scale) * PLOT;
  const width = LEFT + n * SLOT + 8;
  const height = TOP + PLOT + BOTTOM;
  const parts: string[] = [];
  // y axis: 0 and the top value, with light grid lines
  const tick = Math.round(top * 100) / 100;
  parts.push(`<line class="axis" x1="${LEFT}" y1="${TOP + PLOT}" x2="${width - 4}" y2="${TOP + PLOT}"/>`);
  parts.push(`<text class="ylabel" x="${LEFT - 6}" y="${TOP + PLOT + 4}">0</text>`);
  if (top > 0) {
    parts.push(`<line class="grid" x1="${LEFT}" y1="${r(y(tick))}" x2="${width - 4}" y2="${r(y(tick))}"/>`);
    parts.push(`<text class="ylabel" x="${LEFT - 6}" y="${r(y(tick)) + 4}">${formatHours(tick)} h</text>`);
  }
  let step = "";
  wc.buckets.forEach((b, k) => {
    const x = LEFT + k * SLOT + (SLOT - BAR) / 2;
    const over = b.load > b.available;
    const title = `${unit === "period" ? "period " : ""}${label(b)}: ${formatHours(b.load)} h of ${formatHours(b.available)} h available (${formatPercent(b.utilization)})${b.orders.length > 0 ? ` — ${b.orders.join(", ")}` : ""}`;
    if (b.load > 0) {
      const h = (b.load / scale) * PLOT;
      parts.push(
        `<rect class="bar${over ? " overload" : ""}" x="${r(x)}" y="${r(TOP + PLOT - h)}" width="${BAR}" height="${r(h)}"><title>${escapeHtml(title)}</title></rect>`,
      );
    }
    const text = unit === "period" ? label(b) : label(b).slice(5);
    parts.push(`<text class="xlabel" x="${r(LEFT + k * SLOT + SLOT / 2)}" y="${TOP + PLOT + 16}">${escapeHtml(text)}</text>`);
    const x0 = LEFT + k * SLOT;
    const ya = r(y(b.available));
    step += k === 0 ? `M${x0} ${ya}H${x0 + SLOT}` : `V${ya}H${x0 + SLOT}`;
  });
  if (n > 0) parts.push(`<path class="available" d="${step}"><title>available hours</title></path>`);
  const count = wc.overloads.length;
  const caption =
    `<figcaption><span class="wc-id">${escapeHtml(wc.id)}</span>` +
    (name !== undefined ? ` <span class="wc-name">${escapeHtml(name)}</span>` : "") +
    ` <span class="meta">peak ${formatPercent(wc.peakUtilization)} · ${count} overloaded bucket${count === 1 ? "" : "s"}</span></figcaption>`;
  const svg =
    `<svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`load of ${wc.id} per bucket`)}">` +
    parts.join("") +
    `</svg>`;
  let overloads = "";
  if (count > 0) {
    const rows = wc.overloads
      .map((o) => `<tr><td>${escapeHtml(label(o))}</td><td class="num">${formatHours(o.load)}</td><td class="num">${formatHours(o.available)}</td><td>${escapeHtml(o.orders.join(", "))}</td></tr>`)
      .join("");
    overloads = `<table class="overloads"><thead><tr><th>${unit === "period" ? "Period" : "Start"}</th><th class="num">Load h</th><th class="num">Available h</th><th>Orders loading it</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  return `<figure class="wc${count > 0 ? " overloaded" : ""}" data-wc="${escapeHtml(wc.id)}">${caption}<div class="scroll">${svg}</div>${overloads}</figure>`;
}

/** Coordinates to two decimals, so the markup stays short and stable. */
function r(v: number): number {
  return Math.round(v * 100) / 100;
}

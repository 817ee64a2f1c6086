/**
 * The capacity section of the HTML report: per work center a full-width inline SVG bar chart of
 * load per bucket with the available capacity as a step line; overloaded bars carry the class
 * `overload`. The chart's drawing box is 1,000 units wide whatever the horizon, so the page
 * scales it to the width of the window; bucket labels thin out where they would overlap.
 * O(work centers × buckets). Never exported from the package.
 */
import type { WorkCenterLoad } from "../capacity/types.js";
import { escapeHtml, formatHours, formatPercent } from "./reportHtml.js";
import type { ReportText } from "./reportText.js";

const WIDTH = 1000; // drawing units; the SVG is as wide as the page
const LEFT = 56; // room for the y-axis labels
const RIGHT = 8;
const TOP = 12;
const PLOT = 200; // plot height
const BOTTOM = 26; // room for the bucket labels
const LABEL = 40; // drawing units one bucket label needs

/**
 * The figure of one work center: caption and SVG chart (its overloaded buckets are listed in the
 * "what to act on" section).
 *
 * @param wc - the work center's load profile from {@link capacity}
 * @param name - the work center's name, if the model gives one
 * @param unit - the calendar unit (period numbers or dates as bucket labels)
 * @param text - the report's labels
 * @returns an HTML `<figure>`
 * @example
 * ```ts
 * capacityFigure(capacity(result).workCenters[0]!, "Welding cell", "period", reportText("en"))
 * //=> '<figure class="wc" data-wc="WELD">...'
 * ```
 */
export function capacityFigure(wc: WorkCenterLoad, name: string | undefined, unit: "period" | "day", text: ReportText): string {
  const label = (b: { period?: number; start?: string }) => String(unit === "period" ? b.period : b.start);
  const n = wc.buckets.length;
  let top = 0;
  for (const b of wc.buckets) top = Math.max(top, b.load, b.available);
  const scale = top > 0 ? top * 1.1 : 1;
  const y = (v: number) => TOP + PLOT - (v / scale) * PLOT;
  const slot = n > 0 ? (WIDTH - LEFT - RIGHT) / n : 0;
  const bar = Math.min(slot * 0.7, 48);
  const every = slot > 0 ? Math.max(1, Math.ceil(LABEL / slot)) : 1;
  const height = TOP + PLOT + BOTTOM;
  const parts: string[] = [];
  // y axis: 0 and the top value, with light grid lines
  const tick = Math.round(top * 100) / 100;
  parts.push(`<line class="axis" x1="${LEFT}" y1="${TOP + PLOT}" x2="${WIDTH - RIGHT}" y2="${TOP + PLOT}"/>`);
  parts.push(`<text class="ylabel" x="${LEFT - 6}" y="${TOP + PLOT + 4}">0</text>`);
  if (top > 0) {
    parts.push(`<line class="grid" x1="${LEFT}" y1="${r(y(tick))}" x2="${WIDTH - RIGHT}" y2="${r(y(tick))}"/>`);
    parts.push(`<text class="ylabel" x="${LEFT - 6}" y="${r(y(tick)) + 4}">${formatHours(tick)} h</text>`);
  }
  let step = "";
  wc.buckets.forEach((b, k) => {
    const x0 = LEFT + k * slot;
    const over = b.load > b.available;
    if (b.load > 0) {
      const bucket = `${unit === "period" ? `${text.col.period} ` : ""}${label(b)}`;
      // the orders of an overloaded bucket are listed under "What to act on", not repeated here
      const title = text.barTitle(bucket, formatHours(b.load), formatHours(b.available), formatPercent(b.utilization));
      const h = (b.load / scale) * PLOT;
      parts.push(
        `<rect class="bar${over ? " overload" : ""}" x="${r(x0 + (slot - bar) / 2)}" y="${r(TOP + PLOT - h)}" width="${r(bar)}" height="${r(h)}"><title>${escapeHtml(title)}</title></rect>`,
      );
    }
    if (k % every === 0) {
      const shown = unit === "period" ? label(b) : label(b).slice(5);
      parts.push(`<text class="xlabel" x="${r(x0 + slot / 2)}" y="${TOP + PLOT + 16}">${escapeHtml(shown)}</text>`);
    }
    const ya = r(y(b.available));
    step += k === 0 ? `M${r(x0)} ${ya}H${r(x0 + slot)}` : `V${ya}H${r(x0 + slot)}`;
  });
  if (n > 0) parts.push(`<path class="available" d="${step}"><title>${escapeHtml(text.legend.available)}</title></path>`);
  const count = wc.overloads.length;
  const caption =
    `<figcaption><span class="wc-id">${escapeHtml(wc.id)}</span>` +
    (name !== undefined ? ` <span class="wc-name">${escapeHtml(name)}</span>` : "") +
    ` <span class="meta">${escapeHtml(text.peak)} ${formatPercent(wc.peakUtilization)} · ${escapeHtml(text.overloadedBuckets(count))}</span></figcaption>`;
  const svg =
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMinYMin meet" role="img" aria-label="${escapeHtml(text.chartLabel(wc.id))}">` +
    parts.join("") +
    `</svg>`;
  return `<figure class="wc${count > 0 ? " overloaded" : ""}" data-wc="${escapeHtml(wc.id)}">${caption}${svg}</figure>`;
}

/** Coordinates to two decimals, so the markup stays short and stable. */
function r(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * The inline style sheet of the HTML report (its script is in `reportScript.ts`). Never exported
 * from the package.
 */

/** The report's style sheet: system fonts only, nothing fetched. */
export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --head: #f3f5f7; --accent: #2f6fab;
  --bar: #4a84c4; --over: #d64545; --neg: #c62828; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: var(--ink); background: #fff; }
header.top { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
header.top p { margin: 2px 0; color: var(--muted); }
nav.sections { display: flex; gap: 16px; padding: 8px 24px; border-bottom: 1px solid var(--line); background: var(--head); position: sticky; top: 0; z-index: 3; }
nav.sections a { color: var(--accent); text-decoration: none; font-weight: 600; }
main { padding: 8px 24px 48px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
h3 { font-size: 15px; margin: 0 0 6px; }
.meta, .hint { color: var(--muted); font-weight: normal; font-size: 13px; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.stats b { font-size: 18px; display: block; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; border: 1px solid var(--line); white-space: nowrap; }
thead th { background: var(--head); font-weight: 600; }
.num, table.mrp td { text-align: right; font-variant-numeric: tabular-nums; }
table.mrp th.row-head { position: sticky; left: 0; z-index: 1; background: var(--head); text-align: left; min-width: 190px; }
table.mrp td.neg { color: var(--neg); font-weight: 600; }
table.mrp td.start { background: #fafbfc; }
table.messages td.msg { white-space: normal; min-width: 320px; }
.scroll { overflow-x: auto; max-width: 100%; }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin: 8px 0 12px; }
.filters input[type=search] { font: inherit; padding: 5px 8px; width: 280px; border: 1px solid #aab4be; border-radius: 4px; }
.grid-layout { display: flex; gap: 20px; align-items: flex-start; }
.grid-layout .items { flex: 1 1 auto; min-width: 0; }
section.item { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; margin-bottom: 6px; }
section.item.open { padding: 10px 12px; margin-bottom: 12px; }
section.item[hidden] { display: none; }
section.item h3 { margin: 0; }
section.item.open h3 { margin-bottom: 6px; }
button.toggle { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: var(--ink); }
button.toggle::before { content: "▸ "; color: var(--muted); }
section.item.open button.toggle::before { content: "▾ "; }
/* off-screen parts skip layout and paint until they scroll into view: a long report opens fast */
section.item { content-visibility: auto; contain-intrinsic-size: auto 30px; }
section.item.open { contain-intrinsic-size: auto 260px; }
.act-block, #messages > .scroll, figure.wc, details.bom-tree { content-visibility: auto; contain-intrinsic-size: auto 300px; }
#act .act-block { margin-bottom: 16px; }
#act h3 { font-size: 15px; margin: 12px 0 4px; }
#act h4 { font-size: 14px; margin: 8px 0 4px; }
table.act { font-size: 13px; }
table.act tr.forecast td { color: var(--muted); font-style: italic; }
time { font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; color: #8a4b00; background: #fff1db; border-radius: 10px; padding: 0 8px; margin-left: 6px; }
.orders { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button.order { font: inherit; font-size: 13px; border: 1px solid #9fb8d3; background: #eef4fb; color: #17456f; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
button.order:hover, button.order.selected { background: #d5e5f6; border-color: var(--accent); }
button.order.firm { border-style: dashed; }
aside.pegging { position: sticky; top: 48px; flex: 0 0 360px; max-height: calc(100vh - 64px); overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fbfcfd; }
aside.pegging h2 { margin-top: 0; }
ul.tree { list-style: none; margin: 0; padding-left: 16px; }
ul.tree > li { position: relative; margin: 2px 0; }
ul.tree > li::before { content: "└"; position: absolute; left: -14px; color: #9aa5b1; }
.peg-demand { font-weight: 600; color: #0b6b3a; }
.bom-tree ul { list-style: none; padding-left: 18px; margin: 0; }
.bom-tree li { margin: 1px 0; }
.bom-tree summary { cursor: pointer; }
.bom-tree .leaf { padding-left: 16px; display: inline-block; }
.phantom-tag { font-size: 11px; color: #6b4fa0; border: 1px dashed #6b4fa0; border-radius: 3px; padding: 0 4px; margin-left: 4px; }
figure.wc { margin: 0 0 24px; width: 100%; }
svg.chart { display: block; width: 100%; height: auto; }
figure.wc figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart .bar { fill: var(--bar); }
svg.chart .bar.overload { fill: var(--over); }
svg.chart .available { fill: none; stroke: #1f2933; stroke-width: 2; stroke-dasharray: 6 3; }
svg.chart .axis { stroke: #7b8794; }
svg.chart .grid { stroke: var(--line); }
svg.chart text { font-size: 11px; fill: var(--muted); }
svg.chart .xlabel { text-anchor: middle; }
svg.chart .ylabel { text-anchor: end; }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); margin-bottom: 8px; }
.legend i { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; }
.legend i.l-bar { background: var(--bar); } .legend i.l-over { background: var(--over); }
.legend i.l-avail { height: 0; border-top: 2px dashed #1f2933; width: 18px; vertical-align: 3px; }
table.overloads { margin-top: 4px; font-size: 13px; }
@media (max-width: 900px) { .grid-layout { flex-direction: column; } aside.pegging { position: static; width: 100%; flex-basis: auto; } }
@media print { nav.sections, .filters { display: none; } aside.pegging { position: static; } section.item, .act-block, #messages > .scroll, figure.wc, details.bom-tree { content-visibility: visible; } }
`;

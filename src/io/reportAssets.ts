/**
 * The inline style sheet and script of the HTML report. The script reads the plan data from the
 * `<script type="application/json" id="report-data">` element and builds every text node with
 * `textContent`, never `innerHTML`, so ids stay data. Never exported from the package.
 */

/** The report's style sheet: system fonts only, nothing fetched. */
export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --head: #f3f5f7; --accent: #2f6fab;
  --bar: #4a84c4; --over: #d64545; --neg: #c62828; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
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
section.item { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin-bottom: 12px; }
section.item[hidden] { display: none; }
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
figure.wc { margin: 0 0 20px; }
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
@media print { nav.sections, .filters { display: none; } aside.pegging { position: static; } }
`;

/**
 * The report's script: the grid filter (search by item id or name, only items with action
 * messages) and the pegging panel (click a planned order: its direct pegs and the tree of order
 * paths up to the independent demands). Iterative, like the library.
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var orders = new Map(data.orders);
  var demands = new Map(data.demands);
  var unit = data.unit;
  var search = document.getElementById("search");
  var only = document.getElementById("only-messages");
  var count = document.getElementById("visible-count");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.item"));

  function filter() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    sections.forEach(function (s) {
      var id = s.getAttribute("data-id").toLowerCase();
      var name = (s.getAttribute("data-name") || "").toLowerCase();
      var ok = (q === "" || id.indexOf(q) >= 0 || name.indexOf(q) >= 0) && (!only.checked || s.getAttribute("data-messages") !== "0");
      s.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + " of " + sections.length + " items shown";
  }
  search.addEventListener("input", filter);
  only.addEventListener("change", filter);
  filter();

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function when(d) { return unit === "period" ? "period " + d : String(d); }
  // attributes (customer, priority ...) as "key: value" pairs; their keys come sorted
  function attrText(a) {
    if (!a) return "";
    var keys = Object.keys(a);
    return keys.length === 0 ? "" : " [" + keys.map(function (k) { return k + ": " + String(a[k]); }).join(", ") + "]";
  }
  function orderText(id) {
    var o = orders.get(id);
    if (!o) return id;
    return id + " · " + o.quantity + " " + o.item + ", release " + when(o.release) + ", due " + when(o.due) + (o.firm ? " (firm)" : "") + attrText(o.attributes);
  }
  function demandText(id, item, qty) {
    var d = demands.get(id);
    var head = d ? id + " · " + d.kind + " for " + d.quantity + " " + d.item + " due " + when(d.due) + attrText(d.attributes) : id + " of " + item;
    return head + " — serves " + qty;
  }

  var body = document.getElementById("pegging-body");
  var panel = document.getElementById("pegging");
  function showPegging(id) {
    var o = orders.get(id);
    if (!o) return;
    document.querySelectorAll("button.order.selected").forEach(function (b) { b.classList.remove("selected"); });
    document.querySelectorAll("button.order").forEach(function (b) { if (b.getAttribute("data-order") === id) b.classList.add("selected"); });
    panel.setAttribute("data-order", id);
    body.textContent = "";
    body.appendChild(el("h3", "peg-order", orderText(id)));
    body.appendChild(el("p", "meta", "Covers these requirements (first due, first covered):"));
    var direct = el("ul", "direct");
    o.pegging.forEach(function (p) {
      direct.appendChild(el("li", "", p.source + " due " + when(p.date) + ": " + p.quantity));
    });
    if (o.pegging.length === 0) direct.appendChild(el("li", "meta", "nothing: no requirement is pegged to it"));
    body.appendChild(direct);
    body.appendChild(el("p", "meta", "Up to the independent demands:"));
    // merge the paths into a tree: order nodes keyed by id, demand leaves summed
    var root = { kids: new Map(), label: orderText(id), demand: false };
    o.demands.forEach(function (d) {
      var node = root;
      for (var k = 1; k < d.path.length; k++) {
        var key = "o:" + d.path[k];
        var next = node.kids.get(key);
        if (!next) { next = { kids: new Map(), label: orderText(d.path[k]), demand: false }; node.kids.set(key, next); }
        node = next;
      }
      var leafKey = "d:" + d.demand;
      var leaf = node.kids.get(leafKey);
      if (!leaf) { leaf = { kids: new Map(), id: d.demand, item: d.item, qty: 0, demand: true }; node.kids.set(leafKey, leaf); }
      leaf.qty = Math.round((leaf.qty + d.quantity) * 1e6) / 1e6;
    });
    var top = el("ul", "tree peg-tree");
    var stack = [[root, top]];
    while (stack.length > 0) {
      var pair = stack.pop();
      var li = el("li", pair[0].demand ? "peg-demand" : "peg-node", pair[0].demand ? demandText(pair[0].id, pair[0].item, pair[0].qty) : pair[0].label);
      pair[1].appendChild(li);
      if (pair[0].kids.size > 0) {
        var ul = el("ul", "tree");
        li.appendChild(ul);
        var kids = Array.from(pair[0].kids.values());
        for (var i = kids.length - 1; i >= 0; i--) stack.push([kids[i], ul]);
      }
    }
    body.appendChild(top);
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    var b = t && t.closest ? t.closest("button[data-order]") : null;
    if (b) showPegging(b.getAttribute("data-order"));
  });
})();
`;

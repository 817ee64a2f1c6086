/**
 * The report page's script, as written: readable, checked by hand. The page carries its minified
 * form (`reportScriptMin.ts`, made from this text by `npm run report-script`; a test keeps the two
 * in step), so a report and a bundle that renders one are not the larger for its comments and
 * indentation.
 */

/**
 * The report's script. It reads the data element once, then: lists the items (search by id or
 * name, only items with action messages; the first 200 at once, the rest in chunks of 400
 * between frames, `body[data-ready]` once all are listed), builds an item's MRP grid when the item is opened
 * (all items open at load in small models), and fills the pegging panel when an order is
 * clicked, walking the pegs up to the independent demands as `pegToDemands` does. In a model
 * with locations, the `#location` select shows one location's items and hides the other
 * locations' rows (`tr[data-loc]`) of the worklists and messages; orders say how they are
 * supplied (kind, source, supplier, shipping location). Shares of a
 * demand of an item with whole quantities are shown as whole numbers. Iterative, like the
 * library; text only through `textContent`.
 */
export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var T = data.t;
  var unit = data.unit;
  var items = data.items;
  var orders = data.orders;
  var far = new Map(data.far);
  var demandIds = data.demands.map(function (d) { return d[0]; });
  var demands = new Map(data.demands);
  var nItems = items.id.length;
  var firmAttr = new Map(orders.attr);
  var started = new Map(orders.start || []);
  // supply networks: the locations, each item's location, how orders are supplied, the filter
  var locs = data.locs || null;
  var sup = new Map((orders.sup || []).map(function (x) { return [x[0], x]; }));
  var locSel = document.getElementById("location");
  function supplyText(o) {
    var x = sup.get(o);
    if (!x) return "";
    var parts = [T["supply_" + x[1]] || x[1]];
    if (x[2]) parts.push(x[2]);
    if (x[3]) parts.push(T.supplier + " " + x[3]);
    if (x[4]) parts.push(T.shipFrom + " " + x[4]);
    return " · " + parts.join(" · ");
  }
  function inLocation(i) { return !locSel || locSel.value === "" || locs[items.loc[i]][0] === locSel.value; }
  var FIRST_ITEMS = 200;
  var MORE_ITEMS = 400;

  function fmt(s) {
    var args = arguments;
    return s.replace(/\\{(\\d)\\}/g, function (m, k) { return String(args[Number(k) + 1]); });
  }
  function num(n) { return String(n === 0 ? 0 : n); }
  // " (started for 22)" for an order started for more than it receives, else nothing
  function startText(o) { return started.has(o) ? " (" + fmt(T.started, num(started.get(o))) + ")" : ""; }
  function label(t) {
    if (unit === "period") return t + 1;
    return t >= 0 && t < data.ticks.length ? data.ticks[t] : far.get(t);
  }
  function when(d) { return unit === "period" ? fmt(T.period, d) : String(d); }
  function orderId(o) {
    var id = orders.id[o];
    if (typeof id === "string") return id;
    return items.id[orders.item[o]] + (id > 0 ? "#" + id : "~" + (-id));
  }
  var orderIndex = null;
  // where two orders share an id, the order of the item the id names wins (as in pegToDemands)
  function namedItem(id) {
    var cut = Math.max(id.lastIndexOf("#"), id.lastIndexOf("~"));
    return cut > 0 ? id.slice(0, cut) : undefined;
  }
  function findOrder(id) {
    if (orderIndex === null) {
      orderIndex = new Map();
      for (var o = 0; o < orders.id.length; o++) {
        var k = orderId(o);
        var prev = orderIndex.get(k);
        if (prev === undefined) orderIndex.set(k, o);
        else if (namedItem(k) === items.id[orders.item[o]] && items.id[orders.item[prev]] !== items.id[orders.item[o]]) orderIndex.set(k, o);
      }
    }
    return orderIndex.get(id);
  }
  var ordersOf = [];
  for (var o = 0; o < orders.id.length; o++) {
    var list = ordersOf[orders.item[o]];
    if (!list) ordersOf[orders.item[o]] = list = [];
    if (orders.id[o] === null || (typeof orders.id[o] === "number" && orders.id[o] < 0)) continue;
    list.push(o);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // ---- the item list
  var search = document.getElementById("search");
  var only = document.getElementById("only-messages");
  var count = document.getElementById("visible-count");
  var holder = document.getElementById("items");
  var sections = [];
  var lowered = [];
  for (var i = 0; i < nItems; i++) lowered.push([items.id[i].toLowerCase(), (items.name[i] || "").toLowerCase()]);
  function matches(i, q) {
    return (q === "" || lowered[i][0].indexOf(q) >= 0 || lowered[i][1].indexOf(q) >= 0) && (!only.checked || items.msgs[i] > 0) && inLocation(i);
  }
  function makeSection(i) {
    var s = el("section", "item");
    s.id = "item-" + i;
    s.setAttribute("data-id", items.id[i]);
    s.setAttribute("data-messages", String(items.msgs[i]));
    if (locs) s.setAttribute("data-loc", locs[items.loc[i]][0]);
    var h = el("h3");
    var toggle = el("button", "toggle", "");
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    toggle.title = T.open;
    toggle.setAttribute("data-item", String(i));
    toggle.appendChild(el("span", "item-id", items.id[i]));
    if (items.name[i] !== null) { toggle.appendChild(document.createTextNode(" ")); toggle.appendChild(el("span", "item-name", items.name[i])); }
    h.appendChild(toggle);
    if (items.msgs[i] > 0) {
      var badge = el("a", "badge", items.msgs[i] === 1 ? T.messages1 : fmt(T.messagesN, items.msgs[i]));
      badge.href = "#messages";
      h.appendChild(badge);
    }
    var source = items.source[i].split("/").map(function (k) { return T[k] || k; }).join("/");
    var facts = [fmt(T.lowLevelCode, items.llc[i]), source, fmt(T.leadTime, items.lt[i])];
    if (locs && locs[items.loc[i]][1] !== null) facts.unshift(locs[items.loc[i]][1]);
    if (items.ss[i] > 0) facts.push(fmt(T.safetyStock, num(items.ss[i])));
    facts.push(fmt(T.lot, items.lot[i]), items.uom[i]);
    h.appendChild(document.createTextNode(" "));
    h.appendChild(el("span", "meta", facts.join(" · ")));
    s.appendChild(h);
    return s;
  }
  // the list is built in chunks: the first items at once, the rest between the browser's frames,
  // so a long list does not hold the page back; a section is filtered as it is made
  function buildUpTo(n) {
    var q = search.value.trim().toLowerCase();
    var frag = document.createDocumentFragment();
    for (var i = sections.length; i < n && i < nItems; i++) {
      var s = makeSection(i);
      s.hidden = !matches(i, q);
      sections.push(s);
      frag.appendChild(s);
    }
    holder.appendChild(frag);
  }

  function filter() {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < nItems; i++) {
      var ok = matches(i, q);
      if (i < sections.length) sections[i].hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = fmt(T.shown, shown, nItems);
  }
  search.addEventListener("input", filter);
  only.addEventListener("change", filter);
  // the location filter also hides the rows of other locations in the worklists and messages
  function filterRows() {
    var v = locSel.value;
    document.querySelectorAll("tr[data-loc]").forEach(function (tr) { tr.hidden = v !== "" && tr.getAttribute("data-loc") !== v; });
  }
  if (locSel) locSel.addEventListener("change", function () { filter(); filterRows(); });
  filter();

  // ---- an item's grid, built when it is opened
  var headRow = document.getElementById("grid-head").content;
  var rowClasses = ["grossRequirements", "scheduledReceipts", "projectedOnHand", "netRequirements", "plannedOrderReceipts", "plannedOrderReleases"];
  var rowLabels = JSON.parse(document.getElementById("grid-head").getAttribute("data-rows"));
  function buildGrid(i) {
    var nb = data.buckets.length;
    var wrap = el("div", "body");
    var scroll = el("div", "scroll");
    var table = el("table", "mrp");
    table.appendChild(document.importNode(headRow, true));
    var body = el("tbody");
    var rows = data.rec[i];
    for (var r = 0; r < 6; r++) {
      var cells = new Array(nb);
      var enc = rows[r];
      if (r === 2) {
        var v = items.start[i], at = 0;
        for (var k = 0; k < nb; k++) {
          if (at < enc.length && enc[at] === k) { v = enc[at + 1]; at += 2; }
          cells[k] = v;
        }
      } else {
        for (var k2 = 0; k2 < nb; k2++) cells[k2] = 0;
        for (var a = 0; a < enc.length; a += 2) cells[enc[a]] = enc[a + 1];
      }
      var tr = el("tr", "row-" + rowClasses[r]);
      tr.appendChild(el("th", "row-head", rowLabels[r]));
      var start = el("td", "start", r === 2 ? num(items.start[i]) : "");
      if (r === 2 && items.start[i] < 0) start.className = "start neg";
      tr.appendChild(start);
      for (var b = 0; b < nb; b++) {
        var c = cells[b];
        var td = el("td", r === 2 && c < 0 ? "neg" : "", r === 2 || c !== 0 ? num(c) : "");
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    scroll.appendChild(table);
    wrap.appendChild(scroll);
    var mine = ordersOf[i] || [];
    if (mine.length > 0) {
      var bar = el("div", "orders");
      bar.appendChild(el("span", "meta", T.ordersHint));
      mine.forEach(function (o) {
        var id = orderId(o);
        var btn = el("button", "order" + (orders.firm[o] ? " firm" : ""), id + " · " + num(orders.qty[o]) + startText(o) + " " + T.due + " " + String(label(orders.due[o])) + supplyText(o));
        btn.type = "button";
        btn.setAttribute("data-order", id);
        btn.title = T.release + " " + when(label(orders.rel[o])) + ", " + T.due + " " + when(label(orders.due[o]));
        bar.appendChild(btn);
      });
      wrap.appendChild(bar);
    }
    return wrap;
  }
  function setOpen(i, open) {
    var s = sections[i];
    var body = s.querySelector(".body");
    if (open && !body) s.appendChild(buildGrid(i));
    else if (!open && body) s.removeChild(body);
    s.classList.toggle("open", open);
    s.querySelector("button.toggle").setAttribute("aria-expanded", open ? "true" : "false");
  }
  buildUpTo(FIRST_ITEMS);
  if (data.openAll) for (var j = 0; j < nItems; j++) setOpen(j, true);
  function openFromHash() {
    var m = /^#item-(\\d+)$/.exec(location.hash);
    if (!m) return;
    var k = Number(m[1]);
    if (k >= 0 && k < nItems) {
      buildUpTo(k + 1);
      if (sections[k].hidden) {
        search.value = "";
        only.checked = false;
        if (locSel) { locSel.value = ""; filterRows(); }
        filter();
      }
      setOpen(k, true);
      sections[k].scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();

  // ---- pegging
  function attrText(a) {
    if (!a) return "";
    var keys = Object.keys(a);
    return keys.length === 0 ? "" : " [" + keys.map(function (k) { return k + ": " + String(a[k]); }).join(", ") + "]";
  }
  function orderText(o) {
    return orderId(o) + " · " + num(orders.qty[o]) + startText(o) + " " + items.id[orders.item[o]] + ", " + T.release + " " + when(label(orders.rel[o])) + ", " + T.due + " " + when(label(orders.due[o])) + supplyText(o) + (orders.firm[o] ? " (" + T.firm + ")" : "") + attrText(firmAttr.get(o));
  }
  function clean(x) { var r = Math.round(Math.abs(x) * 1e9) / 1e9; return x < 0 ? -r : r; }
  var itemSlot = new Map(items.id.map(function (id, k) { return [id, k]; }));
  function shareText(qty, item) {
    var k = itemSlot.get(item);
    if (k === undefined || !items.whole[k]) return num(qty);
    var w = Math.round(qty);
    return w === 0 && qty > 0 ? T.lessThanOne : num(w);
  }
  function demandText(id, item, qty) {
    var d = demands.get(id);
    var head = d ? id + " · " + (T["kind_" + d.kind] || d.kind) + " " + T.for + " " + num(d.quantity) + " " + d.item + " " + T.due + " " + when(d.due) + attrText(d.attributes) : (T[id] || id) + " " + T.of + " " + item;
    return head.replace(/  +/g, " ") + " — " + T.serves + " " + shareText(qty, item);
  }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  // the demands an order serves, one entry per path, as pegToDemands gives them
  function toDemands(start) {
    var out = [];
    var stack = [{ o: start, q: orders.qty[start], path: [start] }];
    while (stack.length > 0) {
      var s = stack.pop();
      var total = orders.qty[s.o];
      var share = total > 0 ? s.q / total : 0;
      var item = items.id[orders.item[s.o]];
      var pegs = orders.peg[s.o];
      for (var p = 0; p < pegs.length; p += 4) {
        var target = pegs[p];
        var pq = pegs[p + 2] * share;
        if (target === -1 || target === -2 || target === -3) {
          out.push({ demand: target === -1 ? "safety-stock" : target === -2 ? "allocated" : "min-max", item: item, quantity: clean(pq), path: s.path });
        } else if (target <= -4) {
          var d = data.demands[-4 - target];
          out.push({ demand: d[0], item: d[1].item, quantity: clean(pq), path: s.path });
        } else {
          var req = pegs[p + 3];
          var parentShare = req > 0 ? (pq / req) * orders.qty[target] : 0;
          stack.push({ o: target, q: parentShare, path: s.path.concat([target]) });
        }
      }
    }
    var keyed = out.map(function (x) { return { x: x, key: x.path.map(orderId).join("\\u0000") }; });
    keyed.sort(function (a, b) { return cmp(a.x.demand, b.x.demand) || cmp(a.key, b.key); });
    return keyed.map(function (k) { return k.x; });
  }

  var pegBody = document.getElementById("pegging-body");
  var panel = document.getElementById("pegging");
  function showPegging(id) {
    var o = findOrder(id);
    if (o === undefined) return;
    document.querySelectorAll("button.order.selected").forEach(function (b) { b.classList.remove("selected"); });
    document.querySelectorAll("button.order").forEach(function (b) { if (b.getAttribute("data-order") === id) b.classList.add("selected"); });
    panel.setAttribute("data-order", id);
    pegBody.textContent = "";
    pegBody.appendChild(el("h3", "peg-order", orderText(o)));
    pegBody.appendChild(el("p", "meta", T.covers));
    var direct = el("ul", "direct");
    var pegs = orders.peg[o];
    for (var p = 0; p < pegs.length; p += 4) {
      var target = pegs[p];
      var src = target >= 0 ? orderId(target) : target <= -4 ? demandIds[-4 - target] : target === -1 ? "safety-stock" : target === -2 ? "allocated" : "min-max";
      direct.appendChild(el("li", "", src + " " + T.due + " " + when(label(pegs[p + 1])) + ": " + num(pegs[p + 2])));
    }
    if (pegs.length === 0) direct.appendChild(el("li", "meta", T.nothing));
    pegBody.appendChild(direct);
    pegBody.appendChild(el("p", "meta", T.upTo));
    // merge the paths into a tree: order nodes keyed by id, demand leaves summed
    var root = { kids: new Map(), label: orderText(o), demand: false };
    toDemands(o).forEach(function (d) {
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
      if (pair[0].demand) li.title = num(pair[0].qty);
      pair[1].appendChild(li);
      if (pair[0].kids.size > 0) {
        var ul = el("ul", "tree");
        li.appendChild(ul);
        var kids = Array.from(pair[0].kids.values());
        for (var i = kids.length - 1; i >= 0; i--) stack.push([kids[i], ul]);
      }
    }
    pegBody.appendChild(top);
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    var b = t && t.closest ? t.closest("button[data-order]") : null;
    if (b) { showPegging(b.getAttribute("data-order")); return; }
    var g = t && t.closest ? t.closest("button.toggle[data-item]") : null;
    if (g) { var k = Number(g.getAttribute("data-item")); setOpen(k, !sections[k].classList.contains("open")); }
  });
  // ---- BOM trees, built when opened: lines are [level, item, quantity per, extended quantity, phantom]
  function buildTree(details) {
    var entry = data.bom[Number(details.getAttribute("data-bom"))];
    var end = items.id[entry[0]];
    var flat = entry[1];
    var rootUl = el("ul");
    var stack = [rootUl];
    for (var p = 0; p < flat.length; p += 5) {
      var level = flat[p], k = flat[p + 1], per = flat[p + 2], qty = flat[p + 3], phantom = flat[p + 4];
      stack.length = level;
      var parent = stack[level - 1];
      var labelEl = el("span");
      labelEl.appendChild(el("span", "bom-item", items.id[k]));
      if (items.name[k] !== null) { labelEl.appendChild(document.createTextNode(" ")); labelEl.appendChild(el("span", "meta", items.name[k])); }
      labelEl.appendChild(document.createTextNode(" "));
      labelEl.appendChild(el("span", "meta", "× " + num(per) + (qty !== per ? " (" + num(qty) + " " + T.per + " " + end + ")" : "")));
      if (phantom) labelEl.appendChild(el("span", "phantom-tag", T.phantom));
      var li = el("li");
      var hasKids = p + 5 < flat.length && flat[p + 5] > level;
      if (hasKids) {
        var d = el("details");
        d.open = true;
        var sum = el("summary");
        while (labelEl.firstChild) sum.appendChild(labelEl.firstChild);
        d.appendChild(sum);
        var ul = el("ul");
        d.appendChild(ul);
        li.appendChild(d);
        stack.push(ul);
      } else {
        labelEl.className = "leaf";
        li.appendChild(labelEl);
      }
      parent.appendChild(li);
    }
    details.appendChild(rootUl);
  }
  document.querySelectorAll("details.bom-tree").forEach(function (d) {
    if (d.open) buildTree(d);
    else d.addEventListener("toggle", function once() { if (d.open) { d.removeEventListener("toggle", once); buildTree(d); } });
  });
  // the rest of the list; the page says it is ready when every item is listed
  function more() {
    buildUpTo(sections.length + MORE_ITEMS);
    if (sections.length < nItems) setTimeout(more, 0);
    else document.body.setAttribute("data-ready", "true");
  }
  if (sections.length < nItems) setTimeout(more, 0);
  else document.body.setAttribute("data-ready", "true");
})();
`;

/**
 * The page script of examples/browser/index.html: plans the model pasted into the text area (or
 * dropped onto the page) and shows each item's MRP grid. `npm run example:browser` bundles it with
 * esbuild into dist/app.js; it imports `mrpkit` as any web application would.
 */
import { defineModel, itemRecords, plan, planSummary, MrpError } from "mrpkit";

const $ = (id) => document.getElementById(id);

/** The six rows of the grid, in the classic order. */
const ROWS = [
  ["grossRequirements", "Gross requirements"],
  ["scheduledReceipts", "Scheduled receipts"],
  ["projectedOnHand", "Projected on hand"],
  ["netRequirements", "Net requirements"],
  ["plannedOrderReceipts", "Planned order receipts"],
  ["plannedOrderReleases", "Planned order releases"],
];

/** A table cell holding `text` (text, never markup). */
function cell(tag, text) {
  const c = document.createElement(tag);
  c.textContent = text;
  return c;
}

/** One item's MRP grid as a table. */
function gridOf(result, item) {
  const records = itemRecords(result, item.id);
  const table = document.createElement("table");
  table.dataset.item = item.id;
  table.append(cell("caption", item.name ? `${item.id} — ${item.name}` : item.id));
  const head = document.createElement("tr");
  head.append(cell("th", "Period"), ...records.map((r) => cell("th", String(r.period ?? r.start))));
  table.append(head);
  for (const [key, label] of ROWS) {
    const row = document.createElement("tr");
    // as in the classic grid, zero is left blank except on hand
    row.append(cell("th", label), ...records.map((r) => cell("td", r[key] === 0 && key !== "projectedOnHand" ? "" : String(r[key]))));
    table.append(row);
  }
  return table;
}

function planText(text) {
  $("error").textContent = "";
  $("grid").replaceChildren();
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    $("error").textContent = `Not JSON: ${e.message}`;
    $("status").textContent = "";
    return;
  }
  try {
    const model = defineModel(input);
    const result = plan(model);
    const summary = planSummary(result);
    const messages = Object.values(summary.exceptions).reduce((a, b) => a + b, 0);
    $("status").textContent = `${summary.items} items, ${summary.plannedOrders} planned orders, ${messages} action messages`;
    $("grid").append(...model.data.items.map((item) => gridOf(result, item)));
  } catch (e) {
    // a ModelError lists every problem with its JSON path
    $("error").textContent = e instanceof MrpError ? e.message : String(e);
    $("status").textContent = "";
  }
}

$("plan").addEventListener("click", () => planText($("model").value));
const drop = $("drop");
document.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
document.addEventListener("dragleave", () => drop.classList.remove("over"));
document.addEventListener("drop", async (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const file = e.dataTransfer?.files[0];
  if (file === undefined) return;
  const text = await file.text();
  $("model").value = text;
  planText(text);
});

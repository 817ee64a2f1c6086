/**
 * One use of the packed package, run the same way in Chromium (from a bundle) and in Node (from
 * the installed package) by tests/browser/bundle.test.ts, which compares the two results. `m` holds
 * the functions imported from "mrpkit"; `inputs` the example files as text.
 */
export function run(m, inputs) {
  const bicycle = m.plan(m.defineModel(JSON.parse(inputs.bicycle)));
  const csv = m.importCsv(
    {
      items: { file: "items.csv", text: inputs.items },
      bom: { file: "bom.csv", text: inputs.bom },
      routings: { file: "routings.csv", text: inputs.routings },
      workCenters: { file: "work-centers.csv", text: inputs.workCenters },
      stock: { file: "stock.csv", text: inputs.stock },
      receipts: { file: "receipts.csv", text: inputs.receipts },
      demands: { file: "demands.csv", text: inputs.demands },
    },
    { calendar: { unit: "period", periods: 8 } },
  );
  const chairs = m.plan(m.defineModel(csv));
  const book = m.definePriceBook(JSON.parse(inputs.book));
  const list = m.quote(book, { sku: "ERP-STD", quantity: 6, channel: "list", date: "2026-03-01" });
  const oem = m.quote(book, { sku: "ERP-STD", quantity: 3, channel: "oem", region: "CN-ZJ-HZ", date: "2026-03-01" });
  const orders = (r) => r.plannedOrders.map((o) => [o.id, o.item, o.quantity, o.release, o.due]);
  return {
    bicycle: { orders: orders(bicycle), summary: JSON.parse(JSON.stringify(m.planSummary(bicycle))) },
    chairs: { itemCount: csv.items.length, orders: orders(chairs) },
    report: m.renderReport(bicycle, { title: "Bicycle plan", generated: "2026-06-01" }),
    quotes: [JSON.parse(JSON.stringify(list)), JSON.parse(JSON.stringify(oem))],
  };
}

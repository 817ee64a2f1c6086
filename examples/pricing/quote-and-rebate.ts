/**
 * Quotes, a rebate settlement, a price-protection claim and a territory check on the example price
 * book. Run with `npx tsx examples/pricing/quote-and-rebate.ts` after `npm run build`: it imports
 * `mrpkit`, the built package, as your code would.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkTerritories,
  compilePriceBook,
  definePriceBook,
  claimPriceProtection,
  quote,
  settleRebate,
  findVolumeCliffs,
  type SalesLineInput,
} from "mrpkit";

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const book = definePriceBook(JSON.parse(readFileSync(here("book.json"), "utf8")));
const sales = JSON.parse(readFileSync(here("sales.json"), "utf8")) as SalesLineInput[];
const compiled = compilePriceBook(book);

// List price, volume tiers: 6 units fall in the 6.50 tier.
const list = quote(compiled, { sku: "ERP-STD", quantity: 6, channel: "list", date: "2026-03-01" });
console.log(`list      6 x ERP-STD: ${list.total} ${list.currency}`); // 39.00

// An OEM in Zhejiang: the distributor's regional price (4.50), plus the OEM's 5 % markup.
const oem = quote(compiled, { sku: "ERP-STD", quantity: 3, channel: "oem", region: "CN-ZJ-HZ", date: "2026-03-01" });
console.log(`oem       3 x ERP-STD in CN-ZJ-HZ: ${oem.total}`); // 14.18 (3 x 4.725 = 14.175, half-even)
for (const e of oem.trace) console.log(`  ${e.step}: ${e.reason}`);

// Graduated MES licences.
const mes = quote(compiled, { sku: "MES-PRO", quantity: 150, channel: "agent", date: "2026-03-01" });
console.log(`agent   150 x MES-PRO: ${mes.total}`); // (100 x 12 + 50 x 10) x 0.85 = 1445.00

console.log("volume cliffs of ERP-STD:", JSON.stringify(findVolumeCliffs(compiled, { sku: "ERP-STD", channel: "list", date: "2026-03-01" })));

const rebate = settleRebate(book, "R2026", sales);
console.log(`rebate ${rebate.agreement}: basis ${rebate.basis}, rate ${rebate.rate}, rebate ${rebate.rebate}, accrued ${rebate.accrued}, settlement ${rebate.settlement}`);
console.log("next threshold:", JSON.stringify(rebate.nextThreshold));

const claim = claimPriceProtection(
  book,
  { sku: "ERP-STD", channel: "distributor", effective: "2026-07-01", oldPrice: "4.90", newPrice: "4.20" },
  [
    { sku: "ERP-STD", date: "2026-02-01", quantity: 100 },
    { sku: "ERP-STD", date: "2026-05-10", quantity: 50 },
    { sku: "ERP-STD", date: "2026-06-01", quantity: -70 },
  ],
);
console.log(`price protection: stock ${claim.stock}, bought in window ${claim.boughtInWindow}, claim ${claim.claim}`); // 80, 50, 35.00

const territories = checkTerritories(book, sales);
for (const s of territories.crossTerritory) {
  console.log(`cross-territory: ${s.partner} sold ${s.sku} in ${s.region} on ${s.date} (${s.reason}); held by ${s.holders.join(", ") || "nobody"}`);
}

// Channel-pricing benchmark: a seeded book of 10,000 SKUs × 5 channels × 5 tiers, compiled,
// then quoted in a loop. Prints quotes per second (without and with the trace) and memory.
//
//   npm run build && node bench/pricing.bench.mjs [--seconds 3]
//
// MRPKIT_DIST=path/to/index.js points it at another build of the library.
import { cpus } from "node:os";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const distPath = process.env.MRPKIT_DIST ? pathToFileURL(resolve(process.env.MRPKIT_DIST)).href : new URL("../dist/index.js", import.meta.url).href;
const { definePriceBook, compilePriceBook, quote } = await import(distPath);

const secondsArg = process.argv.indexOf("--seconds");
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 3;

// Deterministic generator (mulberry32), so every run prices the same book and requests.
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(42);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const cents = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;

const SKUS = 10_000;
const channels = [
  { id: "list" },
  { id: "distributor", parent: "list", discount: "0.30" },
  { id: "agent", parent: "list", discount: "0.20" },
  { id: "oem", parent: "distributor", markup: "0.05" },
  { id: "si", parent: "distributor", markup: "0.10" },
];
const prices = [];
for (let i = 0; i < SKUS; i++) {
  for (const c of channels) {
    let upTo = 0;
    let unit = int(1_000, 100_000);
    const tiers = [];
    for (let t = 0; t < 5; t++) {
      upTo += int(1, 20);
      unit = Math.max(1, unit - int(0, 500));
      tiers.push({ upTo: t === 4 ? null : upTo, unitAmount: cents(unit), flatAmount: t === 0 ? "5.00" : "0" });
    }
    prices.push({ sku: `SKU-${String(i).padStart(5, "0")}`, channel: c.id, tiersMode: rnd() < 0.5 ? "volume" : "graduated", tiers });
  }
}
// A second, derived-only book: prices on the root channel only, the other four derive.
const derivedPrices = prices.filter((p) => p.channel === "list");

const requests = [];
for (let i = 0; i < 4096; i++) {
  requests.push({ sku: `SKU-${String(int(0, SKUS - 1)).padStart(5, "0")}`, quantity: int(0, 120), channel: channels[int(0, 4)].id, date: "2026-05-01" });
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

function measure(compiled, options) {
  // Warm up, then run whole passes over the requests for `seconds`.
  for (let i = 0; i < 3; i++) for (const r of requests) quote(compiled, r, options);
  let n = 0;
  let sink = 0;
  const t0 = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < requests.length; i++) sink += quote(compiled, requests[i], options).total.length;
    n += requests.length;
    elapsed = process.hrtime.bigint() - t0;
  }
  if (sink === 0) throw new Error("no work done");
  return Math.round(n / (Number(elapsed) / 1e9));
}

function run(label, priceList) {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const book = definePriceBook({ currency: "USD", rounding: "half-even", channels, prices: priceList });
  const defineMs = performance.now() - t0;
  t0 = performance.now();
  const compiled = compilePriceBook(book);
  const compileMs = performance.now() - t0;
  const noTrace = measure(compiled, { trace: false });
  const withTrace = measure(compiled, { trace: true });
  globalThis.gc?.();
  // The book and its compiled index (with the derived tiers cached by the quotes) are still live here.
  const heap = process.memoryUsage().heapUsed - heap0;
  if (compiled.book !== book) throw new Error("unexpected");
  console.log(
    `${label}: ${priceList.length} prices; define ${defineMs.toFixed(0)} ms, compile ${compileMs.toFixed(0)} ms; ` +
      `${noTrace.toLocaleString("en-US")} quotes/s without trace, ${withTrace.toLocaleString("en-US")} with trace; ` +
      `book + index ${mb(heap)} MB${globalThis.gc ? "" : " (run node --expose-gc for a settled figure)"}`,
  );
}

console.log(`node ${process.version}, ${cpus().length} cpus, ${cpus()[0]?.model ?? "unknown cpu"}; ${seconds} s per measurement`);
run("own price per channel", prices);
run("root price, 4 derived channels", derivedPrices);
console.log(`rss ${mb(process.memoryUsage().rss)} MB`);

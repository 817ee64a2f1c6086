// Two builds of the library quoting the same books in one process, in alternating timed runs, so
// the machine's other load falls on both alike: the books of bench/pricing.bench.mjs (own price
// per channel, and root price with 4 derived channels) and the 100,000-price distributor book of
// bench/pricing-scale.bench.mjs. Prints per book and build the median quotes per wall-clock second
// and per CPU second of the process, without and with the trace.
//
//   npx tsup && node bench/pricing-compare.mjs OLD/index.js dist/index.js [--rounds 5] [--seconds 1]
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { fiveByFive, makeBook, makeRequests, quoteRate } from "./pricing-books.mjs";

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: node bench/pricing-compare.mjs OLD/index.js NEW/index.js [--rounds 5] [--seconds 1]");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = arg("--rounds", 5);
const seconds = arg("--seconds", 1);
const builds = [
  { name: "A", path: a, lib: await import(pathToFileURL(resolve(a)).href) },
  { name: "B", path: b, lib: await import(pathToFileURL(resolve(b)).href) },
];
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
const fmt = (x) => Math.round(x).toLocaleString("en-US");
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

const five = fiveByFive(10_000);
const scaleDoc = makeBook(100_000);
const scaleSkus = scaleDoc.skus;
delete scaleDoc.skus;
const books = [
  { label: "own price per channel, 10,000 × 5 × 5", doc: { currency: "USD", rounding: "half-even", channels: five.channels, prices: five.prices }, requests: five.requests },
  { label: "root price + 4 derived channels", doc: { currency: "USD", rounding: "half-even", channels: five.channels, prices: five.derivedPrices }, requests: five.requests },
  { label: "100,000 prices (pricing-scale)", doc: scaleDoc, requests: makeRequests(scaleSkus, 4096) },
];

console.log(`A = ${a}\nB = ${b}\n${rounds} rounds of ${seconds} s per build and mode, alternating; load average ${load()}`);
for (const book of books) {
  const compiled = builds.map(({ lib }) => lib.compilePriceBook(lib.definePriceBook(book.doc)));
  const results = builds.map(() => ({ plain: [], trace: [] }));
  for (const [k, { lib }] of builds.entries()) {
    // Warm-up: the JIT, and the layouts the requests use.
    quoteRate(lib.quote, compiled[k], book.requests, { trace: false }, 0.5);
    quoteRate(lib.quote, compiled[k], book.requests, { trace: true }, 0.5);
  }
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const { quote } = builds[k].lib;
      results[k].plain.push(quoteRate(quote, compiled[k], book.requests, { trace: false }, seconds));
      results[k].trace.push(quoteRate(quote, compiled[k], book.requests, { trace: true }, seconds));
    }
  }
  console.log(`${book.label} (load average ${load()})`);
  for (const [k, { name }] of builds.entries()) {
    const { plain, trace } = results[k];
    const m = (xs, key) => fmt(median(xs.map((x) => x[key])));
    console.log(`  ${name}: no trace ${m(plain, "wall")}/s, ${m(plain, "cpu")} per CPU s; with trace ${m(trace, "wall")}/s, ${m(trace, "cpu")} per CPU s`);
  }
}

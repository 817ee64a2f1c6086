// Channel-pricing benchmark: a seeded book of 10,000 SKUs × 5 channels × 5 tiers, compiled,
// then quoted in a loop. Warms up, then reports the median (and the range) of several timed runs
// of quotes per second, without and with the trace, and the memory of the book and its index.
//
//   npx tsup && node --expose-gc bench/pricing.bench.mjs [--seconds 1] [--runs 5] [--skus 10000]
//
// MRPKIT_DIST=path/to/index.js points it at another build of the library.
import { cpus, loadavg, availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { fiveByFive, quoteRates } from "./pricing-books.mjs";

const distPath = process.env.MRPKIT_DIST ? pathToFileURL(resolve(process.env.MRPKIT_DIST)).href : new URL("../dist/index.js", import.meta.url).href;
const { definePriceBook, compilePriceBook, quote } = await import(distPath);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("--seconds", 1);
const runs = arg("--runs", 5);
const TARGET = 1_000_000;

// --skus 100 gives a book that fits in the CPU caches, for comparison.
const SKUS = arg("--skus", 10_000);
const { channels, prices, derivedPrices, requests } = fiveByFive(SKUS);

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");

/** Warm-up, then `runs` timed runs over the five-by-five requests. */
const measure = (compiled, options) => quoteRates(quote, compiled, requests, options, seconds, runs);

const describe = (m) => `${fmt(m.median)} (${fmt(m.min)} – ${fmt(m.max)}; ${fmt(m.cpu)} per CPU second)`;

function run(label, priceList) {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
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
  // The JS heap and the backing stores of typed arrays (kept outside the heap by V8).
  const heap = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heap0;
  if (compiled.book !== book) throw new Error("unexpected");
  console.log(`${label}: ${priceList.length} prices; define ${defineMs.toFixed(0)} ms, compile ${compileMs.toFixed(0)} ms; book + index ${mb(heap)} MB${globalThis.gc ? "" : " (run node --expose-gc for a settled figure)"}`);
  console.log(`  quotes/s without trace, median of ${runs}: ${describe(noTrace)}`);
  console.log(`  quotes/s with trace,    median of ${runs}: ${describe(withTrace)}`);
  return noTrace;
}

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1];
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? "unknown cpu";
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`machine: nproc ${availableParallelism()}, ${cpuModel()}, node ${process.version}; load average ${load()}`);
console.log(`${runs} runs of ${seconds} s per measurement after a warm-up; figures: median (min – max of the runs)`);
const main = run("own price per channel", prices);
run("root price, 4 derived channels", derivedPrices);
console.log(`rss ${mb(process.memoryUsage().rss)} MB; load average ${load()}`);
console.log(
  `target ${fmt(TARGET)} quotes/s without trace on the ${SKUS.toLocaleString("en-US")} × 5 × 5 book: ${main.median >= TARGET ? "met" : "not met"} (median ${fmt(main.median)})`,
);

// Price books at scale: seeded books of 100,000 (and, with --million, 1,000,000) prices, mixed as a
// distributor list is: volume and graduated tiers (1 to 5), a channel tree of 20 with derived
// channels, region prices beside prices for every region, two validity windows, a few unit amounts
// finer than the currency. Reports define, compile and first-quote times, the memory after GC (JS
// heap and typed-array backing stores: book + index with the input JSON still alive, and with it
// released), and quotes/s without and with the trace on requests spread over skus, channels,
// regions and dates; define and compile also in CPU time of the process, which the machine's other
// load does not inflate as much.
//
//   npx tsup && node --expose-gc bench/pricing-scale.bench.mjs [--million] [--seconds 1] [--runs 3]
//   node --expose-gc bench/pricing-scale.bench.mjs --prices 250000
//
// MRPKIT_DIST=path/to/index.js points it at another build of the library.
import { availableParallelism, cpus, loadavg } from "node:os";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { channels, makeBook, makeRequests, quoteRates, REGIONS } from "./pricing-books.mjs";

const distPath = process.env.MRPKIT_DIST ? pathToFileURL(resolve(process.env.MRPKIT_DIST)).href : new URL("../dist/index.js", import.meta.url).href;
const { definePriceBook, compilePriceBook, quote, safeQuote } = await import(distPath);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("--seconds", 1);
const runs = arg("--runs", 3);
const sizes = process.argv.includes("--prices") ? [arg("--prices", 100_000)] : process.argv.includes("--million") ? [100_000, 1_000_000] : [100_000];

const fmt = (x) => Math.round(x).toLocaleString("en-US");
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
// The JS heap and the backing stores of typed arrays (which V8 keeps outside the heap).
const gcHeap = () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

const measure = (compiled, requests, options) => quoteRates(quote, compiled, requests, options, seconds, runs);
const describe = (m) => `${fmt(m.median)} (${fmt(m.min)} – ${fmt(m.max)}); per CPU second ${fmt(m.cpu)}`;

/** Quotes every sku in every channel once (no trace), as a long-running service eventually does. */
function quoteEverySku(compiled, skus) {
  let sink = 0;
  for (let i = 0; i < skus; i++) {
    const sku = `SKU-${String(i).padStart(7, "0")}`;
    for (let c = 0; c < channels.length; c++) {
      const region = c % 3 === 0 ? null : REGIONS[(i + c) % REGIONS.length] + (c % 3 === 1 ? "" : "-X1");
      const r = safeQuote(compiled, { sku, quantity: 1 + ((i + c) % 60), channel: channels[c].id, region, date: "2026-05-01" }, { trace: false });
      if (r.success) sink += r.data.total.length;
    }
  }
  if (sink === 0) throw new Error("no work done");
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

function run(n) {
  const base = gcHeap();
  let doc = makeBook(n);
  const skus = doc.skus;
  delete doc.skus;
  const withInput = gcHeap();
  const cpuMs = (c) => (c.user + c.system) / 1000;
  let c0 = process.cpuUsage();
  let t0 = performance.now();
  const book = definePriceBook(doc);
  const defineMs = performance.now() - t0;
  const defineCpu = cpuMs(process.cpuUsage(c0));
  c0 = process.cpuUsage();
  t0 = performance.now();
  const compiled = compilePriceBook(book);
  const compileMs = performance.now() - t0;
  const compileCpu = cpuMs(process.cpuUsage(c0));
  const requests = makeRequests(skus, 4096);
  t0 = performance.now();
  quote(compiled, requests[0], { trace: false });
  const firstMs = performance.now() - t0;
  const held = gcHeap() - withInput;
  doc = null;
  const released = gcHeap() - base;
  const noTrace = measure(compiled, requests, { trace: false });
  const loadNoTrace = load();
  t0 = performance.now();
  quoteEverySku(compiled, skus);
  const everyMs = performance.now() - t0;
  const every = gcHeap() - base;
  const trace = measure(compiled, requests, { trace: true });
  const loadTrace = load();
  const after = gcHeap() - base;
  console.log(`${fmt(book.prices.length)} prices (${fmt(skus)} skus × ${channels.length} channels), load average ${load()}`);
  console.log(`  define ${fmt(defineMs)} ms, compile ${fmt(compileMs)} ms, total ${fmt(defineMs + compileMs)} ms; first quote ${firstMs.toFixed(1)} ms`);
  // CPU time of the process (all its threads, the garbage collector's included): what the work
  // costs when the machine's other load takes the wall clock.
  console.log(`  CPU time: define ${fmt(defineCpu)} ms, compile ${fmt(compileCpu)} ms`);
  console.log(`  input JSON ${mb(withInput - base)} MB; book + index ${mb(held)} MB with the input alive, ${mb(released)} MB with it released (${fmt(released / book.prices.length)} bytes/price); ${mb(after)} MB after the quotes`);
  console.log(`  every sku quoted in every channel (no trace, ${fmt(everyMs)} ms): ${mb(every)} MB (${fmt(every / book.prices.length)} bytes/price)`);
  console.log(`  quotes/s without trace, median of ${runs}: ${describe(noTrace)}; load average ${loadNoTrace}`);
  console.log(`  quotes/s with trace,    median of ${runs}: ${describe(trace)}; load average ${loadTrace}`);
  if (compiled.book !== book) throw new Error("unexpected");
}

console.log(`machine: nproc ${availableParallelism()}, ${cpuModel()}, node ${process.version}; load average ${load()}`);
if (!globalThis.gc) console.log("(run node --expose-gc for settled memory figures)");
for (const n of sizes) run(n);
console.log(`rss ${mb(process.memoryUsage().rss)} MB; load average ${load()}`);

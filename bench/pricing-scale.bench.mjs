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

const distPath = process.env.MRPKIT_DIST ? pathToFileURL(resolve(process.env.MRPKIT_DIST)).href : new URL("../dist/index.js", import.meta.url).href;
const { definePriceBook, compilePriceBook, quote, safeQuote } = await import(distPath);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("--seconds", 1);
const runs = arg("--runs", 3);
const sizes = process.argv.includes("--prices") ? [arg("--prices", 100_000)] : process.argv.includes("--million") ? [100_000, 1_000_000] : [100_000];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 20 channels: a root, 5 discounted distributors under it, 2 marked-up resellers under each.
const channels = [{ id: "list" }];
for (let d = 0; d < 5; d++) {
  channels.push({ id: `dist-${d}`, parent: "list", discount: `0.${20 + d * 2}` });
  for (let r = 0; r < 2; r++) channels.push({ id: `dist-${d}-res-${r}`, parent: `dist-${d}`, markup: `0.0${5 + r * 3}` });
}
channels.push({ id: "agent", parent: "list", discount: "0.15" }, { id: "oem", parent: "agent", markup: "0.05" }, { id: "si", parent: "agent", markup: "0.10" }, { id: "web", parent: "list", discount: "0.05" });
const REGIONS = ["CN", "CN-ZJ", "CN-JS", "CN-SH", "DE", "US-CA"];
const PER_SKU = 20;

/**
 * The book's JSON: per sku 20 prices. 14 channels carry a plain price (for every region, always
 * valid); one channel two validity windows; one a region price and a price for every other
 * region; one a country and a province price over a price for every region; the other channels
 * derive from their parents.
 */
function makeBook(n) {
  const rnd = mulberry32(7);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const money = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  const tiers = () => {
    const count = int(1, 5);
    const out = [];
    let upTo = 0;
    let unit = int(1_000, 100_000);
    for (let t = 0; t < count; t++) {
      upTo += int(1, 50);
      unit = Math.max(1, unit - int(0, 500));
      // 1 in 50 unit amounts has a tenth of a cent (exact decimal path).
      const unitAmount = rnd() < 0.02 ? `${money(unit)}5` : money(unit);
      out.push(t === 0 && rnd() < 0.2 ? { upTo: t === count - 1 ? null : upTo, unitAmount, flatAmount: "5.00" } : { upTo: t === count - 1 ? null : upTo, unitAmount });
    }
    return out;
  };
  const price = (sku, channel, extra = {}) => {
    const t = tiers();
    const mode = rnd() < 0.5 ? "volume" : "graduated";
    return t.length === 1 && rnd() < 0.5 ? { sku, channel, ...extra, unitAmount: t[0].unitAmount } : { sku, channel, ...extra, tiersMode: mode, tiers: t };
  };
  const skus = Math.ceil(n / PER_SKU);
  const prices = [];
  const own = channels.slice(0, 14).map((c) => c.id);
  for (let i = 0; i < skus && prices.length < n; i++) {
    const sku = `SKU-${String(i).padStart(7, "0")}`;
    for (const c of own) prices.push(price(sku, c));
    prices.push(price(sku, "agent", { validTo: "2026-07-01" }), price(sku, "agent", { validFrom: "2026-07-01" }));
    prices.push(price(sku, "web", { region: REGIONS[i % REGIONS.length] }), price(sku, "web"));
    prices.push(price(sku, "oem", { region: "CN" }), price(sku, "oem", { region: "CN-ZJ", validFrom: "2026-03-01" }));
  }
  prices.length = Math.min(prices.length, n);
  // Through JSON text, as a book arrives: a string per occurrence of every sku, channel and date.
  return { ...JSON.parse(JSON.stringify({ currency: "USD", rounding: "half-even", channels, prices })), skus };
}

function makeRequests(skus, count) {
  const rnd = mulberry32(11);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out = [];
  const dates = ["2026-02-01", "2026-05-01", "2026-09-01"];
  for (let i = 0; i < count; i++) {
    const region = rnd() < 0.4 ? REGIONS[int(0, REGIONS.length - 1)] + (rnd() < 0.5 ? "-X1" : "") : null;
    out.push({ sku: `SKU-${String(int(0, skus - 1)).padStart(7, "0")}`, quantity: int(0, 150), channel: channels[int(0, channels.length - 1)].id, region, date: dates[int(0, 2)] });
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
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

function timed(compiled, requests, options, limitSeconds) {
  let n = 0;
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const limit = BigInt(Math.round(limitSeconds * 1e9));
  let elapsed = 0n;
  while (elapsed < limit) {
    for (let i = 0; i < requests.length; i++) sink += quote(compiled, requests[i], options).total.length;
    n += requests.length;
    elapsed = process.hrtime.bigint() - t0;
  }
  if (sink === 0) throw new Error("no work done");
  const c = process.cpuUsage(c0);
  return { wall: n / (Number(elapsed) / 1e9), cpu: n / ((c.user + c.system) / 1e6) };
}

function measure(compiled, requests, options) {
  timed(compiled, requests, options, Math.max(0.5, seconds / 2));
  const all = [];
  for (let r = 0; r < runs; r++) all.push(timed(compiled, requests, options, seconds));
  const wall = all.map((x) => x.wall);
  return { median: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: median(all.map((x) => x.cpu)) };
}
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

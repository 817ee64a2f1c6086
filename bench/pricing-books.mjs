// The seeded price books and requests of the pricing benchmarks, shared by bench/pricing.bench.mjs,
// bench/pricing-scale.bench.mjs and bench/pricing-compare.mjs (so every one prices the same books),
// and the loop they time quotes with.

/** Deterministic generator (mulberry32), so every run prices the same book and requests. */
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The book of bench/pricing.bench.mjs: `skus` SKUs × 5 channels × 5 tiers (half volume, half
 * graduated, a flat amount on the first tier), its derived-only variant (root prices only) and
 * 4,096 requests (random sku, channel, quantity 0 … 120, one date).
 */
export function fiveByFive(skus) {
  const rnd = mulberry32(42);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cents = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;
  const channels = [
    { id: "list" },
    { id: "distributor", parent: "list", discount: "0.30" },
    { id: "agent", parent: "list", discount: "0.20" },
    { id: "oem", parent: "distributor", markup: "0.05" },
    { id: "si", parent: "distributor", markup: "0.10" },
  ];
  const prices = [];
  for (let i = 0; i < skus; i++) {
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
    requests.push({ sku: `SKU-${String(int(0, skus - 1)).padStart(5, "0")}`, quantity: int(0, 120), channel: channels[int(0, 4)].id, date: "2026-05-01" });
  }
  return { channels, prices, derivedPrices, requests };
}

// The distributor books of bench/pricing-scale.bench.mjs.

// 20 channels: a root, 5 discounted distributors under it, 2 marked-up resellers under each.
export const channels = [{ id: "list" }];
for (let d = 0; d < 5; d++) {
  channels.push({ id: `dist-${d}`, parent: "list", discount: `0.${20 + d * 2}` });
  for (let r = 0; r < 2; r++) channels.push({ id: `dist-${d}-res-${r}`, parent: `dist-${d}`, markup: `0.0${5 + r * 3}` });
}
channels.push({ id: "agent", parent: "list", discount: "0.15" }, { id: "oem", parent: "agent", markup: "0.05" }, { id: "si", parent: "agent", markup: "0.10" }, { id: "web", parent: "list", discount: "0.05" });
export const REGIONS = ["CN", "CN-ZJ", "CN-JS", "CN-SH", "DE", "US-CA"];
export const PER_SKU = 20;

/**
 * The book's JSON: per sku 20 prices. 14 channels carry a plain price (for every region, always
 * valid); one channel two validity windows; one a region price and a price for every other
 * region; one a country and a province price over a price for every region; the other channels
 * derive from their parents.
 */
export function makeBook(n) {
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

export function makeRequests(skus, count) {
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

/**
 * One timed run: whole passes of `quote(compiled, request, options)` over `requests` for
 * `seconds`; quotes per wall second and per CPU second of the process.
 */
export function quoteRate(quote, compiled, requests, options, seconds) {
  let n = 0;
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const limit = BigInt(Math.round(seconds * 1e9));
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

/**
 * Warms up (the JIT, and the derived layouts the requests use), then `runs` timed runs of
 * {@link quoteRate}: the median, lowest and highest quotes per wall second, and the median per CPU
 * second.
 */
export function quoteRates(quote, compiled, requests, options, seconds, runs) {
  quoteRate(quote, compiled, requests, options, Math.max(0.5, seconds / 2));
  const all = [];
  for (let r = 0; r < runs; r++) all.push(quoteRate(quote, compiled, requests, options, seconds));
  const wall = all.map((x) => x.wall).sort((a, b) => a - b);
  const cpu = all.map((x) => x.cpu).sort((a, b) => a - b);
  return { median: wall[wall.length >> 1], min: wall[0], max: wall[wall.length - 1], cpu: cpu[cpu.length >> 1] };
}

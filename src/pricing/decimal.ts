/**
 * Exact decimal arithmetic on bigint-scaled integers: a value is `n × 10^-s`.
 *
 * Every money and quantity computation of the pricing module goes through this file (the
 * "calculator" of dinero.js). There is no division except {@link roundDiv}, which rounds
 * explicitly, so every intermediate result is exact. Complexity: each operation is linear in the
 * number of digits. Reference: IEEE 754-2008 decimal rounding-direction attributes.
 *
 * @internal
 */
import type { MoneyRoundingMode } from "./inputTypes.js";

/** An exact decimal value `n × 10^-s` (`s >= 0`). */
export interface Dec {
  readonly n: bigint;
  readonly s: number;
}


/** Every rounding mode, in documentation order. */
export const ROUNDING_MODES: readonly MoneyRoundingMode[] = ["half-even", "half-away-from-zero", "up", "down"];

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 64; i++, p *= 10n) POW10.push(p);

/** 10^k as a bigint. */
export function pow10(k: number): bigint {
  return k <= 64 ? POW10[k]! : 10n ** BigInt(k);
}

/** Zero. */
export const ZERO: Dec = { n: 0n, s: 0 };
/** One. */
export const ONE: Dec = { n: 1n, s: 0 };

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * Parses a plain decimal string (`"7"`, `"-0.25"`, `"6.50"`). No exponent, no `+`, no spaces.
 * Returns undefined for anything else.
 */
export function parseDecimal(text: string): Dec | undefined {
  if (!PLAIN.test(text)) return undefined;
  return parseLoose(text);
}

/**
 * Reads a JSON number by its shortest decimal form (`String(n)`, which may use an exponent:
 * `1e-7`). Returns undefined for NaN and infinities.
 */
export function decimalFromNumber(value: number): Dec | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isSafeInteger(value)) return { n: BigInt(value), s: 0 };
  return parseLoose(String(value));
}

function parseLoose(text: string): Dec | undefined {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const neg = m[1] === "-";
  const frac = m[3] ?? "";
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  let n = BigInt(m[2]! + frac);
  let s = frac.length - exp;
  if (s < 0) {
    n *= pow10(-s);
    s = 0;
  }
  return { n: neg ? -n : n, s };
}

/** Reads a string or a JSON number (see {@link parseDecimal} and {@link decimalFromNumber}). */
export function toDecimal(value: string | number): Dec | undefined {
  return typeof value === "number" ? decimalFromNumber(value) : parseDecimal(value);
}

/** `a` expressed at scale `s` (which must be at least `a.s`). */
export function scaleTo(a: Dec, s: number): bigint {
  return s === a.s ? a.n : a.n * pow10(s - a.s);
}

/** a + b, exact. */
export function add(a: Dec, b: Dec): Dec {
  if (a.s === b.s) return { n: a.n + b.n, s: a.s };
  const s = a.s > b.s ? a.s : b.s;
  return { n: scaleTo(a, s) + scaleTo(b, s), s };
}

/** a − b, exact. */
export function sub(a: Dec, b: Dec): Dec {
  if (a.s === b.s) return { n: a.n - b.n, s: a.s };
  const s = a.s > b.s ? a.s : b.s;
  return { n: scaleTo(a, s) - scaleTo(b, s), s };
}

/** a × b, exact. */
export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, s: a.s + b.s };
}

/** −a. */
export function neg(a: Dec): Dec {
  return { n: -a.n, s: a.s };
}

/** -1, 0 or 1 as a compares with b. */
export function cmp(a: Dec, b: Dec): number {
  const s = a.s > b.s ? a.s : b.s;
  const x = scaleTo(a, s);
  const y = scaleTo(b, s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The smaller of a and b. */
export function min(a: Dec, b: Dec): Dec {
  return cmp(a, b) <= 0 ? a : b;
}

/** The sign of a: -1, 0 or 1. */
export function sign(a: Dec): number {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

/** The same value with trailing fractional zeros removed (`6.50` → `6.5`). */
export function normalize(a: Dec): Dec {
  let { n, s } = a;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s--;
  }
  return s === a.s ? a : { n, s };
}

/**
 * num / den rounded to an integer with `mode`; `den` must be positive. Every mode is symmetric
 * around zero (`roundDiv(-x) === -roundDiv(x)`), so a credit always mirrors its invoice.
 */
export function roundDiv(num: bigint, den: bigint, mode: MoneyRoundingMode): bigint {
  const q = num / den;
  const r = num - q * den;
  if (r === 0n) return q;
  const away = num < 0n ? q - 1n : q + 1n;
  switch (mode) {
    case "down":
      return q;
    case "up":
      return away;
    case "half-away-from-zero": {
      const twice = (r < 0n ? -r : r) * 2n;
      return twice >= den ? away : q;
    }
    case "half-even": {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice > den) return away;
      if (twice < den) return q;
      return q % 2n === 0n ? q : away;
    }
  }
}

/** `a` rounded to `scale` decimals with `mode`, as an integer at that scale. */
export function roundToScale(a: Dec, scale: number, mode: MoneyRoundingMode): bigint {
  if (a.s <= scale) return scaleTo(a, scale);
  return roundDiv(a.n, pow10(a.s - scale), mode);
}

/** `a / b` rounded to `scale` decimals with `mode`, as an integer at that scale; b ≠ 0. */
export function divToScale(a: Dec, b: Dec, scale: number, mode: MoneyRoundingMode): bigint {
  // a/b = (a.n / 10^a.s) / (b.n / 10^b.s); result × 10^scale = a.n × 10^(b.s + scale) / (b.n × 10^a.s)
  let num = a.n * pow10(b.s + scale);
  let den = b.n * pow10(a.s);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  return roundDiv(num, den, mode);
}

/**
 * Formats an integer at `scale` with exactly `scale` decimals: `(4150n, 2)` → `"41.50"`. A Number
 * must be a safe integer (its digits are then exact).
 */
export function formatScaled(n: bigint | number, scale: number): string {
  const negative = n < 0;
  let digits = typeof n === "number" ? digitsOf(negative ? -n : n) : String(negative ? -n : n);
  if (scale > 0) {
    if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
    digits = digits.slice(0, digits.length - scale) + "." + digits.slice(digits.length - scale);
  }
  return negative ? "-" + digits : digits;
}

/**
 * NOTE: the digits of a non-negative safe integer. Numbers above 2^31 are not small integers in
 * V8 and print through the slower double-to-string path, so they are printed in two halves.
 */
function digitsOf(n: number): string {
  if (n < 2147483648) return String(n);
  const hi = Math.floor(n / 1e9);
  const lo = n - hi * 1e9;
  return String(hi) + String(lo).padStart(9, "0");
}

/**
 * Formats the exact value `n × 10^-scale` with at least `minScale` decimals and more only where
 * the value needs them: `(4655n, 3, 2)` → `"4.655"`, `(49000n, 4, 2)` → `"4.90"`.
 */
export function formatExact(n: bigint | number, scale: number, minScale: number): string {
  if (scale <= minScale) {
    return formatScaled(typeof n === "number" ? n * 10 ** (minScale - scale) : n * pow10(minScale - scale), minScale);
  }
  const text = formatScaled(n, scale);
  // Trim trailing zeros of the fraction, keeping at least minScale decimals.
  let end = text.length;
  const keep = text.length - (scale - minScale);
  while (end > keep && text.charCodeAt(end - 1) === 48) end--;
  if (minScale === 0 && end === text.length - scale) end--; // drop the bare "."
  return end === text.length ? text : text.slice(0, end);
}

/** FRACTIONS[s][k]: `"." + k` padded to s digits, for s = 1 … 3. */
const FRACTIONS: readonly (readonly string[])[] = [0, 1, 2, 3].map((s) =>
  s === 0 ? [] : Array.from({ length: 10 ** s }, (_, k) => "." + String(k).padStart(s, "0")),
);
/** String(k) and the same padded to three digits, for k < 1000. */
const DIGITS3: readonly string[] = Array.from({ length: 1000 }, (_, k) => String(k));
const DIGITS3_PADDED: readonly string[] = Array.from({ length: 1000 }, (_, k) => String(k).padStart(3, "0"));

/**
 * NOTE: the digits of an integer 0 <= v < 2^31 from three-digit tables. String(v) looks the
 * number up in V8's number-to-string cache and converts it in the runtime on a miss, which is the
 * common case for the many different amounts of a large book; this is one to three concatenations.
 */
function smallDigits(v: number): string {
  if (v < 1000) return DIGITS3[v]!;
  if (v < 1_000_000) {
    const a = (v / 1000) | 0;
    return DIGITS3[a]! + DIGITS3_PADDED[v - a * 1000]!;
  }
  if (v < 1_000_000_000) {
    const a = (v / 1_000_000) | 0;
    const r = v - a * 1_000_000;
    const b = (r / 1000) | 0;
    return DIGITS3[a]! + DIGITS3_PADDED[b]! + DIGITS3_PADDED[r - b * 1000]!;
  }
  return String(v);
}

/**
 * NOTE: {@link formatExact} for a safe-integer Number, with a fast case for the common one: a
 * value below 2^31 printed at a scale of at most 3 decimals is printed from precomputed digit
 * groups and fractions. Same text as `formatExact(n, scale, minScale)`.
 */
export function formatExactNumber(n: number, scale: number, minScale: number): string {
  if (scale <= minScale && minScale <= 3 && n >= 0) {
    const m = scale === minScale ? n : n * 10 ** (minScale - scale);
    if (m < 2147483648) {
      if (minScale === 0) return smallDigits(m);
      const p = minScale === 2 ? 100 : minScale === 1 ? 10 : 1000;
      const hi = (m / p) | 0;
      return smallDigits(hi) + FRACTIONS[minScale]![m - hi * p]!;
    }
  } else if (scale > minScale && scale <= 9 && n >= 0 && n <= MAX_SAFE) {
    // More decimals than the currency's (a derived amount): the whole part from the digit groups,
    // the fraction with its trailing zeros beyond minScale dropped, from the fraction tables.
    const p = POW10_NUMBER[scale]!;
    const whole = Math.floor(n / p);
    if (whole < 2147483648) {
      let frac = n - whole * p;
      let digits = scale;
      while (digits > minScale && frac % 10 === 0) {
        frac /= 10;
        digits--;
      }
      return smallDigits(whole) + fractionText(frac, digits);
    }
  }
  return formatExact(n, scale, minScale);
}

/** 10^k as a Number, k = 0 … 9. */
const POW10_NUMBER: readonly number[] = Array.from({ length: 10 }, (_, k) => 10 ** k);

/** `"." + frac` padded to `digits` digits (1 … 9), or "" for no digits. */
function fractionText(frac: number, digits: number): string {
  if (digits === 0) return "";
  if (digits <= 3) return FRACTIONS[digits]![frac]!;
  if (digits <= 6) {
    const hi = (frac / 1000) | 0;
    return FRACTIONS[digits - 3]![hi]! + DIGITS3_PADDED[frac - hi * 1000]!;
  }
  const hi = (frac / 1_000_000) | 0;
  const r = frac - hi * 1_000_000;
  const mid = (r / 1000) | 0;
  return FRACTIONS[digits - 6]![hi]! + DIGITS3_PADDED[mid]! + DIGITS3_PADDED[r - mid * 1000]!;
}

/**
 * Formats an exact value with at least `minScale` decimals and more only where the value needs
 * them: `(4.655, 2)` → `"4.655"`, `(4.9, 2)` → `"4.90"`.
 */
export function formatDecimal(a: Dec, minScale = 0): string {
  return formatExact(a.n, a.s, minScale);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * {@link roundDiv} on safe integers: `num / den` rounded with `mode`, den > 0. Both must be
 * safe integers; the result is exact. Returns NaN when an input is not a safe integer.
 */
export function roundDivNumber(num: number, den: number, mode: MoneyRoundingMode): number {
  if (!(num <= MAX_SAFE && num >= -MAX_SAFE && den <= MAX_SAFE)) return NaN;
  const r = num % den;
  const q = (num - r) / den;
  if (r === 0) return q;
  const away = num < 0 ? q - 1 : q + 1;
  switch (mode) {
    case "down":
      return q;
    case "up":
      return away;
    case "half-away-from-zero":
      return (r < 0 ? -r : r) * 2 >= den ? away : q;
    case "half-even": {
      const twice = (r < 0 ? -r : r) * 2;
      if (twice > den) return away;
      if (twice < den) return q;
      return q % 2 === 0 ? q : away;
    }
  }
}

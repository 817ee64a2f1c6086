import { describe, expect, it } from "vitest";
import {
  decimalFromNumber,
  divToScale,
  formatDecimal,
  formatExact,
  formatExactNumber,
  formatScaled,
  parseDecimal,
  roundDiv,
  roundDivNumber,
  roundToScale,
  ROUNDING_MODES,
} from "../../../src/pricing/decimal.js";

const round = (text: string, scale: number, mode: (typeof ROUNDING_MODES)[number]) => formatScaled(roundToScale(parseDecimal(text)!, scale, mode), scale);

describe("decimal parsing", () => {
  it("reads plain decimal strings exactly", () => {
    expect(parseDecimal("6.50")).toEqual({ n: 650n, s: 2 });
    expect(parseDecimal("-0.0125")).toEqual({ n: -125n, s: 4 });
    expect(parseDecimal("12345678901234567890.123456789")).toEqual({ n: 12345678901234567890123456789n, s: 9 });
  });

  it.each(["", " 1", "1.", ".5", "+1", "1e3", "1,5", "NaN", "0x10", "1.2.3"])("rejects %j", (t) => {
    expect(parseDecimal(t)).toBeUndefined();
  });

  it("reads JSON numbers by their shortest decimal form", () => {
    expect(decimalFromNumber(0.1)).toEqual({ n: 1n, s: 1 });
    expect(decimalFromNumber(6.5)).toEqual({ n: 65n, s: 1 });
    expect(decimalFromNumber(1e-7)).toEqual({ n: 1n, s: 7 });
    expect(decimalFromNumber(1e21)).toEqual({ n: 10n ** 21n, s: 0 });
    expect(decimalFromNumber(Infinity)).toBeUndefined();
    expect(decimalFromNumber(JSON.parse("1e400") as number)).toBeUndefined();
  });
});

describe("formatting", () => {
  it("prints exactly the scale's decimals", () => {
    expect(formatScaled(4150n, 2)).toBe("41.50");
    expect(formatScaled(-5n, 2)).toBe("-0.05");
    expect(formatScaled(7n, 0)).toBe("7");
    expect(formatScaled(1n, 3)).toBe("0.001");
    expect(formatScaled(-4150, 2)).toBe("-41.50");
  });

  it("prints exact values with at least the minimum decimals, more only when needed", () => {
    expect(formatDecimal(parseDecimal("4.655")!, 2)).toBe("4.655");
    expect(formatDecimal(parseDecimal("4.9000")!, 2)).toBe("4.90");
    expect(formatDecimal(parseDecimal("5.000")!, 0)).toBe("5");
    expect(formatDecimal(parseDecimal("-0.0100")!, 0)).toBe("-0.01");
    expect(formatDecimal(parseDecimal("12")!, 3)).toBe("12.000");
    expect(formatExact(49000, 4, 2)).toBe("4.90");
  });
});

describe("rounding modes", () => {
  // value → [half-even, half-away-from-zero, up, down] at 2 decimals
  const table: [string, string, string, string, string][] = [
    ["2.345", "2.34", "2.35", "2.35", "2.34"],
    ["2.355", "2.36", "2.36", "2.36", "2.35"],
    ["2.3450001", "2.35", "2.35", "2.35", "2.34"],
    ["2.341", "2.34", "2.34", "2.35", "2.34"],
    ["2.349", "2.35", "2.35", "2.35", "2.34"],
    ["2.34", "2.34", "2.34", "2.34", "2.34"],
    ["-2.345", "-2.34", "-2.35", "-2.35", "-2.34"],
    ["-2.355", "-2.36", "-2.36", "-2.36", "-2.35"],
    ["-2.341", "-2.34", "-2.34", "-2.35", "-2.34"],
    ["0.005", "0.00", "0.01", "0.01", "0.00"],
    ["-0.005", "0.00", "-0.01", "-0.01", "0.00"],
  ];
  it.each(table)("%s", (value, ...expected) => {
    expect(ROUNDING_MODES.map((m) => round(value, 2, m))).toEqual(expected);
  });

  it("rounds to zero decimals (JPY) and three (BHD)", () => {
    expect(round("1234.5", 0, "half-even")).toBe("1234");
    expect(round("1235.5", 0, "half-even")).toBe("1236");
    expect(round("1.2345", 3, "half-away-from-zero")).toBe("1.235");
  });

  it("divides with explicit rounding", () => {
    expect(formatScaled(divToScale(parseDecimal("10.00")!, parseDecimal("3")!, 2, "half-even"), 2)).toBe("3.33");
    expect(formatScaled(divToScale(parseDecimal("10.00")!, parseDecimal("3")!, 2, "up"), 2)).toBe("3.34");
    expect(formatScaled(divToScale(parseDecimal("-10.00")!, parseDecimal("-0.3")!, 2, "down"), 2)).toBe("33.33");
  });

  it("gives the same result on safe Numbers as on bigints", () => {
    for (const mode of ROUNDING_MODES) {
      for (let num = -60; num <= 60; num++) {
        for (const den of [1, 2, 3, 4, 10, 7]) {
          expect(roundDivNumber(num, den, mode)).toBe(Number(roundDiv(BigInt(num), BigInt(den), mode)));
        }
      }
      expect(roundDivNumber(2 ** 60, 10, mode)).toBeNaN();
    }
  });

  it("formatExactNumber prints what formatExact prints, at every digit-group boundary", () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 99_999, 100_000, 999_999, 1_000_000, 1_000_001, 999_999_999, 1_000_000_000, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 7, 123_456_789_012, Number.MAX_SAFE_INTEGER];
    let seed = 42;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 2000; k++) values.push(Math.floor(next() * 10 ** (1 + (k % 12))));
    for (const v of values) {
      for (let scale = 0; scale <= 6; scale++) {
        for (let min = 0; min <= 4; min++) {
          if (scale < min && v * 10 ** (min - scale) > Number.MAX_SAFE_INTEGER) continue;
          expect(formatExactNumber(v, scale, min)).toBe(formatExact(v, scale, min));
          expect(formatExactNumber(v, scale, min)).toBe(formatExact(BigInt(v), scale, min));
        }
      }
    }
  });
  it("formatExactNumber prints what formatExact prints for amounts with more decimals than the currency's", () => {
    // Derived amounts (a price times a discount or markup factor) have up to nine decimals, often
    // with trailing zeros that are dropped down to the currency's.
    const values = [0, 1, 10, 100, 1000, 10_000, 1_230_000, 9_990_000_000, 2 ** 31 * 1000 - 1, 2 ** 31 * 1000, 2 ** 31 * 10 ** 9, Number.MAX_SAFE_INTEGER];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 3000; k++) values.push(Math.floor(next() * 10 ** (1 + (k % 15))) * 10 ** (k % 4));
    for (const v of values) {
      if (v > Number.MAX_SAFE_INTEGER) continue;
      for (let scale = 1; scale <= 11; scale++) {
        for (let min = 0; min < scale && min <= 4; min++) {
          expect(formatExactNumber(v, scale, min)).toBe(formatExact(BigInt(v), scale, min));
        }
      }
    }
  });
});

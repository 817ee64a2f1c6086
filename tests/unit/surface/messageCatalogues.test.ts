/**
 * The library's message texts live in the catalogues of src/errors/ (modelMessages,
 * schemaMessages, calendarMessages, csvMessages, bomMessages, pricingMessages, messages): a file
 * elsewhere in src/ names a message by its catalogue entry and writes no text of its own. The
 * CLI is a shell over the public API with its own texts; the action messages of a plan
 * (src/mrp/messages.ts) are plan output, not errors.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { calendarMessages } from "../../../src/errors/calendarMessages.js";
import { csvMessages } from "../../../src/errors/csvMessages.js";
import { schemaMessages } from "../../../src/errors/schemaMessages.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) out.push(...filesUnder(rel));
    else if (name.endsWith(".ts")) out.push(rel);
  }
  return out;
}

/** Text written where a message is made: an issue's message, a decoding problem, a zod error, a CSV report, an error built from a template. */
const INLINE = [
  /\b(?:message|problem|error):\s*["'`]/,
  /\breport\(.*"[a-z_]+",\s*["'`]/,
  /\bError\([^)]*`/,
];

describe("message catalogues", () => {
  it("hold every message text of the library: no file outside src/errors/ writes one inline", () => {
    const files = filesUnder("src").filter((f) => !f.startsWith("src/errors/") && !f.startsWith("src/cli/"));
    expect(files.length).toBeGreaterThan(50);
    const inline: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(?:\*|\/\/)/.test(line)) return; // comments and TSDoc examples quote messages
          if (INLINE.some((re) => re.test(line))) inline.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(inline).toEqual([]);
  });

  it("write the texts the checks always wrote", () => {
    expect(schemaMessages.atMostQuantity("onHand", 1e15)).toBe("onHand must be <= 1000000000000000 (1e15)");
    expect(schemaMessages.oneOf("source", ["make", "buy", "phantom"])).toBe('source must be "make", "buy" or "phantom"');
    expect(schemaMessages.oneOf("leadTimeFrom", ["item", "routing"])).toBe('leadTimeFrom must be "item" or "routing"');
    expect(schemaMessages.atLeast("seq", -(2 ** 31))).toBe("seq must be >= -2147483648");
    expect(calendarMessages.notADay(5)).toBe('the calendar counts days: expected an ISO date "YYYY-MM-DD", got the number 5');
    expect(calendarMessages.notAPeriod("2026-01-01")).toBe('the calendar counts periods: expected a period number, got the date string "2026-01-01"');
    expect(csvMessages.unknownChoice("lot_rule", "lfl", ["lot-for-lot", "fixed", "periods-of-supply", "eoq"])).toBe(
      'unknown lot rule "lfl": expected lot-for-lot, fixed, periods-of-supply, eoq',
    );
    expect(csvMessages.unknownChoice("source", "made", ["make", "buy", "phantom"])).toBe('unknown source "made": expected make, buy or phantom');
    expect(csvMessages.notANumber("12,5", "commaFile")).toBe('"12,5" is not a number (this file is comma-separated, so the decimal mark is a dot: write 12.5)');
    expect(csvMessages.notANumber("abc", undefined)).toBe('"abc" is not a number');
    expect(csvMessages.ignoredColumns(['"Colour"'], "items")).toBe(
      'ignored a column that is no column of the items table: "Colour" (map it with a column map, keep it as an attribute, or refuse unknown columns with strict columns)',
    );
  });
});

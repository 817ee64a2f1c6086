/**
 * The import's CSV parser reads any text as csv-parse does with the options the import used
 * (delimiter, relax_column_count, skip_empty_lines, trim): the same records, each starting on the
 * same line, or an error of the same kind on the same line. Files use one line ending each (CR,
 * LF or CRLF), as csv-parse takes the first line ending it meets for the whole file.
 *
 * csv-parse's own line count is taken on the text with its line endings made LF, where it
 * counts every line once (it counts a CRLF inside quotes twice); the line a record starts on is
 * its count at the record's end less the line breaks of the record's raw text, after the empty
 * lines before it. An unclosed quote is placed where its record starts: after the last line
 * break outside quotes.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/io/parseCsv.js";

const OPTIONS = { relax_column_count: true, skip_empty_lines: true, trim: true, info: true, raw: true } as const;

interface Info {
  record: string[];
  raw: string;
  info: { lines: number };
}

const KIND: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "unclosed_quote",
  INVALID_OPENING_QUOTE: "opening_quote",
  CSV_INVALID_CLOSING_QUOTE: "closing_quote",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "closing_quote",
};

/** The line after the last line break outside quotes (quotes toggle; a doubled quote toggles twice). */
function openRecordLine(text: string): number {
  let line = 1;
  let start = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) {
      line++;
      if (!quoted) start = line;
    }
  }
  return start;
}

type Outcome = { records: { fields: string[]; line: number }[] } | { error: { code: string; line: number } };

function reference(text: string, delimiter: string): Outcome {
  const run = (t: string): Info[] | { code: string; lines: number } => {
    try {
      return parse(t, { ...OPTIONS, delimiter }) as unknown as Info[];
    } catch (e) {
      const err = e as { code: string; lines: number };
      return { code: err.code, lines: err.lines };
    }
  };
  const got = run(text);
  const lf = run(text.replace(/\r\n?/g, "\n"));
  if (!Array.isArray(got)) {
    if (Array.isArray(lf)) throw new Error("csv-parse reads the text with LF line endings but not as written");
    const code = KIND[got.code] ?? got.code;
    return { error: { code, line: got.code === "CSV_QUOTE_NOT_CLOSED" ? openRecordLine(text) : lf.lines } };
  }
  if (!Array.isArray(lf) || lf.length !== got.length) throw new Error("csv-parse reads the text with LF line endings otherwise");
  return {
    records: got.map((r, k) => {
      const raw = lf[k]!.raw.replace(/^(?:[ \t\f]*\n)+/, "").replace(/\n$/, "");
      return { fields: r.record, line: lf[k]!.info.lines - (raw.match(/\n/g)?.length ?? 0) };
    }),
  };
}

const text = (delimiter: string, eol: string): fc.Arbitrary<string> => {
  const plain = fc.string({ unit: fc.constantFrom("a", "b", "1", " ", "\t", "é", "\u00a0", "\f"), maxLength: 5 });
  const inQuotes = fc.string({ unit: fc.constantFrom("a", " ", "\t", '""', delimiter, eol, "é", ",", ";"), maxLength: 6 });
  const pad = fc.constantFrom("", "", " ", "  ", "\t");
  const field = fc.oneof(
    plain,
    fc.tuple(pad, inQuotes, pad).map(([l, s, r]) => `${l}"${s}"${r}`),
    // malformed: a stray quote anywhere, or text after a closing quote
    fc.tuple(plain, plain).map(([a, b]) => `${a}"${b}`),
    fc.tuple(inQuotes, fc.constantFrom("x", " x", '"', ' "', ' ""', " a")).map(([s, after]) => `"${s}"${after}`),
  );
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.array(field, { minLength: 1, maxLength: 4 }).map((fs) => fs.join(delimiter)) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\t ", delimiter, `${delimiter}${delimiter}`) },
  );
  const structured = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([ls, end]) => ls.join(eol) + (end ? eol : ""));
  const soup = fc.string({ unit: fc.constantFrom("a", " ", "\t", '"', '""', delimiter, eol, "é", "\u00a0"), maxLength: 24 });
  return fc.oneof({ weight: 3, arbitrary: structured }, { weight: 1, arbitrary: soup });
};

describe("parseCsv", () => {
  it("reads any text as csv-parse reads it: the same records on the same lines, or the same error on the same line", () => {
    const arb = fc
      .tuple(fc.constantFrom(",", ";", "\t"), fc.constantFrom("\n", "\r\n", "\r"))
      .chain(([delimiter, eol]) => fc.tuple(fc.constant(delimiter), text(delimiter, eol)));
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(arb, ([delimiter, csv]) => {
        const expected = reference(csv, delimiter);
        const kind = "error" in expected ? expected.error.code : "records";
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        expect(parseCsv(csv, delimiter)).toEqual(expected);
      }),
      { seed: 42, numRuns: 3000 },
    );
    // every outcome is exercised
    for (const kind of ["records", "unclosed_quote", "opening_quote", "closing_quote"]) expect(seen.get(kind) ?? 0).toBeGreaterThan(50);
  });
});

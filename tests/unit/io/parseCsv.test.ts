import { describe, expect, it } from "vitest";
import { safeImportCsv } from "../../../src/io/importCsv.js";
import { parseCsv } from "../../../src/io/parseCsv.js";

describe("parseCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, trimming around fields", () => {
    expect(parseCsv('a, "b,""c""\r\nd" ,e \n\n  \nf;g\t,"  h  "\n', ",")).toEqual({
      records: [
        { fields: ["a", 'b,"c"\r\nd', "e"], line: 1 },
        { fields: ["f;g", "  h  "], line: 5 },
      ],
    });
    expect(parseCsv('x;"1,5";;\r\n', ";")).toEqual({ records: [{ fields: ["x", "1,5", "", ""], line: 1 }] });
  });

  it("counts lines as an editor does: a CRLF inside quotes is one line, a line of blanks is an empty line", () => {
    expect(parseCsv('a,b\r\n"x\r\ny",z\r\n\t \r\nc,d\r\n', ",")).toEqual({
      records: [
        { fields: ["a", "b"], line: 1 },
        { fields: ["x\r\ny", "z"], line: 2 },
        { fields: ["c", "d"], line: 5 },
      ],
    });
  });

  it("ends a record at any line break, also where a file mixes CRLF, LF and CR", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h", ",")).toEqual({
      records: [
        { fields: ["a", "b"], line: 1 },
        { fields: ["c", "d"], line: 2 },
        { fields: ["e", "f"], line: 3 },
        { fields: ["g", "h"], line: 4 },
      ],
    });
  });

  it("gives the first syntax error and its line; an unclosed quote at the line its record starts", () => {
    expect(parseCsv('a,b\n\nc,"d\ne\n', ",")).toEqual({ error: { code: "unclosed_quote", line: 3 } });
    expect(parseCsv('a,b\n"c\nd"e,f\n', ",")).toEqual({ error: { code: "closing_quote", line: 3 } });
    expect(parseCsv('a,b\n"c" d,f\n', ",")).toEqual({ error: { code: "closing_quote", line: 2 } });
    expect(parseCsv('a,b\n\nc,d"e"\n', ",")).toEqual({ error: { code: "opening_quote", line: 3 } });
  });

  it("gives the import the lines to report: after a quoted CRLF, a line of blanks and a stray LF in a CRLF file", () => {
    const items = 'part_number,description,source\r\nA,"two\r\nlines",buy\r\n \t\r\nB,b,buy,extra\r\nC,c,buy\nD,d,maybe\r\n';
    const r = safeImportCsv({ items }, { calendar: { unit: "period", periods: 4 } });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path, i.code])).toEqual([
      [["items.csv", 5], "field_count"],
      [["items.csv", 7, "source"], "invalid_value"],
    ]);
  });
});

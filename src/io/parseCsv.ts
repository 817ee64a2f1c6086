/**
 * The CSV syntax (RFC 4180) as the import reads it: fields split by one delimiter character;
 * fields in double quotes may hold delimiters, doubled quotes and line breaks; spaces, tabs and
 * form feeds around a field are dropped (inside quotes they are kept), and at the end of an
 * unquoted field any white space (a no-break space too); lines with nothing on them are skipped;
 * records may have different numbers of fields (the caller reports them).
 * CR, LF and CRLF all end a line, wherever they appear, and lines are counted as an editor
 * counts them: every record knows the line it starts on, and a syntax error the line it is on.
 */

/** One record: its fields, and the line (from 1) it starts on. */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * A syntax error: `unclosed_quote` (the text ends inside quotes; `line` is where the record
 * holding the quote starts), `opening_quote` (a quote inside an unquoted field) or
 * `closing_quote` (text after a closing quote).
 */
export interface CsvSyntaxError {
  readonly code: "unclosed_quote" | "opening_quote" | "closing_quote";
  readonly line: number;
}

/** Characters dropped around fields. A line break there ends the record first. */
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\f" || c === "\r" || c === "\n";

/** Splits CSV text into records, or gives its first syntax error. */
export function parseCsv(text: string, delimiter: string): { records: CsvRecord[] } | { error: CsvSyntaxError } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quoting = false;
  // the field was quoted: after its closing quote only blanks may follow
  let quoted = false;
  const end = (): void => {
    fields.push(quoted ? field : field.trimEnd());
    field = "";
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (quoting && text[i + 1] === '"') {
        // a doubled quote is one quote of the field; like any character after a closing quote, it is no blank
        if (quoted) return { error: { code: "closing_quote", line } };
        field += c;
        i++;
        continue;
      }
      if (quoting) {
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && !isBlank(next)) return { error: { code: "closing_quote", line } };
        quoting = false;
        quoted = true;
        continue;
      }
      // after an empty quoted field and blanks, quotes open again, around nothing but blanks
      if (field !== "") return { error: { code: "opening_quote", line } };
      quoting = true;
      continue;
    }
    const br = c === "\n" || c === "\r";
    if (!quoting) {
      if (br) {
        if (quoted || fields.length > 0 || field !== "") {
          end();
          records.push({ fields, line: start });
          fields = [];
        }
        if (c === "\r" && text[i + 1] === "\n") i++;
        start = ++line;
        continue;
      }
      if (c === delimiter) {
        end();
        continue;
      }
    } else if (br) {
      // a line break inside quotes belongs to the field (dropped, as a blank, after an empty quoted field)
      const crlf = c === "\r" && text[i + 1] === "\n";
      if (!quoted) field += crlf ? "\r\n" : c;
      if (crlf) i++;
      line++;
      continue;
    }
    if (quoted) {
      if (!isBlank(c)) return { error: { code: "closing_quote", line } };
    } else if (quoting || field !== "" || !isBlank(c)) field += c;
  }
  if (quoting) return { error: { code: "unclosed_quote", line: start } };
  if (quoted || fields.length > 0 || field !== "") {
    end();
    records.push({ fields, line: start });
  }
  return { records };
}

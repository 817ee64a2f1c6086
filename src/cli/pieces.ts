/**
 * Output too large for one string. `JSON.stringify(value, null, 2)` of a plan of 100,000 items
 * runs past the longest string a JavaScript engine holds (about 500 million characters), and its
 * records CSV has millions of rows, so they are written as the same text in pieces of about a
 * megabyte, made as they are written.
 */

/** About how long a piece of output is before it is passed on. */
const PIECE = 1 << 20;

/**
 * Gathers text into pieces of about a megabyte for `write`: `add` some text, and `end` to pass on
 * what is left.
 */
export function inPieces(write: (text: string) => void): { readonly add: (text: string) => void; readonly end: () => void } {
  let piece = "";
  return {
    add: (text) => {
      piece += text;
      if (piece.length >= PIECE) {
        write(piece);
        piece = "";
      }
    },
    end: () => {
      if (piece !== "") write(piece);
      piece = "";
    },
  };
}

/**
 * Writes `{ [key]: [...values] }` for each section, in order, exactly as
 * `JSON.stringify(object, null, 2) + "\n"` writes the object, in pieces of about a megabyte. The
 * values (JSON data: objects, arrays, strings, numbers, booleans, null) are read one at a time, so a
 * section may be made as it is written.
 *
 * @param write - takes each piece
 * @param sections - each key and its array's elements
 */
export function writeJsonSections(write: (text: string) => void, sections: readonly (readonly [string, Iterable<unknown>])[]): void {
  const { add: out, end } = inPieces(write);
  out("{");
  sections.forEach(([key, values], k) => {
    out(`${k === 0 ? "" : ","}\n  ${JSON.stringify(key)}: `);
    let first = true;
    for (const v of values) {
      // an element two levels in: its own lines indented by four more spaces (a JSON text has no
      // line break inside a string, so every line break is the layout's)
      out(`${first ? "[" : ","}\n    ${JSON.stringify(v, null, 2).replaceAll("\n", "\n    ")}`);
      first = false;
    }
    out(first ? "[]" : "\n  ]");
  });
  out(sections.length === 0 ? "}\n" : "\n}\n");
  end();
}

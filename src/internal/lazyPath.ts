/**
 * Paths of BOM walks, built on first read.
 *
 * NOTE: a walk of a chain of depth d has d lines whose paths hold 1..d ids: d²/2 ids in all
 * (5·10⁹ for a 100,000-level chain). Each line keeps a link to the line above it and builds its
 * `path` only when it is read, so a walk costs O(lines) memory and reading one path costs
 * O(depth). The property is an ordinary enumerable one for `JSON.stringify`, spreading and
 * deep equality.
 */

/** What a line needs to rebuild its path: its item id and the index of the line above it. */
export interface PathLinks {
  /** Item id of each line. */
  readonly ids: readonly string[];
  /** Index of the line above each line, or -1 when the line hangs from the root. */
  readonly up: Int32Array | readonly number[];
  /** The id at the start of every path. */
  readonly root: string;
}

/**
 * Replaces `line.path` (which must already be a key, to keep the key order) with an enumerable
 * getter that builds `[root, ..., ids[k]]` on first read and keeps it.
 */
export function definePath(line: object, links: PathLinks, k: number): void {
  let cached: readonly string[] | undefined;
  Object.defineProperty(line, "path", {
    enumerable: true,
    configurable: false,
    get(): readonly string[] {
      if (cached === undefined) {
        const rev: string[] = [];
        for (let j = k; j >= 0; j = links.up[j]!) rev.push(links.ids[j]!);
        rev.push(links.root);
        cached = Object.freeze(rev.reverse());
      }
      return cached;
    },
  });
}

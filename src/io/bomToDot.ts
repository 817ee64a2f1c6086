/**
 * The BOM below an item as a Graphviz DOT digraph: one node per item, edges parent → child
 * labelled with the quantity per (and scrap), phantoms dashed. Node ids are generated (`n0`,
 * `n1`, ...) and labels are DOT quoted strings with `\` and `"` escaped, so any item id is
 * safe. Iterative; O(I + L).
 *
 * Reference: Graphviz DOT language (quoted strings, escString), APICS "bill of material".
 */
import type { Model } from "../model/Model.js";
import { bomGraph } from "./bomGraph.js";

/**
 * Options of {@link bomToDot}.
 *
 * @category CSV and report
 */
export interface BomToDotOptions {
  /** Effectivity date: a period number or an ISO date. Default: the first tick, as {@link explode}. */
  readonly date?: number | string;
  /** `rankdir`: `"TB"` (top to bottom, default) or `"LR"` (left to right). */
  readonly direction?: "TB" | "LR";
}

function quote(text: string): string {
  // Backslashes first, so the escapes added after are not doubled; DOT's \N, \G, \L ... stay literal.
  return `"${text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, "\\n")
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    .replace(/[\u0000-\u001f\u007f]/g, " ")}"`;
}

/**
 * Renders the BOM below an item as Graphviz DOT text (`dot -Tsvg bom.dot > bom.svg`).
 *
 * Nodes come breadth first from the item (children by id); a sub-assembly used by several
 * parents is one node with several incoming edges. A node's label is the item id, and its name
 * on a second line. Edge labels: quantity per parent unit, `per order` for fixed lines, and
 * `+N% scrap`. Phantoms get `style="dashed"`.
 *
 * @param model - the compiled model
 * @param item - the top item's id
 * @param options - effectivity date, direction
 * @returns the digraph text, ending with a newline
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @throws {@link InvalidOptionError} (`invalid_date`) for a date not of the model's calendar
 * @example
 * ```ts
 * bomToDot(model, "FRAME")
 * //=> 'digraph BOM {\n  rankdir=TB;\n  node [shape=box];\n  n0 [label="FRAME"];\n  n1 [label="TUBE"];\n  n0 -> n1 [label="3 +5% scrap"];\n}\n'
 * ```
 *
 * @category CSV and report
 */
export function bomToDot(model: Model, item: string, options: BomToDotOptions = {}): string {
  const { nodes, edges } = bomGraph(model, item, options.date);
  const out: string[] = ["digraph BOM {", `  rankdir=${options.direction ?? "TB"};`, "  node [shape=box];"];
  nodes.forEach((n, k) => {
    const text = n.name !== undefined ? `${n.id}\n${n.name}` : n.id;
    out.push(`  n${k} [label=${quote(text)}${n.phantom ? ', style="dashed"' : ""}];`);
  });
  for (const e of edges) out.push(`  n${e.from} -> n${e.to} [label=${quote(e.label)}];`);
  out.push("}");
  return out.join("\n") + "\n";
}

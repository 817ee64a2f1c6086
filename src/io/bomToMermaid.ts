/**
 * The BOM below an item as a Mermaid flowchart: one node per item, edges parent → child
 * labelled with the quantity per (and scrap), phantoms in the class `phantom` (dashed).
 * Node ids are generated (`n0`, `n1`, ...) and every label is quoted with Mermaid's entity codes
 * for the characters that could end or change it, so any item id is safe. Iterative; O(I + L).
 *
 * Reference: Mermaid flowchart syntax (entity codes `#34;`), APICS "bill of material".
 */
import type { Model } from "../model/Model.js";
import { bomGraph } from "./bomGraph.js";

/**
 * Options of {@link bomToMermaid}.
 *
 * @category CSV and report
 */
export interface BomToMermaidOptions {
  /** Effectivity date: a period number or an ISO date. Default: the first tick, as {@link explode}. */
  readonly date?: number | string;
  /** Layout direction: `"TB"` (top to bottom, default) or `"LR"` (left to right). */
  readonly direction?: "TB" | "LR";
}

/** Characters written as Mermaid entity codes inside a quoted label. */
// eslint-disable-next-line no-control-regex -- control characters are among what this escapes
const UNSAFE = /["#&<>`|\u0000-\u001f\u007f\u2028\u2029]/g;

function label(text: string): string {
  return text.replace(UNSAFE, (c) => `#${c.charCodeAt(0)};`);
}

/**
 * Renders the BOM below an item as Mermaid flowchart text.
 *
 * Nodes come breadth first from the item (children by id); a sub-assembly used by several
 * parents is one node with several incoming edges. A node's label is the item id, and its name
 * on a second line. Edge labels: quantity per parent unit, `per order` for fixed lines, and
 * `+N% scrap`.
 *
 * @param model - the compiled model
 * @param item - the top item's id
 * @param options - effectivity date, direction
 * @returns the flowchart text, ending with a newline
 * @throws {@link UnknownItemError} (`unknown_item`) when the model has no such item
 * @throws {@link InvalidOptionError} (`invalid_date`) for a date not of the model's calendar
 * @example
 * ```ts
 * bomToMermaid(model, "FRAME")
 * //=> 'flowchart TB\n  n0["FRAME"]\n  n1["TUBE"]\n  n0 -->|"3 +5% scrap"| n1\n'
 * ```
 *
 * @category CSV and report
 */
export function bomToMermaid(model: Model, item: string, options: BomToMermaidOptions = {}): string {
  const { nodes, edges } = bomGraph(model, item, options.date);
  const out: string[] = [`flowchart ${options.direction ?? "TB"}`];
  nodes.forEach((n, k) => out.push(`  n${k}["${label(n.id)}${n.name !== undefined ? `<br>${label(n.name)}` : ""}"]`));
  for (const e of edges) out.push(`  n${e.from} -->|"${label(e.label)}"| n${e.to}`);
  const phantoms = nodes.flatMap((n, k) => (n.phantom ? [`n${k}`] : []));
  if (phantoms.length > 0) {
    out.push("  classDef phantom stroke-dasharray:5 5,fill:#f5f0ff");
    out.push(`  class ${phantoms.join(",")} phantom`);
  }
  return out.join("\n") + "\n";
}

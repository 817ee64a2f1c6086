/** Small hand-built models for the BOM service tests. */
import { defineModel } from "../../../src/model/defineModel.ts";
import type { Model } from "../../../src/model/Model.ts";

/** Id of link `i` of a chain: zero-padded so id order is chain order. */
export const chainId = (i: number): string => `L${String(i).padStart(6, "0")}`;

/** A single chain `L000000 -> L000001 -> ... -> L(n-1)`, each make with lead time 1 except the buy part at the bottom. */
export function chainModel(n: number): Model {
  const items = Array.from({ length: n }, (_, i) => ({ id: chainId(i), source: i === n - 1 ? "buy" : "make", leadTime: 1 }));
  const bom = Array.from({ length: n - 1 }, (_, i) => ({ parent: chainId(i), child: chainId(i + 1), quantity: 1 }));
  return defineModel({ calendar: { periods: 4 }, items, bom });
}

/**
 * A shared sub-assembly S reached through two paths:
 * A -> B (2), A -> C (1), B -> S (1), C -> S (3), S -> P (4), S -> T (fixed 5 per order).
 */
export function sharedModel(): Model {
  return defineModel({
    calendar: { periods: 8 },
    items: [
      { id: "A", source: "make", leadTime: 1 },
      { id: "B", source: "make", leadTime: 2 },
      { id: "C", source: "make", leadTime: 1 },
      { id: "S", source: "make", leadTime: 1 },
      { id: "P", source: "buy", leadTime: 3 },
      { id: "T", source: "buy", leadTime: 1 },
    ],
    bom: [
      { parent: "S", child: "P", quantity: 4 },
      { parent: "A", child: "C", quantity: 1 },
      { parent: "C", child: "S", quantity: 3 },
      { parent: "S", child: "T", quantity: 5, fixed: true },
      { parent: "A", child: "B", quantity: 2 },
      { parent: "B", child: "S", quantity: 1 },
    ],
  });
}

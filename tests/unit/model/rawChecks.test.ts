/** Reference problems are reported together with schema problems. */
import { describe, expect, it } from "vitest";
import { safeDefineModel } from "../../../src/index.js";

const problems = (json: unknown) => {
  const r = safeDefineModel(json);
  return r.success ? [] : r.error.issues.map((i) => `${i.code} ${i.path.join(".")} ${i.message}`);
};

describe("all problems at once", () => {
  it("reports duplicates, unknown references and cycles beside a schema error", () => {
    expect(
      problems({
        calendar: { periods: 3 },
        items: [
          { id: "A", source: "make", leadTime: -1 },
          { id: "B", source: "make" },
          { id: "B", source: "buy" },
        ],
        bom: [
          { parent: "A", child: "B", quantity: 1 },
          { parent: "B", child: "A", quantity: 1 },
          { parent: "A", child: "A", quantity: 1 },
          { parent: "A", child: "Q", quantity: 1 },
        ],
        routings: [{ item: "A", operations: [{ seq: 10, workCenter: "W9" }] }],
        demands: [{ id: "D", item: "Z", due: 1, quantity: 1 }],
      }),
    ).toEqual([
      "too_small items.0.leadTime leadTime must be >= 0",
      'duplicate_id items.2.id duplicate item id "B" (also at items[1])',
      "bom_cycle bom.1 BOM cycle: A -> B -> A",
      "bom_cycle bom.2 BOM cycle: A -> A",
      'unknown_reference bom.3.child unknown item "Q"',
      'unknown_reference routings.0.operations.0.workCenter unknown work center "W9"',
      'unknown_reference demands.0.item unknown item "Z"',
    ]);
  });
});

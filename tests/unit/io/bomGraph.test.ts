/** BOM diagrams: bomToMermaid and bomToDot, and `mrpkit explode --format mermaid|dot`. */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.ts";
import { bomToDot } from "../../../src/io/bomToDot.ts";
import { bomToMermaid } from "../../../src/io/bomToMermaid.ts";
import { defineModel } from "../../../src/model/defineModel.ts";
import { memoryIO } from "../../helpers/memoryIO.ts";

// A has the shared sub-assembly S directly and through the phantom P; ids carry the characters
// that end or change a label in either language.
const json = {
  calendar: { periods: 4 },
  items: [
    { id: 'A<"&>', name: 'Top "one"', source: "make" },
    { id: "S|#x", name: "back\\slash \\N", source: "make" },
    { id: "P", source: "phantom" },
    { id: "C", source: "buy" },
    { id: "D", source: "buy" },
  ],
  bom: [
    { parent: 'A<"&>', child: "S|#x", quantity: 2 },
    { parent: 'A<"&>', child: "P", quantity: 1 },
    { parent: 'A<"&>', child: "D", quantity: 4, from: 3 },
    { parent: "P", child: "S|#x", quantity: 1, scrap: 0.1 },
    { parent: "P", child: "D", quantity: 0.5 },
    { parent: "S|#x", child: "C", quantity: 3, fixed: true },
  ],
};
const model = defineModel(json);

describe("bomToMermaid", () => {
  it("draws one node per item, a shared sub-assembly with two incoming edges, phantoms in their class, labels escaped", () => {
    expect(bomToMermaid(model, 'A<"&>')).toBe(
      [
        "flowchart TB",
        '  n0["A#60;#34;#38;#62;<br>Top #34;one#34;"]',
        '  n1["P"]',
        '  n2["S#124;#35;x<br>back\\slash \\N"]',
        '  n3["D"]',
        '  n4["C"]',
        '  n0 -->|"1"| n1',
        '  n0 -->|"2"| n2',
        '  n1 -->|"0.5"| n3',
        '  n1 -->|"1 +10% scrap"| n2',
        '  n2 -->|"3 per order"| n4',
        "  classDef phantom stroke-dasharray:5 5,fill:#f5f0ff",
        "  class n1 phantom",
        "",
      ].join("\n"),
    );
  });

  it("follows the lines effective at the date, and lays out left to right on request", () => {
    expect(bomToMermaid(model, "P", { date: 3, direction: "LR" })).toBe(
      ["flowchart LR", '  n0["P"]', '  n1["D"]', '  n2["S#124;#35;x<br>back\\slash \\N"]', '  n3["C"]', '  n0 -->|"0.5"| n1', '  n0 -->|"1 +10% scrap"| n2', '  n2 -->|"3 per order"| n3', "  classDef phantom stroke-dasharray:5 5,fill:#f5f0ff", "  class n0 phantom", ""].join("\n"),
    );
    const atThree = bomToMermaid(model, 'A<"&>', { date: 3 });
    expect(atThree.split("\n").filter((l) => l.includes("-->"))).toEqual([
      '  n0 -->|"4"| n1',
      '  n0 -->|"1"| n2',
      '  n0 -->|"2"| n3',
      '  n2 -->|"0.5"| n1',
      '  n2 -->|"1 +10% scrap"| n3',
      '  n3 -->|"3 per order"| n4',
    ]);
  });

  it("draws a purchased item alone, and escapes line breaks and backticks", () => {
    const m = defineModel({ calendar: { periods: 1 }, items: [{ id: "x`\ny", source: "buy" }] });
    expect(bomToMermaid(m, "x`\ny")).toBe('flowchart TB\n  n0["x#96;#10;y"]\n');
  });

  it("throws unknown_item for an item the model does not have", () => {
    expect(() => bomToMermaid(model, "NOPE")).toThrowError(expect.objectContaining({ code: "unknown_item" }));
  });

  it("walks a 100,000-level chain without recursion", () => {
    const n = 100_000;
    const items = Array.from({ length: n }, (_, k) => ({ id: `I${k}`, source: "make" as const }));
    const bom = Array.from({ length: n - 1 }, (_, k) => ({ parent: `I${k}`, child: `I${k + 1}`, quantity: 1 }));
    const chain = defineModel({ calendar: { periods: 1 }, items, bom });
    const text = bomToMermaid(chain, "I0");
    expect(text.split("\n")).toHaveLength(1 + n + (n - 1) + 1);
    expect(text.endsWith(`  n${n - 2} -->|"1"| n${n - 1}\n`)).toBe(true);
    expect(bomToDot(chain, "I0").split("\n")).toHaveLength(3 + n + (n - 1) + 2);
  });
});

describe("bomToDot", () => {
  it("quotes every label, keeps backslashes literal, dashes phantoms, and draws a shared sub-assembly once", () => {
    expect(bomToDot(model, 'A<"&>')).toBe(
      [
        "digraph BOM {",
        "  rankdir=TB;",
        "  node [shape=box];",
        '  n0 [label="A<\\"&>\\nTop \\"one\\""];',
        '  n1 [label="P", style="dashed"];',
        '  n2 [label="S|#x\\nback\\\\slash \\\\N"];',
        '  n3 [label="D"];',
        '  n4 [label="C"];',
        '  n0 -> n1 [label="1"];',
        '  n0 -> n2 [label="2"];',
        '  n1 -> n3 [label="0.5"];',
        '  n1 -> n2 [label="1 +10% scrap"];',
        '  n2 -> n4 [label="3 per order"];',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("lays out left to right and follows the date", () => {
    expect(bomToDot(model, "S|#x", { direction: "LR", date: 2 })).toBe(
      'digraph BOM {\n  rankdir=LR;\n  node [shape=box];\n  n0 [label="S|#x\\nback\\\\slash \\\\N"];\n  n1 [label="C"];\n  n0 -> n1 [label="3 per order"];\n}\n',
    );
  });
});

describe("mrpkit explode --format mermaid|dot", () => {
  const files = { "m.json": JSON.stringify(json) };

  it("prints the Mermaid flowchart and the DOT digraph of the library", () => {
    const io = memoryIO(files);
    expect(runCli(["explode", "m.json", "P", "--format", "mermaid"], io)).toBe(0);
    expect(io.out()).toBe(bomToMermaid(model, "P"));
    const io2 = memoryIO(files);
    expect(runCli(["explode", "m.json", 'A<"&>', "--format", "dot", "--date", "3"], io2)).toBe(0);
    expect(io2.out()).toBe(bomToDot(model, 'A<"&>', { date: 3 }));
    expect(io2.out()).toContain('n0 -> n1 [label="4"];');
  });

  it("rejects --qty and --summarized, which a diagram has no use for (exit 2)", () => {
    const io = memoryIO(files);
    expect(runCli(["explode", "m.json", "P", "--format", "mermaid", "--qty", "5"], io)).toBe(2);
    expect(io.err()).toBe("mrpkit: --qty does not apply to --format mermaid\n");
    const io2 = memoryIO(files);
    expect(runCli(["explode", "m.json", "P", "--format", "dot", "--summarized"], io2)).toBe(2);
    expect(io2.err()).toBe("mrpkit: --summarized does not apply to --format dot\n");
  });

  it("answers an unknown item with exit 1 and a bad date with exit 2", () => {
    const io = memoryIO(files);
    expect(runCli(["explode", "m.json", "NOPE", "--format", "dot"], io)).toBe(1);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("NOPE");
    const io2 = memoryIO(files);
    expect(runCli(["explode", "m.json", "P", "--format", "mermaid", "--date", "soon"], io2)).toBe(2);
  });
});

/** `mrpkit report`, driven through runCli with an in-memory IO. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { plan } from "../../src/mrp/plan.ts";
import { renderReport } from "../../src/io/renderReport.ts";
import { defineModel } from "../../src/model/defineModel.ts";
import { memoryIO } from "../helpers/memoryIO.ts";

const workshop = readFileSync(new URL("../../examples/workshop.json", import.meta.url), "utf8");
const files = {
  "workshop.json": workshop,
  "invalid.json": JSON.stringify({ calendar: { periods: 2 }, items: [{ id: "A", source: "make" }], bom: [{ parent: "A", child: "Z", quantity: 1 }] }),
};
const expected = renderReport(plan(defineModel(JSON.parse(workshop))), { generated: "2026-06-01" });

describe("mrpkit report", () => {
  it("writes the report to the -o file, dated today, and prints nothing", () => {
    const io = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json", "-o", "out/report.html"], io)).toBe(0);
    expect([...io.written.keys()]).toEqual(["out/report.html"]);
    expect(io.written.get("out/report.html")).toBe(expected);
    expect(io.out()).toBe("");
    expect(io.err()).toBe("");
  });

  it("prints the report on stdout without -o, or with -o -", () => {
    const io = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json"], io)).toBe(0);
    expect(io.out()).toBe(expected);
    expect(io.written.size).toBe(0);
    const io2 = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json", "-o", "-"], io2)).toBe(0);
    expect(io2.out()).toBe(expected);
  });

  it("takes a title and, for day calendars, a bucket size", () => {
    const io = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json", "--title", "Workshop <week 23>", "--output", "r.html"], io)).toBe(0);
    expect(io.written.get("r.html")).toBe(renderReport(plan(defineModel(JSON.parse(workshop))), { generated: "2026-06-01", title: "Workshop <week 23>" }));
    expect(io.written.get("r.html")).toContain("<h1>Workshop &lt;week 23&gt;</h1>");
    const days = JSON.stringify({
      calendar: { unit: "day", start: "2026-01-05", end: "2026-01-17" },
      items: [{ id: "D", source: "buy" }],
      demands: [{ id: "SO", item: "D", due: "2026-01-14", quantity: 4 }],
    });
    const io2 = memoryIO({ "days.json": days });
    expect(runCli(["report", "days.json", "--bucket", "week"], io2)).toBe(0);
    expect(io2.out()).toContain('<th class="row-head">Week of</th><th class="start">Start</th><th>2026-01-05</th><th>2026-01-12</th></tr>');
  });

  it("writes Chinese labels with --lang zh-CN, English by default or with --lang en", () => {
    const io = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json", "--lang", "zh-CN"], io)).toBe(0);
    expect(io.out()).toBe(renderReport(plan(defineModel(JSON.parse(workshop))), { generated: "2026-06-01", lang: "zh-CN" }));
    expect(io.out()).toContain('<html lang="zh-CN">');
    expect(io.out()).toContain("<p>生成于 2026-06-01</p>");
    const io2 = memoryIO(files, { today: "2026-06-01" });
    expect(runCli(["report", "workshop.json", "--lang", "en"], io2)).toBe(0);
    expect(io2.out()).toBe(expected);
  });

  it("lists the problems of an invalid model on stderr and writes nothing (exit 1)", () => {
    const io = memoryIO(files);
    expect(runCli(["report", "invalid.json", "-o", "r.html"], io)).toBe(1);
    expect(io.written.size).toBe(0);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^mrpkit: invalid\.json: invalid model: 1 problem\n/);
    const io2 = memoryIO(files);
    expect(runCli(["report", "missing.json"], io2)).toBe(1);
    expect(io2.err()).toBe("mrpkit: missing.json: no such file\n");
  });

  it("rejects wrong usage with exit 2", () => {
    const cases: [string[], string][] = [
      [["report"], "mrpkit: usage: mrpkit report <model.json> [--title T] [--bucket day|week] [--lang en|zh-CN] [-o FILE]\n"],
      [["report", "workshop.json", "extra.json"], "mrpkit: usage: mrpkit report <model.json> [--title T] [--bucket day|week] [--lang en|zh-CN] [-o FILE]\n"],
      [["report", "workshop.json", "--format", "json"], "mrpkit: unknown option --format for 'report'\n"],
      [["report", "workshop.json", "-o"], "mrpkit: option -o needs a value\n"],
      [["report", "workshop.json", "--bucket", "month"], "mrpkit: --bucket must be one of day, week (got 'month')\n"],
      [["report", "workshop.json", "--lang", "zh"], "mrpkit: --lang must be one of en, zh-CN (got 'zh')\n"],
    ];
    for (const [argv, err] of cases) {
      const io = memoryIO(files);
      expect(runCli(argv, io)).toBe(2);
      expect(io.err()).toBe(err);
      expect(io.written.size).toBe(0);
    }
  });

  it("is listed in --help", () => {
    const io = memoryIO(files);
    expect(runCli(["--help"], io)).toBe(0);
    expect(io.out()).toContain("  mrpkit report <model.json> [--title T] [--bucket day|week] [--lang en|zh-CN] [-o FILE]\n");
  });
});

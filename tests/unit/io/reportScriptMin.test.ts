import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORT_SCRIPT } from "../../../src/io/reportScript.js";
import { REPORT_SCRIPT_MIN } from "../../../src/io/reportScriptMin.js";
import { reportScriptModule } from "../../helpers/reportScriptModule.js";

describe("the report page's minified script", () => {
  it("is what the readable script minifies to (run `npm run report-script` after editing reportScript.ts)", () => {
    const committed = readFileSync(new URL("../../../src/io/reportScriptMin.ts", import.meta.url), "utf8");
    expect(committed).toBe(reportScriptModule());
  });

  it("is smaller than the readable script and keeps its text and its data hooks", () => {
    expect(REPORT_SCRIPT_MIN.length).toBeLessThan(REPORT_SCRIPT.length * 0.7);
    for (const hook of ['"report-data"', '"data-ready"', "textContent"]) expect(REPORT_SCRIPT_MIN).toContain(hook);
    expect(REPORT_SCRIPT_MIN).not.toMatch(/<\/script/i);
    expect(REPORT_SCRIPT_MIN).not.toContain("innerHTML");
  });
});

/**
 * Makes src/io/reportScriptMin.ts from the report page's readable script (src/io/reportScript.ts)
 * with esbuild's minifier, at the version the lockfile pins, so the same source always gives the
 * same bytes. `npm run report-script` writes it; tests/unit/io/reportScriptMin.test.ts checks that
 * the committed file is what the source gives.
 */
import { transformSync } from "esbuild";
import { REPORT_SCRIPT } from "../../src/io/reportScript.js";

/** The text of src/io/reportScriptMin.ts. */
export function reportScriptModule(): string {
  const code = transformSync(REPORT_SCRIPT, { minify: true, charset: "ascii", target: "es2017", loader: "js" }).code.trimEnd();
  if (/<\/script/i.test(code) || code.includes("<!--")) throw new Error("the minified report script would end its <script> element early");
  return [
    "// Made by `npm run report-script` from reportScript.ts: edit that file, then run it again.",
    "",
    "/** The report page's script, minified (the readable text is `REPORT_SCRIPT` in reportScript.ts). */",
    `export const REPORT_SCRIPT_MIN = ${JSON.stringify(code)};`,
    "",
  ].join("\n");
}

/** `npm run report-script`: writes src/io/reportScriptMin.ts from src/io/reportScript.ts. */
import { writeFileSync } from "node:fs";
import { reportScriptModule } from "./reportScriptModule.js";

writeFileSync(new URL("../../src/io/reportScriptMin.ts", import.meta.url), reportScriptModule());

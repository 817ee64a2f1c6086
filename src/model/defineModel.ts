import type * as z from "zod/mini";
import { en } from "zod/v4/locales";
import { config } from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { modelMessages as M } from "../errors/modelMessages.js";
import { fromZodIssues } from "../errors/fromZodIssues.js";
import { ModelError } from "../errors/ModelError.js";
import type { SafeResult } from "../errors/SafeResult.js";
import { compileModel } from "./compileModel.js";
import type { Model } from "./Model.js";
import { ModelSchema } from "./schema.js";
import { fastParseArrays } from "./fastParse.js";
import { rawReferenceIssues } from "./rawChecks.js";


const TOP_LEVEL = ["$schema", "calendar", "items", "bom", "workCenters", "routings", "scheduledReceipts", "firmPlannedOrders", "demands"];

/** Orders issues as the document is read: top-level sections in format order, then by index. */
function documentOrder(issues: Issue[]): Issue[] {
  const rank = (i: Issue) => {
    const k = TOP_LEVEL.indexOf(String(i.path[0] ?? ""));
    return k < 0 ? -1 : k;
  };
  const idx = (i: Issue) => (typeof i.path[1] === "number" ? i.path[1] : -1);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || idx(a.issue) - idx(b.issue) || a.n - b.n)
    .map((x) => x.issue);
}

/**
 * Validates a model (docs/model-format.md) and compiles it for planning: every reference, duplicate id,
 * date and BOM cycle is checked, and all problems are reported at once.
 *
 * @param json - the model as parsed JSON
 * @returns the validated, compiled, immutable model
 * @throws {@link ModelError} with `.issues` (each `{ path, code, message }`) when the model is invalid
 * @example
 * ```ts
 * const model = defineModel({
 *   calendar: { periods: 4 },
 *   items: [{ id: "A", source: "make" }, { id: "B", source: "buy" }],
 *   bom: [{ parent: "A", child: "B", quantity: 2 }],
 * });
 * computeLowLevelCodes(model).get("B") //=> 1
 * ```
 *
 * @category Model
 */
export function defineModel(json: unknown): Model {
  const r = safeDefineModel(json);
  if (!r.success) throw r.error;
  return r.data;
}

/**
 * Like {@link defineModel}, but returns `{ success: true, data }` or `{ success: false, error }`
 * instead of throwing. Never throws, whatever the input.
 *
 * @param json - the model as parsed JSON
 * @returns the compiled model, or the {@link ModelError}
 * @example
 * ```ts
 * const r = safeDefineModel({ calendar: { periods: 2 }, items: [{ id: "A", source: "make", leadTime: -1 }] });
 * r.success //=> false
 * ```
 *
 * @category Model
 */
export function safeDefineModel(json: unknown): SafeResult<Model, ModelError> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail([{ path: [], code: "invalid_type", message: M.notAnObject(json) }]);
  }
  // The large arrays go through the fast path where every element is a plain valid record; zod
  // checks the rest (and any array the fast path declines, with all its messages).
  const fast = fastParseArrays(json as Record<string, unknown>);
  let doc: unknown = json;
  if (fast.size > 0) {
    const rest: Record<string, unknown> = { ...(json as Record<string, unknown>) };
    for (const key of fast.keys()) rest[key] = [];
    doc = rest;
  }
  setEnglishMessages();
  const parsed = ModelSchema.safeParse(doc);
  if (!parsed.success) {
    // the schema's problems, and the reference problems that can be read from the raw document
    const schemaIssues = fromZodIssues(parsed.error.issues, { input: json });
    const seen = new Set(schemaIssues.map((i) => `${JSON.stringify(i.path)} ${i.code}`));
    const refs = rawReferenceIssues(json as Record<string, unknown>).filter((i) => !seen.has(`${JSON.stringify(i.path)} ${i.code}`));
    return fail(documentOrder([...schemaIssues, ...refs]));
  }
  const data = parsed.data as Record<string, unknown>;
  for (const [key, value] of fast) data[key] = value;
  const compiled = compileModel(parsed.data);
  if ("issues" in compiled) return fail(documentOrder(compiled.issues));
  return { success: true, data: compiled.model };
}

/**
 * Validates some top-level record arrays of a model (fast path, else zod) without the rest.
 * Internal to model edits.
 */
export function safeParseSections(sections: Record<string, unknown>): { success: true; data: Record<string, unknown> } | { success: false; issues: Issue[] } {
  const fast = fastParseArrays(sections);
  setEnglishMessages();
  const shape = ModelSchema.shape as Record<string, z.ZodMiniType>;
  const issues: Issue[] = [];
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(sections)) {
    const f = fast.get(key);
    if (f !== undefined) {
      data[key] = f;
      continue;
    }
    const r = shape[key]!.safeParse(value);
    if (r.success) data[key] = r.data;
    else issues.push(...fromZodIssues(r.error.issues, { input: value, prefix: [key] }));
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

/**
 * Sets zod's English messages when no locale is set, as zod's full API does when it is loaded, so
 * the messages are the same whichever part of zod a program bundles.
 */
function setEnglishMessages(): void {
  if (config().localeError === undefined) config(en());
}

function fail(issues: Issue[]): { success: false; error: ModelError } {
  return { success: false, error: new ModelError(issues) };
}

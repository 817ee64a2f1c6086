/**
 * zod issues as mrpkit {@link Issue}s, for every schema of the package (models and price books):
 * paths as strings and numbers with an optional prefix, the stable code (`params.code` of a
 * refinement of ours, zod's code otherwise) and zod's message, with two refinements that need the
 * input: a value that is missing reads "x is required", and each unknown field is an issue of its own.
 *
 * @internal
 */
import type * as z from "zod";
import type { Issue, JsonPath } from "./Issue.js";

/** How {@link fromZodIssues} reads the issues. */
export interface FromZodIssuesOptions {
  /** Put in front of every path: the section or file the parsed value came from. Default none. */
  readonly prefix?: JsonPath;
  /**
   * The value that was parsed. When given, a wrong type where the input holds nothing becomes
   * `<field> is required`, and an object's unknown fields are reported one issue each
   * (`unknown field "x"`); otherwise zod's issues are kept as they are.
   */
  readonly input?: unknown;
}

/** Whether `path` names an existing value inside `json`. */
function present(json: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = json;
  for (const seg of path) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, seg)) return false;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v !== undefined;
}

/** zod's issues as mrpkit's, one for one (or one per unknown field when the input is given). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], options: FromZodIssuesOptions = {}): Issue[] {
  const prefix = options.prefix ?? [];
  const withInput = "input" in options;
  const out: Issue[] = [];
  for (const iss of issues) {
    const path = iss.path.map((p) => (typeof p === "number" ? p : String(p)));
    if (withInput && iss.code === "unrecognized_keys") {
      for (const key of iss.keys) out.push({ path: [...prefix, ...path, key], code: "unrecognized_keys", message: `unknown field ${JSON.stringify(key)}` });
    } else if (withInput && iss.code === "invalid_type" && path.length > 0 && !present(options.input, path)) {
      out.push({ path: [...prefix, ...path], code: iss.code, message: `${String(path[path.length - 1])} is required` });
    } else {
      const params = (iss as { params?: { code?: unknown } }).params;
      const code = iss.code === "custom" && typeof params?.code === "string" ? params.code : iss.code;
      out.push({ path: [...prefix, ...path], code, message: iss.message });
    }
  }
  return out;
}

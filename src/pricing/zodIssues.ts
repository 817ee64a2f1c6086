/**
 * Converts zod issues to mrpkit {@link Issue}s: the path with an optional prefix, and the stable
 * code (`params.code` of our own refinements, zod's code otherwise).
 *
 * @internal
 */
import type * as z from "zod";
import type { Issue, JsonPath } from "../errors/Issue.js";

/** zod issues as mrpkit issues, paths prefixed with `prefix`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: JsonPath = []): Issue[] {
  return issues.map((iss) => {
    const params = (iss as { params?: { code?: unknown } }).params;
    const code = iss.code === "custom" && typeof params?.code === "string" ? params.code : iss.code;
    const path = [...prefix, ...iss.path.map((p) => (typeof p === "number" ? p : String(p)))];
    return { path, code, message: iss.message };
  });
}

import { MrpError } from "./MrpError.js";
import { formatIssues, type Issue } from "./Issue.js";

/**
 * Thrown by {@link defineModel} (and returned by `safeDefineModel`) when a model is invalid.
 * `issues` lists every problem at once, each with its JSON path.
 *
 * @example
 * ```ts
 * const r = safeDefineModel({ items: [] });
 * if (!r.success) console.log(r.error.issues[0]); //=> { path: ["calendar"], code: "invalid_type", ... }
 * ```
 *
 * @category Errors
 */
export class ModelError extends MrpError {
  /** Always `"ModelError"`. */
  override readonly name = "ModelError";
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  /** @param issues - the problems (at least one) */
  constructor(issues: readonly Issue[], what = "model") {
    super("invalid_model", `invalid ${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${formatIssues(issues)}`, {
      issues,
    });
    this.issues = issues;
  }
}

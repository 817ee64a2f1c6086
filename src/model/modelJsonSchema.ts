/**
 * The model format's JSON Schema. It stands apart from `defineModel` so that validating a model
 * does not bring zod's JSON Schema generator into a browser bundle.
 */
import * as z from "zod/mini";
import { ModelSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the model format, generated from the zod schemas.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * modelJsonSchema().type //=> "object"
 * ```
 *
 * @category Model
 */
export function modelJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ModelSchema, { io: "input", unrepresentable: "any" });
}

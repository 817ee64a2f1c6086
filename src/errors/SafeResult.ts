/**
 * The result of a `safe` function: the value the throwing twin returns, or the error it throws.
 * It narrows on `success`, in the same shape as zod's `safeParse`.
 *
 * @example
 * ```ts
 * const r = safeDefineModel(json);
 * if (r.success) plan(r.data);
 * else console.error(r.error.issues);
 * ```
 *
 * @category Errors
 */
export type SafeResult<T, E extends Error> =
  | {
      /** The call succeeded. */
      readonly success: true;
      /** What the throwing twin would have returned. */
      readonly data: T;
      /** Never set on success. */
      readonly error?: never;
    }
  | {
      /** The call failed. */
      readonly success: false;
      /** What the throwing twin would have thrown. */
      readonly error: E;
      /** Never set on failure. */
      readonly data?: never;
    };

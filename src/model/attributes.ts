/**
 * Attributes: the application's own fields on items, demands and orders (customer, priority,
 * planner, supplier ...). They are validated and carried through to results, never used in
 * planning. Keys are kept sorted, so that the same attributes in any key order give the same
 * output.
 */
import * as z from "zod/mini";
import { schemaMessages as S } from "../errors/schemaMessages.js";
import { compareStrings } from "../internal/sort.js";

/**
 * One attribute value: a string, a finite number or a boolean.
 *
 * @category Model
 */
export type AttributeValue = string | number | boolean;

/**
 * The attributes of an item, demand or order, keys in code-unit order.
 *
 * @category Model
 */
export type Attributes = Readonly<Record<string, AttributeValue>>;

/** A copy of `attrs` with its keys in code-unit order (own data properties, `__proto__` included). */
export function sortAttributes(attrs: Readonly<Record<string, AttributeValue>>): Attributes {
  return Object.fromEntries(Object.entries(attrs).sort((a, b) => compareStrings(a[0], b[0])));
}

/** Whether `v` is a valid attribute value. */
export function isAttributeValue(v: unknown): v is AttributeValue {
  return typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

/**
 * The `attributes` field of items, demands, scheduled receipts and firm planned orders: an object
 * of non-empty keys with string, finite number or boolean values, output with sorted keys. (A key
 * `__proto__` is dropped, as zod drops it from every record.)
 *
 * @category Model
 */
export const AttributesSchema = z.pipe(
  z.record(
    z.string().check(z.minLength(1, { error: S.emptyAttributeName })),
    z.union([z.string(), z.number(), z.boolean()], {
      error: (iss) =>
        typeof iss.input === "number" ? S.attributeNotFinite(iss.input) : S.attributeType,
    }),
    { error: (iss) => (iss.code === "invalid_key" ? S.emptyAttributeName : S.attributesType) },
  ),
  z.transform((v: Record<string, AttributeValue>) => sortAttributes(v)),
);

/** Types of bench/generate-dense.mjs, for the tests that plan its models. */
export declare function generateDenseModel(options?: { items?: number; periods?: number; seed?: number }): Record<string, unknown>;

/** Types of bench/generate.mjs, for the tests that plan its models. */
export declare function rng(seed: number): () => number;
export declare function generateModel(options?: { items?: number; periods?: number; seed?: number; routings?: boolean }): Record<string, unknown>;

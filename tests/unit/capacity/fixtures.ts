/** Input types shared by the capacity tests. */
import type { ModelInput } from "../../../src/model/schema.js";

/** A demand as written in a model. */
export type DemandInput = NonNullable<ModelInput["demands"]>[number];

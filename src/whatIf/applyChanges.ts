/**
 * Model edits with immer: a recipe mutates a draft of the model's data; the result is a new,
 * validated model and the patches that describe the edit (what {@link replan} uses to find the
 * items to replan).
 */
import { Immer, enablePatches, type Draft, type Patch } from "immer";
import { ModelError } from "../errors/ModelError.js";
import { recompileEvents } from "../model/compileModel.js";
import { defineModel, safeParseSections } from "../model/defineModel.js";
import type { Model } from "../model/Model.js";
import type { ModelData } from "../model/schema.js";

/**
 * A change to a model: mutate the draft of its data in place (immer).
 *
 * @category Planning
 */
export type ModelRecipe = (draft: Draft<ModelData>) => void;

/**
 * The edited model and the patches of the edit.
 *
 * @category Planning
 */
export interface AppliedChanges {
  /** The new model, validated and compiled. */
  readonly model: Model;
  /** immer patches from the old data to the new, paths into `model.data`. */
  readonly patches: readonly Patch[];
  /** The inverse patches (to undo the edit). */
  readonly inversePatches: readonly Patch[];
}

let immer: Immer | undefined;

/**
 * Edits a model immutably: the recipe works on a draft of `model.data` (defaults filled in,
 * arrays in canonical order: items by id, demands by item, date and id ...), and the new data is
 * validated and compiled as by {@link defineModel}. The old model is left as it was.
 *
 * @param model - the model to change
 * @param recipe - mutates the draft
 * @returns the new model with the patches of the change
 * @throws {@link ModelError} when the edited model is invalid
 * @example
 * ```ts
 * const { model: next, patches } = applyChanges(model, (d) => {
 *   d.demands.find((x) => x.id === "SO-1")!.quantity *= 2;
 * });
 * patches //=> [{ op: "replace", path: ["demands", 0, "quantity"], value: 40 }]
 * ```
 *
 * @category Planning
 */
export function applyChanges(model: Model, recipe: ModelRecipe): AppliedChanges {
  if (immer === undefined) {
    enablePatches();
    // NOTE: no auto-freeze: freezing a 100,000-item model on every edit costs more than the edit.
    immer = new Immer({ autoFreeze: false });
  }
  const [data, patches, inversePatches] = immer.produceWithPatches(model.data, recipe);
  return { model: eventsOnly(patches, model) ? redefineEvents(model, data) : defineModel(data), patches, inversePatches };
}

const EVENT_SECTIONS = new Set<unknown>(["demands", "scheduledReceipts", "firmPlannedOrders"]);

/**
 * Whether an edit touches only demands, open orders and firm planned orders, and the calendar
 * does not take its horizon from their dates (a day calendar without `end`).
 */
function eventsOnly(patches: readonly Patch[], model: Model): boolean {
  if (patches.length === 0) return false;
  // in a network a record may name a new (item, location): the nodes are compiled again
  if (model.network !== undefined) return false;
  if (model.calendar.unit === "day" && model.data.calendar.unit === "day" && model.data.calendar.end === undefined) return false;
  return patches.every((p) => EVENT_SECTIONS.has(p.path[0]));
}

/**
 * Validates and recompiles only the edited record sections; the items, BOM, routings and calendar
 * are the old model's. NOTE: this keeps a one-demand edit of a 100,000-item model to milliseconds.
 */
function redefineEvents(model: Model, data: ModelData): Model {
  const sections: Record<string, unknown> = {
    demands: data.demands,
    scheduledReceipts: data.scheduledReceipts,
    firmPlannedOrders: data.firmPlannedOrders,
  };
  const parsed = safeParseSections(sections);
  if (!parsed.success) throw new ModelError(parsed.issues);
  const r = recompileEvents(model, { ...data, ...(parsed.data as Pick<ModelData, "demands" | "scheduledReceipts" | "firmPlannedOrders">) });
  if ("issues" in r) throw new ModelError(r.issues);
  return r.model;
}

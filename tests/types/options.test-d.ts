/**
 * The option types of the main functions: every options argument may be left out, takes only
 * the documented keys, and each key only its documented values.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  applyChanges,
  availableToPromise,
  planCapacity,
  findItems,
  importCsv,
  itemRecords,
  levelLoad,
  plan,
  planToJson,
  renderReport,
  replan,
  rollupCost,
  planRoughCutCapacity,
  whereUsed,
  type AvailableToPromiseOptions,
  type AvailableToPromiseResult,
  type BucketSize,
  type CapacityOptions,
  type CapacityResult,
  type CostRollup,
  type ExplodeOptions,
  type FindItemsOptions,
  type ItemRecordsOptions,
  type LevelOptions,
  type LevelResult,
  type Model,
  type MrpRecord,
  type PlanJson,
  type PlanOptions,
  type PlanResult,
  type PlanToJsonOptions,
  type RenderReportOptions,
  type RollupCostOptions,
  type ReplanOptions,
  type RoughCutCapacityOptions,
  type WhereUsedOptions,
  type WhereUsedResult,
} from "../../src/index.ts";

declare const model: Model;
declare const result: PlanResult;

describe("options arguments", () => {
  it("are optional everywhere, typed by the function's own options type", () => {
    expectTypeOf(plan).parameter(1).toEqualTypeOf<PlanOptions | undefined>();
    expectTypeOf(planCapacity).parameter(1).toEqualTypeOf<CapacityOptions | undefined>();
    expectTypeOf(levelLoad).parameter(1).toEqualTypeOf<LevelOptions | undefined>();
    expectTypeOf(planRoughCutCapacity).parameter(1).toEqualTypeOf<RoughCutCapacityOptions | undefined>();
    // the options form is the last overload (the positional item form is deprecated)
    expectTypeOf<Parameters<typeof rollupCost>[1]>().toEqualTypeOf<RollupCostOptions | undefined>();
    expectTypeOf(replan).parameter(2).toEqualTypeOf<ReplanOptions | undefined>();
    expectTypeOf(itemRecords).parameter(2).toEqualTypeOf<ItemRecordsOptions | undefined>();
    expectTypeOf(planToJson).parameter(1).toEqualTypeOf<PlanToJsonOptions | undefined>();
    expectTypeOf(availableToPromise).parameter(2).toEqualTypeOf<AvailableToPromiseOptions | undefined>();
    expectTypeOf(whereUsed).parameter(2).toEqualTypeOf<WhereUsedOptions | undefined>();
    expectTypeOf(findItems).parameter(2).toEqualTypeOf<FindItemsOptions | undefined>();
    expectTypeOf(renderReport).parameter(1).toEqualTypeOf<RenderReportOptions | undefined>();
  });

  it("give the results their types", () => {
    expectTypeOf(plan(model)).toEqualTypeOf<PlanResult>();
    expectTypeOf(planCapacity(result, { bucket: "week" })).toEqualTypeOf<CapacityResult>();
    expectTypeOf(planRoughCutCapacity(model, { bucket: "day" })).toEqualTypeOf<CapacityResult>();
    expectTypeOf(levelLoad(result, { bucket: "day" })).toEqualTypeOf<LevelResult>();
    expectTypeOf(rollupCost(model)).toEqualTypeOf<CostRollup[]>();
    expectTypeOf(rollupCost(model, { item: "BIKE", date: "2026-03-02" })).toEqualTypeOf<CostRollup[]>();
    expectTypeOf(itemRecords(result, "BIKE", { bucket: "week" })).toEqualTypeOf<MrpRecord[]>();
    expectTypeOf(planToJson(result, { bucket: "day" })).toEqualTypeOf<PlanJson>();
    expectTypeOf(availableToPromise(result, "BIKE", { bucket: "week" })).toEqualTypeOf<AvailableToPromiseResult>();
    expectTypeOf(whereUsed(model, "SPOKE", { multiLevel: true })).toEqualTypeOf<WhereUsedResult>();
    expectTypeOf(renderReport(result, { title: "Week 10", generated: "2026-03-02", bucket: "week", lang: "zh-CN" })).toEqualTypeOf<string>();
  });

  it("bucket by day or week, nothing else", () => {
    expectTypeOf<BucketSize>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<CapacityOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<LevelOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<RoughCutCapacityOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<ItemRecordsOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<PlanToJsonOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<AvailableToPromiseOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    expectTypeOf<Required<RenderReportOptions>["bucket"]>().toEqualTypeOf<"day" | "week">();
    // @ts-expect-error no monthly buckets
    planCapacity(result, { bucket: "month" });
    // @ts-expect-error no monthly buckets
    planToJson(result, { bucket: "month" });
  });

  it("rollupCost takes the item in its options; the positional item is a deprecated overload", () => {
    expectTypeOf<RollupCostOptions["item"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(rollupCost(model, "BIKE")).toEqualTypeOf<CostRollup[]>();
    // @ts-expect-error an absent item is left out, not set to undefined
    rollupCost(model, { item: undefined });
  });

  it("take dates as a tick or an ISO date", () => {
    expectTypeOf<Required<RollupCostOptions>["date"]>().toEqualTypeOf<number | string>();
    expectTypeOf<Required<ExplodeOptions>["date"]>().toEqualTypeOf<number | string>();
    // @ts-expect-error a Date object is not a model date
    rollupCost(model, { item: "BIKE", date: new Date() });
  });

  it("reject unknown keys and an explicit undefined (exact optional properties)", () => {
    // @ts-expect-error no such option
    levelLoad(result, { horizon: 4 });
    // @ts-expect-error no such option
    whereUsed(model, "SPOKE", { recursive: true });
    // @ts-expect-error an absent option is left out, not set to undefined
    planCapacity(result, { bucket: undefined });
    // @ts-expect-error caseSensitive is a boolean
    findItems(model, "frame", { caseSensitive: "yes" });
  });

  it("replan takes the patches of applyChanges, or none", () => {
    const { model: next, patches } = applyChanges(model, (d) => {
      d.demands.pop();
    });
    expectTypeOf(replan(result, next, { patches })).toEqualTypeOf<PlanResult>();
    expectTypeOf(replan(result, next)).toEqualTypeOf<PlanResult>();
    expectTypeOf(replan(result, next, { patches, maxOrdersPerItem: 10, maxOrders: 100 })).toEqualTypeOf<PlanResult>();
    // @ts-expect-error the patches go in the options object
    replan(result, next, patches);
    // @ts-expect-error the next state is a model, not a plan
    replan(result, result);
  });

  it("importCsv takes the calendar the tables lack", () => {
    expectTypeOf(importCsv).parameter(1).toExtend<{ readonly calendar?: unknown } | undefined>();
    importCsv({ items: "id,source\nA,buy\n" }, { calendar: { periods: 4 } });
  });
});

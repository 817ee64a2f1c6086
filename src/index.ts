/**
 * mrpkit: a headless, deterministic MRP/BOM planning engine.
 *
 * @packageDocumentation
 */

// Model
export { defineModel, safeDefineModel, modelJsonSchema, type SafeResult } from "./model/defineModel.js";
export type { Model, CompiledBom, ItemEvents } from "./model/Model.js";
export type { Calendar } from "./model/calendar.js";
export {
  ModelSchema,
  ItemSchema,
  BomLineSchema,
  CalendarSchema,
  LotSizingSchema,
  OrderModifiersSchema,
  ItemCostSchema,
  WorkCenterSchema,
  CapacityChangeSchema,
  OperationSchema,
  RoutingSchema,
  OrderSchema,
  DemandSchema,
  DateValueSchema,
  type ModelInput,
  type ModelData,
  type ItemInput,
  type Item,
  type BomLineInput,
  type BomLine,
  type CalendarInput,
  type LotSizing,
  type LotSizingRule,
  type WorkCenterInput,
  type WorkCenter,
  type Operation,
  type Routing,
  type Order,
  type Demand,
  type DemandKind,
  type DateValue,
} from "./model/schema.js";
export { AttributesSchema, type Attributes, type AttributeValue } from "./model/attributes.js";

// Errors
export { MrpError } from "./errors/MrpError.js";
export { ModelError } from "./errors/ModelError.js";
export { UnknownItemError } from "./errors/UnknownItemError.js";
export { InvalidOptionError, type InvalidOptionCode } from "./errors/InvalidOptionError.js";
export { NotAnEndItemError } from "./errors/NotAnEndItemError.js";
export { PlanLimitError, type PlanLimit } from "./errors/PlanLimitError.js";
export { formatPath, formatIssues, type Issue, type JsonPath } from "./errors/Issue.js";

// BOM services
export {
  explode,
  type ExplodeOptions,
  type ExplodeLine,
  type IndentedExplosion,
  type ExplodeComponent,
  type SummarizedExplosion,
} from "./bom/explode.js";
export { whereUsed, type WhereUsedOptions, type WhereUsedLine, type WhereUsedResult } from "./bom/whereUsed.js";
export { cumulativeLeadTime, type CumulativeLeadTime } from "./bom/cumulativeLeadTime.js";
export { findItems, type FindItemsOptions } from "./bom/findItems.js";
export { lowLevelCodes } from "./bom/lowLevelCodes.js";

// Planning
export { plan, type PlanOptions, type PlanLimits, DEFAULT_MAX_ORDERS, DEFAULT_MAX_ORDERS_PER_ITEM, MAX_DERIVED_QUANTITY } from "./mrp/plan.js";
export type {
  PlanResult,
  PlanColumns,
  PlannedOrder,
  Peg,
  PlanException,
  ExceptionKind,
  ItemPlan,
  PlanDate,
} from "./mrp/PlanResult.js";
export { itemRecords, type MrpRecord, type ItemRecordsOptions } from "./mrp/itemRecords.js";
export { planToJson, type PlanJson, type PlanToJsonOptions } from "./mrp/planToJson.js";
export { planSummary, type PlanSummary } from "./mrp/planSummary.js";
export { pegToDemands, type DemandPeg } from "./mrp/pegToDemands.js";
export { replan } from "./mrp/replan.js";
export { availableToPromise, type AvailableToPromiseOptions, type AvailableToPromiseResult, type AtpBucket } from "./mps/availableToPromise.js";
export { compareScenarios, type ScenarioComparison, type PlannedOrderChange, type ProjectedOnHandChange } from "./whatIf/compareScenarios.js";
export { applyChanges, type ModelRecipe, type AppliedChanges } from "./whatIf/applyChanges.js";

// Input and output
export { toCsv } from "./io/toCsv.js";
export { renderReport, type RenderReportOptions } from "./io/renderReport.js";
export { bomToMermaid, type BomToMermaidOptions } from "./io/bomToMermaid.js";
export { bomToDot, type BomToDotOptions } from "./io/bomToDot.js";
export { importCsv, safeImportCsv, type ImportCsvTables, type ImportCsvOptions, type ImportCsvResult, type CsvTableInput } from "./io/importCsv.js";
export type { CsvColumnMaps } from "./io/columnMap.js";
export { exportCsv, type ExportedCsvTables, type CsvWriteOptions } from "./io/exportCsv.js";
export { CsvImportError } from "./errors/CsvImportError.js";
export type { CsvTableName } from "./io/csvTables.js";

// Capacity and cost
export {
  availableHours,
  billOfResources,
  capacity,
  level,
  roughCutCapacity,
  operationStart,
  scheduleOrder,
  type BillOfResources,
  type ResourceRow,
  type CapacityBucket,
  type CapacityOptions,
  type CapacityOverload,
  type CapacityResult,
  type WorkCenterLoad,
  type LateOrder,
  type LeveledOperation,
  type LevelOptions,
  type LevelResult,
  type BucketSize,
  type RoughCutCapacityOptions,
  type OrderSchedule,
  type ScheduledOperation,
} from "./capacity/index.js";
export { rollupCost, type RollupCostOptions, type CostLevel, type CostComponent, type CostRollup } from "./cost/rollupCost.js";

// Channel pricing (the pricing barrel lists its public names explicitly)
export * from "./pricing/index.js";

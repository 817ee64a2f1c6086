/**
 * mrpkit: a headless, deterministic MRP/BOM planning engine.
 *
 * @packageDocumentation
 */

// Model
export { defineModel, safeDefineModel } from "./model/defineModel.js";
export { modelJsonSchema } from "./model/modelJsonSchema.js";
export type { Model } from "./model/Model.js";
export type { Calendar } from "./model/calendar.js";
export { formatPlanDate } from "./model/formatPlanDate.js";
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
  LocationSchema,
  ItemLocationSchema,
  SourceSchema,
  type Location,
  type ItemLocationInput,
  type ItemLocation,
  type SourceInput,
  type Source,
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
export type { SafeResult } from "./errors/SafeResult.js";
export type { MrpErrorCode, InvalidOptionCode, QuoteErrorCode } from "./errors/codes.js";
export { MrpError } from "./errors/MrpError.js";
export { ModelError } from "./errors/ModelError.js";
export { UnknownItemError } from "./errors/UnknownItemError.js";
export { UnknownOrderError } from "./errors/UnknownOrderError.js";
export { UnknownWorkCenterError } from "./errors/UnknownWorkCenterError.js";
export { InvalidOptionError } from "./errors/InvalidOptionError.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the class stays for code that catches it, until 2.0
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
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { computeCumulativeLeadTime, cumulativeLeadTime, type CumulativeLeadTime } from "./bom/cumulativeLeadTime.js";
export { findItems, type FindItemsOptions } from "./bom/findItems.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { computeLowLevelCodes, lowLevelCodes } from "./bom/lowLevelCodes.js";

// Planning
export { plan, type PlanOptions, type PlanLimits, type PlanProgress, DEFAULT_MAX_ORDERS, DEFAULT_MAX_ORDERS_PER_ITEM } from "./mrp/plan.js";
export { MAX_DERIVED_QUANTITY } from "./mrp/explodeOrders.js";
export type {
  PlanResult,
  PlannedOrder,
  Peg,
  PlanException,
  ExceptionKind,
  ItemPlan,
  PlanDate,
  SourceChoice,
  SourceCandidate,
} from "./mrp/PlanResult.js";
export { itemRecords, allItemRecords, MRP_RECORD_ROWS, type MrpRecord, type ItemRecords, type ItemRecordsOptions } from "./mrp/itemRecords.js";
export { planToJson, type PlanJson, type PlanToJsonOptions } from "./mrp/planToJson.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { summarizePlan, planSummary, type PlanSummary } from "./mrp/planSummary.js";
export { pegToDemands, type DemandPeg } from "./mrp/pegToDemands.js";
export { replan, type ReplanOptions } from "./mrp/replan.js";
export { availableToPromise, type AvailableToPromiseOptions, type AvailableToPromiseResult, type AtpBucket } from "./mps/availableToPromise.js";
export { compareScenarios, type ScenarioComparison, type PlannedOrderChange, type ProjectedOnHandChange } from "./whatIf/compareScenarios.js";
export { applyChanges, type ModelRecipe, type AppliedChanges } from "./whatIf/applyChanges.js";
export {
  demandsAtRisk,
  type DemandsAtRisk,
  type DemandsAtRiskOptions,
  type DemandAtRisk,
  type RiskCause,
  type RiskKind,
} from "./worklist/demandsAtRisk.js";
export { releaseList, type ReleaseList, type ReleaseListOptions, type ReleaseLine } from "./worklist/releaseList.js";

// Input and output
export { toCsv } from "./io/toCsv.js";
export { renderReport, type RenderReportOptions } from "./io/renderReport.js";
export type { ReportLanguage } from "./io/reportText.js";
export { bomToMermaid, type BomToMermaidOptions } from "./io/bomToMermaid.js";
export { bomToDot, type BomToDotOptions } from "./io/bomToDot.js";
export { importCsv, safeImportCsv, type ImportCsvTables, type ImportCsvOptions, type ImportCsvResult, type CsvTableInput } from "./io/importCsv.js";
export type { CsvColumnMaps } from "./io/columnMap.js";
export { exportCsv, type ExportedCsvTables, type CsvWriteOptions } from "./io/exportCsv.js";
export { CsvImportError } from "./errors/CsvImportError.js";
export type { CsvTableName } from "./io/csvTables.js";

// Capacity and cost
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { computeAvailableHours, availableHours } from "./capacity/availableHours.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { buildBillOfResources, billOfResources, type BillOfResources, type ResourceRow } from "./capacity/billOfResources.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { planCapacity, capacity, type CapacityOptions, type CapacityResult } from "./capacity/capacity.js";
export type { CapacityBucket, CapacityOverload, CapacityMessage, WorkCenterLoad } from "./capacity/types.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { levelLoad, level, type LateOrder, type LeveledOperation, type LeveledRelease, type LevelLimit, type LevelOptions, type LevelResult, type MaterialHold } from "./capacity/level.js";
export type { BucketSize } from "./capacity/loadProfile.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { planRoughCutCapacity, roughCutCapacity, type RoughCutCapacityOptions } from "./capacity/roughCut.js";
export { backScheduleOrder } from "./capacity/backScheduleOrder.js";
export type { OrderSchedule, ScheduledOperation } from "./routing/scheduleOrder.js";
// eslint-disable-next-line @typescript-eslint/no-deprecated -- rollupCost is current; only its positional-item form is deprecated, kept for compatibility until 2.0
export { rollupCost, type RollupCostOptions, type CostLevel, type CostComponent, type CostRollup } from "./cost/rollupCost.js";

// Channel pricing
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is kept for compatibility until 2.0
export { definePriceBook, safeDefinePriceBook, type SafeDefinePriceBookResult } from "./pricing/definePriceBook.js";
export { compilePriceBook, type CompiledPriceBook } from "./pricing/compilePriceBook.js";
/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated aliases are kept for compatibility until 2.0 */
export {
  quote,
  safeQuote,
  type QuoteOptions,
  type QuoteResult,
  type QuoteTraceEntry,
  type QuoteTraceSearch,
  type QuoteTraceCandidate,
  type QuoteTraceDerive,
  type QuoteTraceTier,
  type QuoteTraceRound,
  type SafeQuoteResult,
} from "./pricing/quote.js";
/* eslint-enable @typescript-eslint/no-deprecated */
export type { QuoteLine } from "./pricing/quoteLine.js";
/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated aliases are kept for compatibility until 2.0 */
export {
  settleRebate,
  safeSettleRebate,
  type RebateSettlement,
  type RebateAccrual,
  type RebateNextThreshold,
  type RebateExclusion,
  type SafeSettleRebateResult,
} from "./pricing/settleRebate.js";
export {
  claimPriceProtection,
  safeClaimPriceProtection,
  priceProtectionClaim,
  safePriceProtectionClaim,
  type PriceProtectionOptions,
  type PriceProtectionClaim,
  type SafePriceProtectionClaimResult,
} from "./pricing/priceProtectionClaim.js";
export {
  checkTerritories,
  safeCheckTerritories,
  type CrossTerritorySale,
  type TerritoryReport,
  type SafeCheckTerritoriesResult,
} from "./pricing/checkTerritories.js";
export { findVolumeCliffs, volumeCliffs, type VolumeCliff, type VolumeCliffsRequest } from "./pricing/volumeCliffs.js";
/* eslint-enable @typescript-eslint/no-deprecated */
export { priceBookJsonSchema } from "./pricing/priceBookJsonSchema.js";
export { isIsoDate } from "./internal/dates.js";
export { isRegion } from "./pricing/regions.js";
export type {
  PriceBookInput,
  ChannelInput,
  PriceInput,
  TierInput,
  TerritoryInput,
  RebateInput,
  RebateTierInput,
  CrossTerritoryExclusion,
  SalesLineInput,
  StockMovementInput,
  QuoteRequest,
  PriceDropInput,
  DecimalInput,
  MoneyRoundingMode,
  TiersMode,
} from "./pricing/inputTypes.js";
export type {
  PriceBook,
  PriceBookChannel,
  PriceBookPrice,
  PriceBookTier,
  TerritoryGrant,
  RebateAgreement,
  RebateTier,
} from "./pricing/types.js";
export { PriceBookError } from "./errors/PriceBookError.js";
export { QuoteError } from "./errors/QuoteError.js";

/**
 * Channel pricing: price books, tiers, quotes with traces, rebates, price protection and
 * territories (SPEC section 8). Explicit named exports only.
 */
export { definePriceBook, safeDefinePriceBook, type SafeDefinePriceBookResult } from "./definePriceBook.js";
export { compilePriceBook, type CompiledPriceBook } from "./compilePriceBook.js";
export {
  quote,
  safeQuote,
  type QuoteOptions,
  type QuoteResult,
  type QuoteLine,
  type QuoteTraceEntry,
  type QuoteTraceSearch,
  type QuoteTraceCandidate,
  type QuoteTraceDerive,
  type QuoteTraceTier,
  type QuoteTraceRound,
  type SafeQuoteResult,
} from "./quote.js";
export {
  settleRebate,
  safeSettleRebate,
  type RebateSettlement,
  type RebateAccrual,
  type RebateNextThreshold,
  type SafeSettleRebateResult,
} from "./settleRebate.js";
export {
  priceProtectionClaim,
  safePriceProtectionClaim,
  type PriceProtectionOptions,
  type PriceProtectionClaim,
  type SafePriceProtectionClaimResult,
} from "./priceProtectionClaim.js";
export {
  checkTerritories,
  safeCheckTerritories,
  type CrossTerritorySale,
  type TerritoryReport,
  type SafeCheckTerritoriesResult,
} from "./checkTerritories.js";
export { volumeCliffs, type VolumeCliff, type VolumeCliffsRequest } from "./volumeCliffs.js";
export { priceBookJsonSchema } from "./priceBookJsonSchema.js";
export type {
  PriceBookInput,
  ChannelInput,
  PriceInput,
  TierInput,
  TerritoryInput,
  RebateInput,
  RebateTierInput,
  SalesLineInput,
  StockMovementInput,
  QuoteRequest,
  PriceDropInput,
  DecimalInput,
  RoundingMode as MoneyRoundingMode,
  TiersMode,
} from "./inputTypes.js";
export type {
  PriceBook,
  PriceBookChannel,
  PriceBookPrice,
  PriceBookTier,
  TerritoryGrant,
  RebateAgreement,
  RebateTier,
} from "./types.js";
export { PriceBookError } from "../errors/PriceBookError.js";
export { QuoteError, type QuoteErrorCode } from "../errors/QuoteError.js";

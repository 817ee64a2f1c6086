/**
 * The safe twins return a result that narrows on `success`: the value the throwing twin returns,
 * or the error it throws, each with its own type.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  CsvImportError,
  InvalidOptionError,
  MrpError,
  UnknownItemError,
  UnknownOrderError,
  UnknownWorkCenterError,
  type InvalidOptionCode,
  type MrpErrorCode,
  type QuoteErrorCode,
  ModelError,
  PriceBookError,
  QuoteError,
  safeCheckTerritories,
  safeDefineModel,
  safeDefinePriceBook,
  safeImportCsv,
  safeClaimPriceProtection,
  safeQuote,
  safeSettleRebate,
  type CompiledPriceBook,
  type Model,
  type ModelInput,
  type PriceBook,
  type PriceDropInput,
  type PriceProtectionClaim,
  type QuoteRequest,
  type QuoteResult,
  type RebateSettlement,
  type SafeResult,
  type SafeQuoteResult,
  type SafeDefinePriceBookResult,
  type SafeSettleRebateResult,
  type SafePriceProtectionClaimResult,
  type SafeCheckTerritoriesResult,
  type SalesLineInput,
  type StockMovementInput,
  type TerritoryReport,
} from "../../src/index.ts";

declare const book: PriceBook;
declare const compiled: CompiledPriceBook;
declare const request: QuoteRequest;
declare const sales: readonly SalesLineInput[];
declare const drop: PriceDropInput;
declare const movements: readonly StockMovementInput[];

describe("SafeResult", () => {
  it("narrows to data on success and to error on failure", () => {
    const r = {} as SafeResult<number, ModelError>;
    expectTypeOf(r.success).toEqualTypeOf<boolean>();
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<number>();
    else expectTypeOf(r.error).toEqualTypeOf<ModelError>();
  });

  it("has zod's shape: the other branch's field is there as never, so it reads as undefined", () => {
    const r = {} as SafeResult<number, ModelError>;
    expectTypeOf(r.data).toEqualTypeOf<number | undefined>();
    expectTypeOf(r.error).toEqualTypeOf<ModelError | undefined>();
    if (r.success) expectTypeOf(r.error).toEqualTypeOf<undefined>();
    else expectTypeOf(r.data).toEqualTypeOf<undefined>();
  });

  it("is the type the old per-function names now stand for", () => {
    expectTypeOf<SafeQuoteResult>().toEqualTypeOf<SafeResult<QuoteResult, QuoteError>>();
    expectTypeOf<SafeDefinePriceBookResult>().toEqualTypeOf<SafeResult<PriceBook, PriceBookError>>();
    expectTypeOf<SafeSettleRebateResult>().toEqualTypeOf<SafeResult<RebateSettlement, QuoteError>>();
    expectTypeOf<SafePriceProtectionClaimResult>().toEqualTypeOf<SafeResult<PriceProtectionClaim, QuoteError>>();
    expectTypeOf<SafeCheckTerritoriesResult>().toEqualTypeOf<SafeResult<TerritoryReport, QuoteError>>();
  });

  it("only takes errors as its failure type", () => {
    // @ts-expect-error the failure is an Error
    expectTypeOf<SafeResult<number, string>>().not.toBeAny();
  });
});

describe("the safe twins", () => {
  it("safeDefineModel: a Model or a ModelError", () => {
    const r = safeDefineModel({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Model>();
    else {
      expectTypeOf(r.error).toEqualTypeOf<ModelError>();
      expectTypeOf(r.error.issues).not.toBeAny();
    }
  });

  it("safeImportCsv: a model document or a CsvImportError", () => {
    const r = safeImportCsv({ items: "id,source\nA,buy\n" });
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<ModelInput>();
    else expectTypeOf(r.error).toEqualTypeOf<CsvImportError>();
  });

  it("safeDefinePriceBook: a PriceBook or a PriceBookError", () => {
    const r = safeDefinePriceBook({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<PriceBook>();
    else expectTypeOf(r.error).toEqualTypeOf<PriceBookError>();
  });

  it("safeQuote: a QuoteResult or a QuoteError, from a book or a compiled book", () => {
    for (const r of [safeQuote(book, request), safeQuote(compiled, request, { trace: false })]) {
      if (r.success) expectTypeOf(r.data).toEqualTypeOf<QuoteResult>();
      else expectTypeOf(r.error).toEqualTypeOf<QuoteError>();
    }
  });

  it("safeSettleRebate: a RebateSettlement or a QuoteError", () => {
    const r = safeSettleRebate(book, "R1", sales);
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<RebateSettlement>();
    else expectTypeOf(r.error).toEqualTypeOf<QuoteError>();
  });

  it("safeClaimPriceProtection: a PriceProtectionClaim or a QuoteError", () => {
    const r = safeClaimPriceProtection(book, drop, movements, { protectionDays: 30 });
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<PriceProtectionClaim>();
    else expectTypeOf(r.error).toEqualTypeOf<QuoteError>();
  });

  it("safeCheckTerritories: a TerritoryReport or a QuoteError", () => {
    const r = safeCheckTerritories(book, sales);
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<TerritoryReport>();
    else expectTypeOf(r.error).toEqualTypeOf<QuoteError>();
  });

  it("carry a code of the one code union, narrowed per class", () => {
    expectTypeOf<MrpError["code"]>().toEqualTypeOf<MrpErrorCode>();
    expectTypeOf<ModelError["code"]>().toExtend<MrpErrorCode>();
    expectTypeOf<UnknownItemError["code"]>().toEqualTypeOf<"unknown_item">();
    expectTypeOf<UnknownOrderError["code"]>().toEqualTypeOf<"unknown_order">();
    expectTypeOf<UnknownWorkCenterError["code"]>().toEqualTypeOf<"unknown_work_center">();
    expectTypeOf<QuoteError["code"]>().toEqualTypeOf<QuoteErrorCode>();
    expectTypeOf<InvalidOptionError["code"]>().toEqualTypeOf<InvalidOptionCode>();
    // @ts-expect-error a code outside the union
    new MrpError("no_such_code", "message");
  });

  it("carry a stable string code on every error", () => {
    expectTypeOf<ModelError["code"]>().toExtend<string>();
    expectTypeOf<CsvImportError["code"]>().toExtend<string>();
    expectTypeOf<PriceBookError["code"]>().toExtend<string>();
    expectTypeOf<QuoteError["code"]>().toExtend<string>();
  });
});

import { stringOption } from "../args.js";
import { readJson } from "../input.js";
import { textTable } from "../textTable.js";
import { CliInputError, UsageError, type CommandSpec } from "../types.js";
import { definePriceBook, settleRebate, type RebateSettlement, type SalesLineInput } from "../../index.js";

/** The settlement's fields as docs/cli.md shows them, in that order. */
function toJson(s: RebateSettlement): Record<string, unknown> {
  const base: Record<string, unknown> = {
    agreement: s.agreement,
    partner: s.partner,
    basis: s.basis,
    rate: s.rate,
    rebate: s.rebate,
    accrued: s.accrued,
    settlement: s.settlement,
    nextThreshold: s.nextThreshold,
  };
  // Only an agreement that excludes cross-territory sales has exclusions to show.
  if (s.excludeCrossTerritory === "none") return base;
  return { ...base, excludeCrossTerritory: s.excludeCrossTerritory, excludedAmount: s.excludedAmount, excluded: s.excluded };
}

function renderTable(s: RebateSettlement): string {
  const next = s.nextThreshold === null ? "highest tier reached" : `${s.nextThreshold.missing} more to reach ${s.nextThreshold.from} (rate ${s.nextThreshold.rate})`;
  const head = [
    `agreement   ${s.agreement} (${s.mode})`,
    `partner     ${s.partner}`,
    `basis       ${s.basis}`,
    `rate        ${s.rate}`,
    `rebate      ${s.rebate}`,
    `accrued     ${s.accrued}`,
    `settlement  ${s.settlement}`,
    `next        ${next}`,
  ].join("\n");
  const rows = textTable(
    [{ title: "line", right: true }, { title: "date" }, { title: "sku" }, { title: "amount", right: true }, { title: "accrual", right: true }],
    s.accruals.map((a) => [String(a.index), a.date, a.sku, a.amount, a.accrual]),
  );
  if (s.excludeCrossTerritory === "none") return `${head}\n\naccruals:\n${rows}`;
  const excluded = textTable(
    [{ title: "line", right: true }, { title: "date" }, { title: "sku" }, { title: "region" }, { title: "amount", right: true }, { title: "exclusive holder" }],
    s.excluded.map((e) => [String(e.index), e.date, e.sku, e.region, e.amount, e.exclusiveHolder ?? "-"]),
  );
  return `${head}\n\naccruals:\n${rows}\nexcluded from the basis (cross-territory, ${s.excludeCrossTerritory}): ${s.excludedAmount}\n${excluded}`;
}

/** `mrpkit rebate`: settles a rebate agreement of a price book against sales lines. */
export const rebateCommand: CommandSpec = {
  name: "rebate",
  summary: "settle a rebate agreement against sales lines: basis, rate, rebate, accrued, settlement, next threshold",
  positionals: "<book.json> <sales.json>",
  arity: [2, 2],
  formats: ["json", "table"],
  options: { agreement: { type: "string", value: "ID", required: true, help: "the rebate agreement to settle" } },
  run(args, io) {
    const format = args.format;
    const agreement = stringOption(args, "agreement")!;
    if (args.positionals[0] === "-" && args.positionals[1] === "-") throw new UsageError("only one of the inputs can be standard input");
    const book = definePriceBook(readJson(io, args.positionals[0]!));
    const sales = readJson(io, args.positionals[1]!);
    if (!Array.isArray(sales)) throw new CliInputError(`${args.positionals[1]!}: expected a JSON array of sales lines`);
    const result = settleRebate(book, agreement, sales as SalesLineInput[]);
    io.stdout(format === "json" ? JSON.stringify(toJson(result), null, 2) + "\n" : renderTable(result));
    return 0;
  },
};

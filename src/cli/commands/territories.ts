/**
 * `mrpkit territories <book.json> <sales.json>`: the territory check (窜货): every sale outside
 * its partner's territory grants, with the partners that do hold the region.
 */
import { checkTerritories, definePriceBook, toCsv, type SalesLineInput, type TerritoryReport } from "../../index.js";
import { readJson } from "../input.js";
import { textTable } from "../textTable.js";
import { CliInputError, UsageError, type CommandSpec } from "../types.js";

/** Lines are numbered from 1 for people, as in the sales file. */
function tableText(r: TerritoryReport): string {
  const n = r.crossTerritory.length;
  let out = `${r.checked} sales line${r.checked === 1 ? "" : "s"} checked, ${r.unchecked} without a region; ${n} cross-territory sale${n === 1 ? "" : "s"}\n`;
  if (n > 0) {
    out +=
      "\n" +
      textTable(
        [{ title: "line", right: true }, { title: "id" }, { title: "partner" }, { title: "sku" }, { title: "date" }, { title: "region" }, { title: "reason" }, { title: "holders" }, { title: "exclusive" }],
        r.crossTerritory.map((s) => [String(s.index + 1), s.id ?? "", s.partner, s.sku, s.date, s.region, s.reason, s.holders.join(" "), s.exclusiveHolder ?? ""]),
      );
  }
  return out;
}

function csvText(r: TerritoryReport): string {
  return toCsv(
    ["index", "id", "partner", "sku", "date", "region", "reason", "holders", "exclusiveHolder"],
    r.crossTerritory.map((s) => [s.index, s.id, s.partner, s.sku, s.date, s.region, s.reason, s.holders.join(" "), s.exclusiveHolder]),
  );
}

/** The `territories` command. */
export const territoriesCommand: CommandSpec = {
  name: "territories",
  summary: "territory check (窜货): sales outside the seller's territory grants, with the partners holding the region; --format json (default), table or csv",
  positionals: "<book.json> <sales.json>",
  arity: [2, 2],
  formats: ["json", "table", "csv"],
  options: {},
  run(args, io) {
    if (args.positionals[0] === "-" && args.positionals[1] === "-") throw new UsageError("only one of the inputs can be standard input");
    const book = definePriceBook(readJson(io, args.positionals[0]!));
    const sales = readJson(io, args.positionals[1]!);
    if (!Array.isArray(sales)) throw new CliInputError(`${args.positionals[1]!}: expected a JSON array of sales lines`);
    const r = checkTerritories(book, sales as SalesLineInput[]);
    io.stdout(args.format === "json" ? JSON.stringify(r, null, 2) + "\n" : args.format === "csv" ? csvText(r) : tableText(r));
    return 0;
  },
};

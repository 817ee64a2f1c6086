import { decimalOption, stringOption } from "../args.js";
import { readJson } from "../input.js";
import { textTable } from "../textTable.js";
import { UsageError, type CommandSpec } from "../types.js";
import { definePriceBook } from "../../pricing/definePriceBook.js";
import { quote, type QuoteResult } from "../../pricing/quote.js";
import { isIsoDate } from "../../internal/dates.js";
import { isRegion } from "../../pricing/regions.js";

/** Renders a quote for people: the result, the tier lines, then the trace. */
function renderTable(r: QuoteResult): string {
  const head = `${r.sku} × ${r.quantity} in channel ${r.channel}: ${r.total} ${r.currency}` + (r.unitPrice === null ? "" : ` (unit price ${r.unitPrice})`) + "\n\n";
  const lines = textTable(
    [{ title: "from" }, { title: "to" }, { title: "quantity", right: true }, { title: "unit", right: true }, { title: "flat", right: true }, { title: "amount", right: true }],
    r.lines.map((l) => [l.from, l.to ?? "∞", l.quantity, l.unitAmount, l.flatAmount, l.amount]),
  );
  const trace = r.trace.map((e, k) => `${String(k + 1).padStart(2)}. ${e.step.padEnd(9)} ${e.reason}`).join("\n");
  return `${head}${lines}\ntrace:\n${trace}\n`;
}

/** `mrpkit quote`: prices a quantity of a sku for a channel, region and date (today by default). */
export const quoteCommand: CommandSpec = {
  name: "quote",
  summary: "price a sku for a channel, region and date from a price book; JSON with the trace",
  positionals: "<book.json>",
  arity: [1, 1],
  formats: ["json", "table"],
  options: {
    sku: { type: "string", value: "S", required: true, help: "the sku to price" },
    qty: { type: "string", value: "N", required: true, help: "the quantity, e.g. 12, 2.5 or 1e3" },
    channel: { type: "string", value: "C", required: true, help: "the sales channel" },
    region: { type: "string", value: "R", help: "the region code, e.g. CN-ZJ" },
    date: { type: "string", value: "YYYY-MM-DD", help: "the date of the price (default today)" },
  },
  run(args, io) {
    const format = args.format;
    const sku = stringOption(args, "sku")!;
    const qty = decimalOption(args, "qty")!;
    const channel = stringOption(args, "channel")!;
    if (qty.startsWith("-")) throw new UsageError(`--qty must not be negative (got '${stringOption(args, "qty")}')`);
    const region = stringOption(args, "region");
    if (region !== undefined && !isRegion(region)) throw new UsageError(`--region must be a region code such as CN-ZJ (got '${region}')`);
    const dateOption = stringOption(args, "date");
    if (dateOption !== undefined && !isIsoDate(dateOption)) throw new UsageError(`--date must be a real date YYYY-MM-DD (got '${dateOption}')`);
    const date = dateOption ?? io.today();
    const book = definePriceBook(readJson(io, args.positionals[0]!));
    const result = quote(book, { sku, quantity: qty, channel, region: region ?? null, date });
    io.stdout(format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderTable(result));
    return 0;
  },
};

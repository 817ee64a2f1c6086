/**
 * Every message text of the CSV import (the files, their headers and cells, the column maps and
 * the options), in one place. Codes are stable; texts may be improved.
 *
 * @internal
 */

const q = (v: unknown): string => JSON.stringify(v);
/** `a, b or c` for up to three values, `a, b, c, d` for more. */
const choices = (values: readonly string[]): string =>
  values.length <= 3 ? values.slice(0, -1).join(", ") + " or " + values[values.length - 1]! : values.join(", ");

/** How a cell that is not a number could be written, by the file's decimal mark. */
const numberHints = {
  decimalComma: " (the decimal mark is a comma: write 1.000,5 or 1000,5)",
  decimalDot: " (the decimal mark is a dot: write 1,000.5 or 1000.5)",
  commaFile: " (this file is comma-separated, so the decimal mark is a dot: write 12.5)",
  separators: ' (thousands separators are read only with a decimal option: decimal "," or ".")',
} as const;

/** A key of the hints a "not a number" message may end with. */
export type NumberHint = keyof typeof numberHints;

/** How a message names the value of a choice column, where it is not the column's name. */
const choiceLabels: ReadonlyMap<string, string> = new Map([
  ["lot_rule", "lot rule"],
  ["kind", "demand kind"],
  ["unit", "calendar unit"],
  ["supply_kind", "source kind"],
]);

export const csvMessages = {
  // the bytes
  unknownEncoding: (encoding: string | undefined): string =>
    `unknown encoding ${q(encoding)}: give a WHATWG encoding label such as utf-8, gb18030, utf-16le or windows-1252`,
  invalidText: (encoding: string): string => `the file is not valid ${encoding}: check its encoding`,
  notUtf8: (hex: string, offset: number): string =>
    `the file is not UTF-8 (byte 0x${hex} at offset ${offset}): give its encoding, e.g. --encoding gb18030 (option encoding: "gb18030") for GBK files of Chinese Excel, 用友 or 金蝶, or windows-1252 for Western European Excel`,
  nulCharacters:
    'the file holds NUL characters: it looks like UTF-16 without a byte-order mark; give its encoding, e.g. --encoding utf-16le (option encoding: "utf-16le")',
  invalidInput: "expected the CSV text as a string, or the file's bytes as a Uint8Array",
  // the CSV syntax
  emptyFile: (required: readonly string[], all: readonly string[]): string =>
    `the file is empty: a header row is required (${required.join(", ") || all.join(", ")})`,
  unclosedQuote: "a quoted field of the record starting on this line is not closed: the file ends inside quotes",
  openingQuote: 'a quote inside an unquoted field: quote the whole field and double the quotes inside ("a ""b"" c")',
  closingQuote: "text after a closing quote: a quoted field must end at the delimiter or the end of the line",
  fieldCount: (fields: number, headerFields: number, decimalCommaHint: boolean): string =>
    `the line has ${fields} fields, the header has ${headerFields}${decimalCommaHint ? ' (a decimal comma? write 12.5, or quote the cell: "12,5" is still not a number in a comma-separated file)' : ""}`,
  // the header
  noHeader: (column: number): string => `column ${column} has no header`,
  unknownColumn: (header: string, table: string, columns: readonly string[] | undefined): string =>
    `unknown column ${q(header)} in the ${table} table${columns === undefined ? "" : `; the columns are ${columns.join(", ")}`}`,
  protoAttribute: "__proto__ cannot be an attribute name",
  duplicateColumn: (header: string, what: string, first: string | undefined): string => `column ${q(header)} is ${what}, which is already given as ${q(first)}`,
  attributeColumn: (key: string): string => `attribute ${q(key)}`,
  /** How an ignored column is named in {@link csvMessages.ignoredColumns}. */
  ignoredColumn: (header: string, column: number): string => (header === "" ? `column ${column} (no header)` : q(header)),
  ignoredColumns: (ignored: readonly string[], table: string): string => {
    const one = ignored.length === 1;
    return `ignored ${one ? "a column" : `${ignored.length} columns`} that ${one ? "is" : "are"} no column of the ${table} table: ${ignored.join(", ")} (map ${one ? "it" : "them"} with a column map, keep ${one ? "it as an attribute" : "them as attributes"}, or refuse unknown columns with strict columns)`;
  },
  missingColumn: (column: string, aliases: readonly string[]): string =>
    `missing required column ${column}${aliases.length > 0 ? ` (or ${aliases.join(", ")})` : ""}`,
  // the cells
  missingValue: (column: string): string => `${column} is empty (it is required)`,
  notANumber: (value: string, hint: NumberHint | undefined): string => `${q(value)} is not a number${hint === undefined ? "" : numberHints[hint]}`,
  notYesNo: (value: string): string => `${q(value)} is not a yes/no value (write yes or no, true or false, 1 or 0)`,
  unknownChoice: (column: string, value: string, values: readonly string[]): string =>
    `unknown ${choiceLabels.get(column) ?? column} ${q(value)}: expected ${choices(values)}`,
  duplicateAttribute: (key: string, first: string | undefined): string => `attribute ${q(key)} is given twice in this row (also in ${q(first)})`,
  duplicatePartNumber: (id: string, firstLine: number): string => `duplicate part number ${q(id)} (first at line ${firstLine})`,
  unusedLotParameter: (column: string, rule: string, effective: string): string => `${column} applies to lot_rule ${rule} only (lot_rule is ${effective})`,
  missingLotParameter: (rule: string, column: string): string => `lot_rule ${rule} needs ${column}`,
  lotParameterWithoutRule: (column: string, rule: string): string =>
    `${column} applies to lot_rule ${rule} only, and lot_rule is empty here (an empty lot_rule keeps the item's lot sizing): give lot_rule ${rule}`,
  unknownPartNumber: (id: string, itemsFile: string): string => `unknown part number ${q(id)}: it is not in ${itemsFile}`,
  unknownWorkCenter: (id: string, file: string | undefined): string => `unknown work center ${q(id)}: it is not in ${file ?? "the work centers table"}`,
  percentRange: (column: string): string => `${column} must be a percentage from 0 to less than 100`,
  ambiguousNumber: (value: string, count: number): string =>
    `${q(value)} was read as ${Number(value)}${count > 1 ? ` (and ${count - 1} more number${count > 2 ? "s" : ""} like it)` : ""}; if the dot is a thousands separator, give decimal "," (--decimal ,); decimal "." confirms the reading`,
  noItemsTable: "the items table is required",
  outsourcedLeadTimeRequired: "outsourced_cost is given, so outsourced_lead_time is required",
  noCalendarRow: "the calendar table needs one row",
  extraCalendarRow: "the calendar table has one row only",
  workdays: "workdays are ISO weekday numbers 1..7 separated by spaces, e.g. 1 2 3 4 5",
  // the options
  invalidDelimiter: (delimiter: unknown): string => `delimiter must be ",", ";" or "\\t" (got ${q(delimiter)})`,
  noCalendar: "no calendar: give options.calendar (the CLI's --calendar) or a calendar table",
  invalidDecimal: (decimal: unknown): string => `decimal must be "," or "." (got ${q(decimal)})`,
  columnsNotAnObject: 'columns must be an object of column maps by table, e.g. { items: { "物料编码": "part_number" } }',
  unknownTable: (table: string, tables: readonly string[]): string => `unknown table ${q(table)}: the tables are ${tables.join(", ")}`,
  columnMapNotAnObject: "a column map is an object: header as written → column name (or null to skip the column)",
  invalidTarget: "the target of a header is a column name, attr.<name>, or null to skip the column",
  noSuchAttribute: (target: string): string => `${q(target)} names no attribute: write attr.<name>`,
  noAttributes: (table: string): string => `the ${table} table has no attributes (only items, receipts, firmOrders, demands and itemLocations have)`,
  noSuchColumn: (target: string, table: string, columns: readonly string[]): string =>
    `${q(target)} is no column of the ${table} table; the columns are ${columns.join(", ")}`,
} as const;

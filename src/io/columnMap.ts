/**
 * How a CSV header is read: a column of the table (by the column map, the canonical name or an
 * alias), an attribute (`attr.<key>`, `attr.<key>:number`, `attr.<key>:boolean`), a column the
 * map says to skip, or an unknown column.
 */
import type { Issue } from "../errors/Issue.js";
import { csvMessages as M } from "../errors/csvMessages.js";
import { CSV_TABLE, normalizeHeader, type CsvColumn, type CsvTableDef, type CsvTableName } from "./csvTables.js";

/** How an attribute cell is read: text as written, a number, or a yes/no value. */
export type AttributeType = "text" | "number" | "boolean";

/**
 * Column maps by table: header as written in the file → the column it holds (a canonical column
 * name or alias, or `attr.<key>` for an attribute), or `null` to skip the column without a warning.
 *
 * @category CSV and report
 */
export type CsvColumnMaps = Partial<Readonly<Record<CsvTableName, Readonly<Record<string, string | null>>>>>;

/** What a header holds. */
export type HeaderTarget =
  | { readonly kind: "column"; readonly column: CsvColumn }
  | { readonly kind: "attribute"; readonly key: string; readonly type: AttributeType }
  | { readonly kind: "skip" }
  | { readonly kind: "unknown" };

/** The tables whose rows may carry attributes. */
export const ATTRIBUTE_TABLES: ReadonlySet<CsvTableName> = new Set<CsvTableName>(["items", "receipts", "firmOrders", "demands", "itemLocations"]);

const TYPE_SUFFIX = /:(text|number|boolean)$/;

/**
 * An `attr.<key>` header read as attribute key and type; `:number`, `:boolean` or `:text` at the
 * end gives the type (text by default). The prefix is matched ignoring case, the key is kept as
 * written.
 *
 * @param header - the header, trimmed
 * @returns the key and type, or undefined when the header is not an attribute header
 */
export function attributeHeader(header: string): { key: string; type: AttributeType } | undefined {
  if (!/^attr\./i.test(header)) return undefined;
  const rest = header.slice(5);
  const m = TYPE_SUFFIX.exec(rest);
  return m === null ? { key: rest, type: "text" } : { key: rest.slice(0, m.index), type: m[1] as AttributeType };
}

/**
 * The header the export writes for an attribute: `attr.<key>` for text, `attr.<key>:number` or
 * `attr.<key>:boolean` otherwise; a text key that itself ends in a type suffix gets `:text`, so
 * it reads back unchanged.
 *
 * @param key - the attribute's key
 * @param type - the type of its values in this column
 * @returns the header
 */
export function attributeColumnName(key: string, type: AttributeType): string {
  if (type !== "text") return `attr.${key}:${type}`;
  return TYPE_SUFFIX.test(key) ? `attr.${key}:text` : `attr.${key}`;
}

/** The columns of a table by canonical name and every alias, normalised. */
const LOOKUP = new Map<CsvTableName, ReadonlyMap<string, CsvColumn>>();
function lookupOf(def: CsvTableDef): ReadonlyMap<string, CsvColumn> {
  let m = LOOKUP.get(def.name);
  if (m === undefined) {
    const built = new Map<string, CsvColumn>();
    for (const c of def.columns) for (const n of [c.name, ...c.aliases]) built.set(normalizeHeader(n), c);
    LOOKUP.set(def.name, built);
    m = built;
  }
  return m;
}

/** A column name or alias (or `attr.` header) as a target. */
function targetOf(def: CsvTableDef, name: string): HeaderTarget {
  const attr = attributeHeader(name);
  if (attr !== undefined) return ATTRIBUTE_TABLES.has(def.name) && attr.key !== "" ? { kind: "attribute", ...attr } : { kind: "unknown" };
  const n = normalizeHeader(name);
  const c = n === "" ? undefined : lookupOf(def).get(n);
  return c === undefined ? { kind: "unknown" } : { kind: "column", column: c };
}

/** The map's entry for a header: the exact header (trimmed) first, then ignoring case. */
function mapped(map: Readonly<Record<string, string | null>> | undefined, header: string): string | null | undefined {
  if (map === undefined) return undefined;
  const h = header.trim();
  if (Object.hasOwn(map, h)) return map[h];
  const lower = h.toLowerCase();
  for (const k of Object.keys(map)) if (k.trim().toLowerCase() === lower) return map[k];
  return undefined;
}

/**
 * What a header of a table holds: the column map's entry first, then `attr.` headers, then the
 * table's columns and aliases.
 *
 * @param def - the table
 * @param header - the header as written
 * @param map - the table's column map
 * @returns the target
 */
export function resolveHeader(def: CsvTableDef, header: string, map?: Readonly<Record<string, string | null>>): HeaderTarget {
  const m = mapped(map, header);
  if (m === null) return { kind: "skip" };
  if (m !== undefined) return targetOf(def, m);
  return targetOf(def, header);
}

/**
 * The problems of the column maps: an unknown table, a target that is no column of its table,
 * an attribute in a table without attributes.
 *
 * @param maps - the column maps
 * @returns the problems, at `["options", "columns", table, header]`
 */
export function columnMapIssues(maps: unknown): Issue[] {
  const issues: Issue[] = [];
  if (maps === undefined) return issues;
  if (typeof maps !== "object" || maps === null || Array.isArray(maps)) {
    return [{ path: ["options", "columns"], code: "invalid_option", message: M.columnsNotAnObject }];
  }
  for (const [table, map] of Object.entries(maps as Record<string, unknown>)) {
    const def = CSV_TABLE.get(table as CsvTableName);
    if (def === undefined) {
      issues.push({ path: ["options", "columns", table], code: "invalid_option", message: M.unknownTable(table, [...CSV_TABLE.keys()]) });
      continue;
    }
    if (typeof map !== "object" || map === null || Array.isArray(map)) {
      issues.push({ path: ["options", "columns", table], code: "invalid_option", message: M.columnMapNotAnObject });
      continue;
    }
    for (const [header, target] of Object.entries(map as Record<string, unknown>)) {
      if (target === null) continue;
      if (typeof target !== "string") {
        issues.push({ path: ["options", "columns", table, header], code: "invalid_option", message: M.invalidTarget });
      } else if (targetOf(def, target).kind === "unknown") {
        const attr = attributeHeader(target.trim()) !== undefined;
        issues.push({
          path: ["options", "columns", table, header],
          code: "invalid_option",
          message: attr
            ? ATTRIBUTE_TABLES.has(def.name)
              ? M.noSuchAttribute(target)
              : M.noAttributes(table)
            : M.noSuchColumn(target, table, def.columns.map((c) => c.name)),
        });
      }
    }
  }
  return issues;
}

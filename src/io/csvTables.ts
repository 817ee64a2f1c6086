/**
 * The CSV tables mrpkit imports and exports: their names, default file names and columns, with
 * the aliases accepted in headers. One definition serves the importer, the exporter and the
 * documentation (`docs/csv.md`), so they cannot drift apart.
 */

/**
 * The names of the CSV tables, as keys of `ImportCsvTables`.
 *
 * @category CSV and report
 */
export type CsvTableName =
  | "items"
  | "bom"
  | "routings"
  | "workCenters"
  | "capacityChanges"
  | "stock"
  | "receipts"
  | "firmOrders"
  | "demands"
  | "calendar"
  | "locations"
  | "itemLocations"
  | "sources";

/** How a cell is read. */
export type CsvCellKind = "text" | "number" | "percent" | "date" | "boolean" | "choice" | "list";

/** A column of a CSV table. */
export interface CsvColumn {
  /** The canonical header, as the exporter writes it. */
  readonly name: string;
  /** Other headers accepted for it (compared after {@link normalizeHeader}). */
  readonly aliases: readonly string[];
  /** Whether the header must be present. */
  readonly required: boolean;
  /** How the cell is read. */
  readonly kind: CsvCellKind;
  /** A choice column: the key of its values in {@link CSV_CHOICES}, when it is not the column's name. */
  readonly choices?: string;
  /** Written by the export only for models with locations (a supply network). */
  readonly network?: boolean;
}

/** A table: its default file name and its columns in export order. */
export interface CsvTableDef {
  readonly name: CsvTableName;
  readonly file: string;
  readonly columns: readonly CsvColumn[];
}

const col = (name: string, kind: CsvCellKind, aliases: readonly string[] = [], required = false): CsvColumn => ({ name, aliases, required, kind });
/** A column of supply networks only: the export writes it for models with locations. */
const net = (name: string, aliases: readonly string[]): CsvColumn => ({ name, aliases, required: false, kind: "text", network: true });

const PART = ["item", "part", "item_id", "item_number", "item_no", "part_no", "part_id", "material", "sku", "item_code", "material_number"] as const;
const WORK_CENTER = ["wc", "work_centre", "resource", "work_center_id", "workstation"] as const;
const LOCATION = ["location_id", "site"] as const;
const SHIP_FROM = ["from_location", "shipping_location", "supplying_location"] as const;
const LOCATION_COLUMN = net("location", LOCATION);
const LEAD_TIME = ["leadtime", "lt", "lead_time_days", "lead_time_periods", "planned_delivery_time", "planned_deliv_time", "lead_time_in_days"] as const;
const MIN_ORDER = ["minimum_order", "min_order_qty", "moq", "min_lot_size", "minimum_lot_size"] as const;
const MAX_ORDER = ["maximum_order", "max_order_qty", "max_lot_size", "maximum_lot_size"] as const;
const ORDER_MULTIPLE = ["multiple", "rounding_value", "order_increment", "lot_multiple"] as const;
const VALID_FROM = ["effective_from", "from", "eff_from"] as const;
const VALID_TO = ["effective_to", "to", "eff_to"] as const;

/** The columns of the item master after the part number; `source` is required there only. */
const ITEM_FIELDS: readonly CsvColumn[] = [
  col("description", "text", ["name", "item_name", "item_description", "desc", "material_description"]),
  col("uom", "text", ["unit", "unit_of_measure", "base_unit", "base_uom", "base_unit_of_measure", "stock_uom", "default_unit_of_measure"]),
  col("source", "choice", ["make_buy", "procurement", "procurement_type", "source_type", "default_material_request_type"], true),
  col("category", "choice", ["part_class", "coding_class"]),
  col("lead_time", "number", LEAD_TIME),
  col("safety_stock", "number", ["safetystock", "ss", "safety_qty"]),
  col("safety_lead_time", "number", ["safety_time"]),
  col("decimals", "number", ["quantity_decimals"]),
  col("lot_rule", "choice", ["lot_sizing", "lot_sizing_rule", "lot_policy", "lot_size_rule", "lot_sizing_procedure"]),
  col("lot_size", "number", ["fixed_lot_size", "fixed_order_quantity", "foq", "lot_quantity"]),
  col("lot_periods", "number", ["periods_of_supply"]),
  col("min_stock", "number", ["reorder_point", "rop"]),
  col("max_stock", "number", ["order_up_to", "max_level", "maximum_stock_level"]),
  col("min_order", "number", MIN_ORDER),
  col("max_order", "number", MAX_ORDER),
  col("order_multiple", "number", ORDER_MULTIPLE),
  col("assembly_scrap_pct", "percent", ["assembly_scrap_percent"]),
  col("assembly_scrap_mode", "choice"),
  col("planning_time_fence", "number", ["ptf"]),
  col("demand_time_fence", "number", ["dtf"]),
  col("consumption_backward", "number", ["backward_consumption"]),
  col("consumption_forward", "number", ["forward_consumption"]),
  col("lead_time_from", "choice"),
  col("reschedule_horizon", "number"),
  col("material_cost", "number", ["purchase_price", "standard_price", "valuation_rate"]),
  col("setup_cost", "number", ["ordering_cost", "order_cost"]),
  col("holding_cost", "number", ["carrying_cost"]),
  col("costing_lot_size", "number"),
];

/** Every table, in the order the importer reads them and the documentation lists them. */
export const CSV_TABLES: readonly CsvTableDef[] = [
  {
    name: "items",
    file: "items.csv",
    columns: [col("part_number", "text", [...PART, "id"], true), ...ITEM_FIELDS],
  },
  {
    name: "bom",
    file: "bom.csv",
    columns: [
      col("parent", "text", ["parent_item", "parent_part", "parent_part_number", "assembly"], true),
      col("component", "text", ["child", "component_item", "component_part", "component_part_number", "child_item", "child_part", "component_number"], true),
      col("quantity_per", "number", ["quantity", "qty", "qty_per", "quantity_per_assembly", "usage", "component_quantity"], true),
      col("scrap_pct", "percent", ["scrap_percent", "component_scrap_pct", "component_scrap_percent"]),
      col("fixed", "boolean", ["fixed_quantity", "fixed_qty"]),
      col("offset", "number", ["lead_time_offset"]),
      col("operation", "number", ["operation_seq", "op_seq"]),
      col("valid_from", "date", VALID_FROM),
      col("valid_to", "date", VALID_TO),
      LOCATION_COLUMN,
    ],
  },
  {
    name: "routings",
    file: "routings.csv",
    columns: [
      col("part_number", "text", PART, true),
      col("seq", "number", ["operation", "op", "operation_seq", "op_seq", "sequence"], true),
      col("work_center", "text", WORK_CENTER, true),
      col("description", "text", ["operation_description", "text", "operation_short_text"]),
      col("setup_hours", "number", ["setup", "setup_time"]),
      col("run_hours", "number", ["run", "run_time", "run_hours_per_unit"]),
      col("queue", "number", ["queue_time"]),
      col("move", "number", ["move_time"]),
      col("outsourced_lead_time", "number", ["subcontract_lead_time"]),
      col("outsourced_cost", "number", ["subcontract_cost"]),
      LOCATION_COLUMN,
    ],
  },
  {
    name: "workCenters",
    file: "work-centers.csv",
    columns: [
      col("work_center", "text", [...WORK_CENTER, "id", "workstation_name"], true),
      col("description", "text", ["name"]),
      col("capacity_hours", "number", ["capacity", "hours", "capacity_per_period"], true),
      col("efficiency", "number"),
      col("utilization", "number", ["utilisation"]),
      col("rate", "number", ["cost_rate", "hourly_rate", "rate_per_hour", "hour_rate"]),
      LOCATION_COLUMN,
    ],
  },
  {
    name: "capacityChanges",
    file: "capacity-changes.csv",
    columns: [
      col("work_center", "text", [...WORK_CENTER, "id"], true),
      col("from", "date", ["valid_from", "effective_from", "date"], true),
      col("capacity_hours", "number", ["capacity", "hours", "capacity_per_period"], true),
    ],
  },
  {
    name: "stock",
    file: "stock.csv",
    columns: [
      col("part_number", "text", PART, true),
      col("on_hand", "number", ["qty_on_hand", "onhand", "on_hand_qty", "quantity", "qty", "stock", "unrestricted", "unrestricted_use_stock", "unrestricted_stock", "actual_qty", "on_hand_quantity"], true),
      col("allocated", "number", ["reserved", "committed", "allocated_qty", "reserved_qty", "reserved_quantity"]),
    ],
  },
  {
    name: "receipts",
    file: "receipts.csv",
    columns: [
      col("order_id", "text", ["order", "order_number", "order_no", "po", "po_number", "id", "purchasing_document", "purchase_order"], true),
      col("part_number", "text", PART, true),
      col("due", "date", ["due_date", "date", "receipt_date", "delivery_date", "required_by"], true),
      col("quantity", "number", ["qty", "open_quantity", "open_qty", "still_to_be_delivered_qty"], true),
      LOCATION_COLUMN,
      net("ship_from", SHIP_FROM),
    ],
  },
  {
    name: "firmOrders",
    file: "firm-orders.csv",
    columns: [
      col("order_id", "text", ["order", "order_number", "order_no", "id"], true),
      col("part_number", "text", PART, true),
      col("due", "date", ["due_date", "date", "receipt_date"], true),
      col("quantity", "number", ["qty"], true),
      LOCATION_COLUMN,
    ],
  },
  {
    name: "demands",
    file: "demands.csv",
    columns: [
      col("demand_id", "text", ["id", "order_id", "order", "order_number", "sales_order", "sales_document", "order_reference"], true),
      col("part_number", "text", PART, true),
      col("due", "date", ["due_date", "date", "need_date", "requirement_date", "delivery_date", "requirements_date", "req_deliv_date", "commitment_date"], true),
      col("quantity", "number", ["qty", "order_quantity", "planned_quantity"], true),
      col("kind", "choice", ["type", "demand_type"]),
      LOCATION_COLUMN,
    ],
  },
  {
    name: "calendar",
    file: "calendar.csv",
    columns: [
      col("unit", "choice"),
      col("periods", "number"),
      col("start", "text"),
      col("end", "text"),
      col("workdays", "list"),
      col("holidays", "list"),
    ],
  },
  {
    name: "locations",
    file: "locations.csv",
    columns: [col("location", "text", ["id", ...LOCATION], true), col("description", "text", ["name", "location_name"])],
  },
  {
    name: "itemLocations",
    file: "item-locations.csv",
    columns: [
      col("part_number", "text", PART, true),
      col("location", "text", LOCATION, true),
      col("sourcing", "choice", ["sourcing_rule", "source_selection"]),
      ...ITEM_FIELDS.map((c) => ({ ...c, required: false })),
      col("on_hand", "number", ["qty_on_hand", "onhand", "stock"]),
      col("allocated", "number", ["reserved", "committed"]),
    ],
  },
  {
    name: "sources",
    file: "sources.csv",
    columns: [
      col("source_id", "text", ["id", "source"], true),
      col("part_number", "text", PART, true),
      col("location", "text", LOCATION, true),
      { ...col("kind", "choice", ["supply_kind", "source_kind"], true), choices: "supply_kind" },
      col("ship_from", "text", SHIP_FROM),
      col("supplier", "text", ["vendor", "supplier_id", "vendor_id"]),
      col("lead_time", "number", LEAD_TIME),
      col("priority", "number", ["rank"]),
      col("share", "number", ["quota", "quota_share"]),
      col("base", "number", ["quota_base", "base_quantity"]),
      col("min_order", "number", MIN_ORDER),
      col("max_order", "number", MAX_ORDER),
      col("order_multiple", "number", ORDER_MULTIPLE),
      col("valid_from", "date", VALID_FROM),
      col("valid_to", "date", VALID_TO),
    ],
  },
];

/** The table definitions by name. */
export const CSV_TABLE: ReadonlyMap<CsvTableName, CsvTableDef> = new Map(CSV_TABLES.map((t) => [t.name, t]));

/**
 * A header as compared: trimmed, lower case, `%` read as `pct`, every run of other characters
 * than letters and digits one underscore. `"Qty Per"`, `"qty-per"` and `"QTY_PER"` are the same.
 *
 * @param header - the header as written in the file
 * @returns the normalised header
 * @example
 * ```ts
 * normalizeHeader(" Scrap % ") //=> "scrap_pct"
 * ```
 */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replaceAll("%", "_pct")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Accepted values of the `choice` columns, by column name; aliases map to the model's value. */
export const CSV_CHOICES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map<string, ReadonlyMap<string, string>>([
  [
    "source",
    new Map([
      // e and f: SAP's procurement types (in-house, external)
      ...["make", "m", "e", "manufactured", "manufacture", "in-house", "in-house-production", "自制"].map((v) => [v, "make"] as [string, string]),
      ...["buy", "b", "f", "purchased", "purchase", "external", "external-procurement", "采购", "外购"].map((v) => [v, "buy"] as [string, string]),
      ...["phantom", "kit", "phantom-assembly", "虚拟件"].map((v) => [v, "phantom"] as [string, string]),
    ]),
  ],
  ["category", new Map([["own", "own"], ["shared", "shared"], ["standard", "standard"]])],
  [
    "lot_rule",
    new Map([
      ...["lot-for-lot", "fixed", "periods-of-supply", "eoq", "poq", "wagner-whitin", "silver-meal", "least-unit-cost", "part-period-balancing", "min-max"].map(
        (r) => [r, r] as [string, string],
      ),
      ["lfl", "lot-for-lot"],
      ["ex", "lot-for-lot"],
      ["fx", "fixed"],
      ["l4l", "lot-for-lot"],
      ["foq", "fixed"],
      ["fixed-order-quantity", "fixed"],
      ["pos", "periods-of-supply"],
      ["ww", "wagner-whitin"],
      ["luc", "least-unit-cost"],
      ["ppb", "part-period-balancing"],
    ]),
  ],
  ["lead_time_from", new Map([["item", "item"], ["routing", "routing"]])],
  ["assembly_scrap_mode", new Map([["components", "components"], ["order", "order"]])],
  [
    "kind",
    new Map([
      ["order", "order"],
      ["sales-order", "order"],
      ["customer-order", "order"],
      ["so", "order"],
      ["订单", "order"],
      ["销售订单", "order"],
      ["客户订单", "order"],
      ["forecast", "forecast"],
      ["fc", "forecast"],
      ["预测", "forecast"],
      ["mps", "mps"],
      ["master-schedule", "mps"],
      ["主计划", "mps"],
      ["主生产计划", "mps"],
    ]),
  ],
  ["unit", new Map([["period", "period"], ["day", "day"]])],
  ["sourcing", new Map([["priority", "priority"], ["quota", "quota"], ["quota-arrangement", "quota"], ["split", "split"]])],
  ["supply_kind", new Map([["make", "make"], ["buy", "buy"], ["transfer", "transfer"], ["purchase", "buy"], ["stock-transfer", "transfer"]])],
]);

/**
 * A choice cell as compared: trimmed, lower case, spaces and underscores read as hyphens.
 *
 * @param value - the cell as written
 * @returns the normalised value
 * @example
 * ```ts
 * normalizeChoice("Lot for lot") //=> "lot-for-lot"
 * ```
 */
export function normalizeChoice(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

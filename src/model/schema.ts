/**
 * The model's zod schemas: the single source of truth for the input format (SPEC section 3), its
 * TypeScript types and its published JSON Schema. Every object is strict: unknown fields are
 * errors.
 */
import { z } from "zod";

const finite = (what: string) =>
  z.number({
    error: (iss) =>
      iss.input === undefined
        ? `${what} is required`
        : typeof iss.input === "number"
          ? `${what} must be a finite number (got ${String(iss.input)})`
          : `${what} must be a number (got ${describe(iss.input)})`,
  });

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  return `a ${typeof v}`;
}

/** A non-negative finite quantity. */
const nonNegative = (what: string) => finite(what).min(0, { error: `${what} must be >= 0` });
/** A strictly positive finite quantity. */
const positive = (what: string) => finite(what).gt(0, { error: `${what} must be > 0` });
/** A whole number of ticks (periods or working days), >= 0. */
const ticks = (what: string) =>
  finite(what)
    .int({ error: `${what} must be a whole number of periods or working days` })
    .min(0, { error: `${what} must be >= 0` });
/** A fraction in [0, 1). */
const fraction = (what: string) =>
  finite(what)
    .min(0, { error: `${what} must be a fraction in [0, 1)` })
    .lt(1, { error: `${what} must be a fraction in [0, 1) (got a value >= 1)` });

const text = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be a string (got ${describe(iss.input)})`) });
const id = (what: string) => text(what).min(1, { error: `${what} must not be empty` });

/**
 * A date in the model: an integer period in period mode, an ISO `YYYY-MM-DD` string in day mode.
 * The calendar mode is checked when the model is compiled.
 */
export const DateValueSchema = z.union([z.number(), z.string()], {
  error: (iss) => `expected a period number or an ISO date (got ${describe(iss.input)})`,
});
/** A date in the model: a period number or an ISO date string, depending on the calendar. */
export type DateValue = z.infer<typeof DateValueSchema>;

/** The planning calendar (SPEC section 2). */
export const CalendarSchema = z.union(
  [
    z.strictObject({
      unit: z.literal("period").optional(),
      periods: finite("calendar.periods")
        .int({ error: "calendar.periods must be a whole number" })
        .min(1, { error: "calendar.periods must be >= 1" })
        .max(1_000_000, { error: "calendar.periods must be <= 1000000" }),
    }),
    z.strictObject({
      unit: z.literal("day"),
      start: text("calendar.start"),
      end: text("calendar.end").optional(),
      workdays: z
        .array(finite("workday").int().min(1, { error: "workdays are ISO weekdays 1..7" }).max(7, { error: "workdays are ISO weekdays 1..7" }))
        .min(1, { error: "workdays must list at least one weekday" })
        .optional(),
      holidays: z.array(text("holiday")).optional(),
    }),
  ],
  { error: 'calendar must be { "unit": "period", "periods": N } or { "unit": "day", "start": "YYYY-MM-DD", ... }' },
);
/** The planning calendar as written in the model. */
export type CalendarInput = z.input<typeof CalendarSchema>;

/** Lot-sizing rule of an item (SPEC section 5). */
export const LotSizingSchema = z.discriminatedUnion(
  "rule",
  [
    z.strictObject({ rule: z.literal("lot-for-lot") }),
    z.strictObject({ rule: z.literal("fixed"), quantity: positive("lotSizing.quantity") }),
    z.strictObject({
      rule: z.literal("periods-of-supply"),
      periods: finite("lotSizing.periods").int({ error: "lotSizing.periods must be a whole number" }).min(1, { error: "lotSizing.periods must be >= 1" }),
    }),
    z.strictObject({ rule: z.literal("eoq") }),
    z.strictObject({ rule: z.literal("poq") }),
    z.strictObject({ rule: z.literal("wagner-whitin") }),
    z.strictObject({ rule: z.literal("silver-meal") }),
    z.strictObject({ rule: z.literal("least-unit-cost") }),
    z.strictObject({ rule: z.literal("part-period-balancing") }),
    z.strictObject({ rule: z.literal("min-max"), min: nonNegative("lotSizing.min"), max: positive("lotSizing.max") }),
  ],
  {
    error: (iss) =>
      iss.code === "invalid_union"
        ? "lotSizing.rule must be one of lot-for-lot, fixed, periods-of-supply, eoq, poq, wagner-whitin, silver-meal, least-unit-cost, part-period-balancing, min-max"
        : undefined,
  },
);
/** Lot-sizing rule as written in the model. */
export type LotSizing = z.infer<typeof LotSizingSchema>;
/** The names of the lot-sizing rules. */
export type LotSizingRule = LotSizing["rule"];

/** Order modifiers applied after the lot-sizing rule. */
export const OrderModifiersSchema = z.strictObject({
  minimum: nonNegative("orderModifiers.minimum").default(0),
  maximum: positive("orderModifiers.maximum").nullable().default(null),
  multiple: positive("orderModifiers.multiple").nullable().default(null),
});

/** Unit costs of an item. */
export const ItemCostSchema = z.strictObject({
  material: nonNegative("cost.material").default(0),
  setup: nonNegative("cost.setup").default(0),
  holding: nonNegative("cost.holding").default(0),
});

/** An item (part number) of the model. */
export const ItemSchema = z.strictObject({
  id: id("item id"),
  name: text("name").optional(),
  uom: text("uom").default("EA"),
  source: z.enum(["make", "buy", "phantom"], { error: 'source must be "make", "buy" or "phantom"' }),
  category: z.enum(["own", "shared", "standard"], { error: 'category must be "own", "shared" or "standard"' }).optional(),
  leadTime: ticks("leadTime").default(0),
  safetyStock: nonNegative("safetyStock").default(0),
  safetyLeadTime: ticks("safetyLeadTime").default(0),
  onHand: nonNegative("onHand").default(0),
  allocated: nonNegative("allocated").default(0),
  decimals: finite("decimals").int({ error: "decimals must be a whole number" }).min(0, { error: "decimals must be >= 0" }).max(9, { error: "decimals must be <= 9" }).default(0),
  lotSizing: LotSizingSchema.default({ rule: "lot-for-lot" }),
  orderModifiers: OrderModifiersSchema.default({ minimum: 0, maximum: null, multiple: null }),
  assemblyScrap: fraction("assemblyScrap").default(0),
  planningTimeFence: ticks("planningTimeFence").default(0),
  demandTimeFence: ticks("demandTimeFence").default(0),
  /**
   * Forecast consumption windows (SAP consumption mode backward/forward), counted in consumption
   * buckets: periods, or ISO calendar weeks in day calendars. Default `{ backward: 0, forward: 0 }`:
   * a customer order consumes forecasts of its own bucket only.
   */
  consumption: z
    .strictObject({
      /** Buckets before the order's own bucket whose forecasts it may consume, nearest first; default 0. */
      backward: finite("consumption.backward").int({ error: "consumption.backward must be a whole number of buckets" }).min(0, { error: "consumption.backward must be >= 0" }).default(0),
      /** Buckets after the order's own bucket whose forecasts it may consume, nearest first, after the backward ones; default 0. */
      forward: finite("consumption.forward").int({ error: "consumption.forward must be a whole number of buckets" }).min(0, { error: "consumption.forward must be >= 0" }).default(0),
    })
    .default({ backward: 0, forward: 0 }),
  leadTimeFrom: z.enum(["item", "routing"], { error: 'leadTimeFrom must be "item" or "routing"' }).default("item"),
  rescheduleHorizon: ticks("rescheduleHorizon").default(0),
  cost: ItemCostSchema.default({ material: 0, setup: 0, holding: 0 }),
  costingLotSize: positive("costingLotSize").default(1),
});
/** An item as written in the model (optional fields may be missing). */
export type ItemInput = z.input<typeof ItemSchema>;
/** An item with every default filled in. */
export type Item = z.output<typeof ItemSchema>;

/** A BOM line: `quantity` of `child` per unit of `parent`. */
export const BomLineSchema = z.strictObject({
  parent: id("parent"),
  child: id("child"),
  quantity: positive("quantity"),
  scrap: fraction("scrap").default(0),
  fixed: z.boolean({ error: "fixed must be true or false" }).default(false),
  offset: finite("offset").int({ error: "offset must be a whole number of ticks" }).default(0),
  operation: finite("operation").int({ error: "operation must be a routing sequence number" }).nullable().default(null),
  from: DateValueSchema.nullable().default(null),
  to: DateValueSchema.nullable().default(null),
});
/** A BOM line as written in the model. */
export type BomLineInput = z.input<typeof BomLineSchema>;
/** A BOM line with every default filled in. */
export type BomLine = z.output<typeof BomLineSchema>;

/** A capacity change of a work center from a date on (shifts, shutdowns). */
export const CapacityChangeSchema = z.strictObject({
  from: DateValueSchema,
  capacity: nonNegative("capacity"),
});

/** A work center. */
export const WorkCenterSchema = z.strictObject({
  id: id("work center id"),
  name: text("name").optional(),
  capacity: nonNegative("capacity"),
  efficiency: positive("efficiency").default(1),
  utilization: positive("utilization").max(1, { error: "utilization must be <= 1" }).default(1),
  rate: nonNegative("rate").default(0),
  changes: z.array(CapacityChangeSchema).default([]),
});
/** A work center as written in the model. */
export type WorkCenterInput = z.input<typeof WorkCenterSchema>;
/** A work center with every default filled in. */
export type WorkCenter = z.output<typeof WorkCenterSchema>;

/** One operation of a routing. */
export const OperationSchema = z.strictObject({
  seq: finite("seq").int({ error: "seq must be a whole number" }),
  workCenter: id("workCenter").nullable().default(null),
  description: text("description").optional(),
  setup: nonNegative("setup").default(0),
  run: nonNegative("run").default(0),
  queue: ticks("queue").default(0),
  move: ticks("move").default(0),
  outsourced: z
    .strictObject({ leadTime: ticks("outsourced.leadTime"), cost: nonNegative("outsourced.cost").default(0) })
    .nullable()
    .default(null),
});
/** An operation with every default filled in. */
export type Operation = z.output<typeof OperationSchema>;

/** The routing of an item. */
export const RoutingSchema = z.strictObject({
  item: id("item"),
  operations: z.array(OperationSchema).min(1, { error: "a routing needs at least one operation" }),
});
/** A routing with every default filled in. */
export type Routing = z.output<typeof RoutingSchema>;

/** An open order (scheduled receipt) or a firm planned order. */
export const OrderSchema = z.strictObject({
  id: id("order id"),
  item: id("item"),
  due: DateValueSchema,
  quantity: positive("quantity"),
});
/** A scheduled receipt or firm planned order. */
export type Order = z.output<typeof OrderSchema>;

/** An independent demand. */
export const DemandSchema = z.strictObject({
  id: id("demand id"),
  item: id("item"),
  due: DateValueSchema,
  quantity: positive("quantity"),
  kind: z.enum(["order", "forecast", "mps"], { error: 'kind must be "order", "forecast" or "mps"' }).default("order"),
});
/** An independent demand with every default filled in. */
export type Demand = z.output<typeof DemandSchema>;
/** The kinds of demand. */
export type DemandKind = Demand["kind"];

/** The whole model (SPEC section 3). */
export const ModelSchema = z.strictObject({
  $schema: z.string().optional(),
  calendar: CalendarSchema,
  items: z.array(ItemSchema),
  bom: z.array(BomLineSchema).default([]),
  workCenters: z.array(WorkCenterSchema).default([]),
  routings: z.array(RoutingSchema).default([]),
  scheduledReceipts: z.array(OrderSchema).default([]),
  firmPlannedOrders: z.array(OrderSchema).default([]),
  demands: z.array(DemandSchema).default([]),
});
/** A model as written in JSON (optional fields may be missing). */
export type ModelInput = z.input<typeof ModelSchema>;
/** A model with every default filled in. */
export type ModelData = z.output<typeof ModelSchema>;

/**
 * The model's zod schemas, built with zod's small API (`zod/mini`): the single source of truth for the input format (docs/model-format.md), its
 * TypeScript types and its published JSON Schema. Every object is strict: unknown fields are
 * errors.
 */
import * as z from "zod/mini";
import { schemaMessages as S } from "../errors/schemaMessages.js";
import { AttributesSchema } from "./attributes.js";

const finite = (what: string) =>
  z.number({
    error: (iss) =>
      iss.input === undefined ? S.required(what) : S.notANumber(what, iss.input),
  });

/**
 * The largest quantity, cost, capacity or hour figure of a model: 1e15. Products and sums of such
 * numbers stay finite, and quantities up to it keep the precision the planner rounds to.
 */
export const MAX_QUANTITY = 1e15;
/**
 * The longest duration of a model (lead times, fences, offsets, queue and move times, windows):
 * 10,000 periods or working days, so that every date a plan prints stays an ISO 8601 date.
 */
export const MAX_TICKS = 10_000;

/** The longest horizon of a period calendar, as long as the longest day calendar (36,600 days). */
export const MAX_PERIODS = 36_600;

const capped = (what: string) => ({ error: S.atMostQuantity(what, MAX_QUANTITY) });
/** A non-negative finite quantity, at most {@link MAX_QUANTITY}. */
const nonNegative = (what: string) => finite(what).check(z.gte(0, { error: S.atLeast(what, 0) })).check(z.lte(MAX_QUANTITY, capped(what)));
/** A strictly positive finite quantity, at most {@link MAX_QUANTITY}. */
const positive = (what: string) => finite(what).check(z.gt(0, { error: S.positive(what) })).check(z.lte(MAX_QUANTITY, capped(what)));
/** A whole number of ticks (periods or working days), 0 to {@link MAX_TICKS}. */
const ticks = (what: string) =>
  finite(what)
    .check(z.int({ error: S.wholeTicks(what) }))
    .check(z.gte(0, { error: S.atLeast(what, 0) }))
    .check(z.lte(MAX_TICKS, { error: S.atMost(what, MAX_TICKS) }));
/** A fraction in [0, 1). */
const fraction = (what: string) =>
  finite(what)
    .check(z.gte(0, { error: S.fraction(what) }))
    .check(z.lt(1, { error: S.fractionTooBig(what) }));

const text = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? S.required(what) : S.notAString(what, iss.input)) });
const id = (what: string) => text(what).check(z.minLength(1, { error: S.empty(what) }));

/**
 * A date in the model: an integer period in period mode, an ISO `YYYY-MM-DD` string in day mode.
 * The calendar mode is checked when the model is compiled.
 *
 * @category Model
 */
export const DateValueSchema = z.union([z.number(), z.string()], {
  error: (iss) => S.dateValue(iss.input),
});
/**
 * A date in the model: a period number or an ISO date string, depending on the calendar.
 *
 * @category Model
 */
export type DateValue = z.infer<typeof DateValueSchema>;

/**
 * The planning calendar (docs/model-format.md).
 *
 * @category Model
 */
export const CalendarSchema = z.union(
  [
    z.strictObject({
      /** Period mode (the default when `unit` is missing): every date is an integer period, every duration a number of periods. */
      unit: z.optional(z.literal("period")),
      /**
       * Period mode: the horizon, periods `1..periods`; a whole number from 1 to 36,600 (the
       * longest span of a day calendar), so that one item's MRP records stay a bounded table.
       */
      periods: finite("calendar.periods")
        .check(z.int({ error: S.wholeNumber("calendar.periods") }))
        .check(z.gte(1, { error: S.atLeast("calendar.periods", 1) }))
        .check(z.lte(MAX_PERIODS, { error: S.atMost("calendar.periods", MAX_PERIODS) })),
    }),
    z.strictObject({
      /** Day mode: dates are ISO `YYYY-MM-DD` strings and durations are working days. */
      unit: z.literal("day"),
      /** Day mode: the planning start ("today") as an ISO date; earlier dates are past due. */
      start: text("calendar.start"),
      /**
       * Day mode: the last calendar day of the horizon (inclusive), an ISO date not before `start`.
       * Without it the horizon runs to the latest due date of the demands, scheduled receipts and
       * firm planned orders.
       */
      end: z.optional(text("calendar.end")),
      /** Day mode: the ISO weekdays that are worked (1 = Monday .. 7 = Sunday); default `[1, 2, 3, 4, 5]`. */
      workdays: z.optional(z
        .array(finite("workday").check(z.int()).check(z.gte(1, { error: S.workday })).check(z.lte(7, { error: S.workday })))
        .check(z.minLength(1, { error: S.noWorkdays }))),
      /** Day mode: ISO dates that are not worked; default none. */
      holidays: z.optional(z.array(text("holiday"))),
    }),
  ],
  { error: S.calendarShape },
);
/**
 * The planning calendar as written in the model.
 *
 * @category Model
 */
export type CalendarInput = z.input<typeof CalendarSchema>;

/**
 * Lot-sizing rule of an item (docs/concepts.md).
 *
 * @category Model
 */
export const LotSizingSchema = z.discriminatedUnion(
  "rule",
  [
    z.strictObject({
      /** Order exactly the net requirement of each tick. */
      rule: z.literal("lot-for-lot"),
    }),
    z.strictObject({
      /** Order `ceil(net / quantity)` lots of `quantity` at the same tick. */
      rule: z.literal("fixed"),
      /** The fixed lot, in the item's unit of measure; > 0 and orderable with the item's `decimals`. */
      quantity: positive("lotSizing.quantity"),
    }),
    z.strictObject({
      /** One order covers the net requirements of `periods` consecutive ticks. */
      rule: z.literal("periods-of-supply"),
      /** Ticks covered by one order, counted from the order's first net requirement; a whole number >= 1. */
      periods: finite("lotSizing.periods").check(z.int({ error: S.wholeNumber("lotSizing.periods") })).check(z.gte(1, { error: S.atLeast("lotSizing.periods", 1) })).check(z.lte(MAX_TICKS, { error: S.atMost("lotSizing.periods", MAX_TICKS) })),
    }),
    z.strictObject({
      /** Economic order quantity `sqrt(2 * D * setup / holding)`, ordered as a fixed lot; needs `cost.setup` and `cost.holding` > 0. */
      rule: z.literal("eoq"),
    }),
    z.strictObject({
      /** Periodic order quantity: periods of supply `max(1, round(EOQ / D))`; needs `cost.setup` and `cost.holding` > 0. */
      rule: z.literal("poq"),
    }),
    z.strictObject({
      /** Wagner-Whitin: the lots of least setup plus holding cost over the horizon. */
      rule: z.literal("wagner-whitin"),
    }),
    z.strictObject({
      /** Silver-Meal: extend a lot while the cost per covered tick falls. */
      rule: z.literal("silver-meal"),
    }),
    z.strictObject({
      /** Least unit cost: extend a lot while the cost per unit falls. */
      rule: z.literal("least-unit-cost"),
    }),
    z.strictObject({
      /** Part-period balancing: the lot whose holding cost comes closest to the setup cost. */
      rule: z.literal("part-period-balancing"),
    }),
    z.strictObject({
      /** When projected on hand would fall below `min`, order up to `max`. */
      rule: z.literal("min-max"),
      /** Reorder point: an order is raised when projected on hand would fall below it; >= 0. */
      min: nonNegative("lotSizing.min"),
      /** Order-up-to level; > 0 and >= `min`. */
      max: positive("lotSizing.max"),
    }),
  ],
  {
    // zod types this as the union's invalid_union only, but a value that is not an object gets
    // invalid_type from the union itself, and keeps zod's message
    error: (iss: { readonly code: string }) =>
      iss.code === "invalid_union"
        ? S.lotSizingRule
        : undefined,
  },
);
/**
 * Lot-sizing rule as written in the model.
 *
 * @category Model
 */
export type LotSizing = z.infer<typeof LotSizingSchema>;
/**
 * The names of the lot-sizing rules.
 *
 * @category Model
 */
export type LotSizingRule = LotSizing["rule"];

/**
 * Order modifiers applied after the lot-sizing rule.
 *
 * @category Model
 */
export const OrderModifiersSchema = z.strictObject({
  /** Smallest order quantity: a smaller lot is raised to it; >= 0, default 0 (no minimum). */
  minimum: z._default(nonNegative("orderModifiers.minimum"), 0),
  /**
   * Largest order quantity (rounded down to `multiple`): a larger lot is split into orders of at
   * most this much; > 0 and >= `minimum` and `multiple`, or null (the default) for no maximum.
   */
  maximum: z._default(z.nullable(positive("orderModifiers.maximum")), null),
  /** Lots are rounded up to a multiple of it; > 0 and orderable with the item's `decimals`, or null (the default). */
  multiple: z._default(z.nullable(positive("orderModifiers.multiple")), null),
});

/**
 * Unit costs of an item.
 *
 * @category Model
 */
export const ItemCostSchema = z.strictObject({
  /** Purchase or material cost per unit, in the model's money unit; >= 0, default 0. */
  material: z._default(nonNegative("cost.material"), 0),
  /** Cost of placing one order (ordering or setup cost) for lot sizing and cost roll-up; >= 0, default 0. */
  setup: z._default(nonNegative("cost.setup"), 0),
  /** Cost of holding one unit in stock for one tick, charged on end-of-tick inventory; >= 0, default 0. */
  holding: z._default(nonNegative("cost.holding"), 0),
});

/**
 * An item (part number) of the model.
 *
 * @category Model
 */
export const ItemSchema = z.strictObject({
  /** The part number: any non-empty string, unique among the items. */
  id: id("item id"),
  /** A description for people; optional. */
  name: z.optional(text("name")),
  /** Unit of measure of every quantity of the item; default `"EA"`. */
  uom: z._default(text("uom"), "EA"),
  /**
   * `"make"` (manufactured), `"buy"` (purchased) or `"phantom"` (a transient assembly: nets its own
   * on hand and passes the rest of its requirements straight to its components).
   */
  source: z.literal(["make", "buy", "phantom"], { error: S.oneOf("source", ["make", "buy", "phantom"]) }),
  /** Part coding class: `"own"`, `"shared"` or `"standard"`; optional, informative only. */
  category: z.optional(z.literal(["own", "shared", "standard"], { error: S.oneOf("category", ["own", "shared", "standard"]) })),
  /** Fixed lead time from release to receipt, in periods or working days; a whole number >= 0, default 0. */
  leadTime: z._default(ticks("leadTime"), 0),
  /** Stock to keep at all times: projected on hand below it is a net requirement; >= 0, default 0. */
  safetyStock: z._default(nonNegative("safetyStock"), 0),
  /** Planned orders are received this many ticks before they are needed; a whole number >= 0, default 0. */
  safetyLeadTime: z._default(ticks("safetyLeadTime"), 0),
  /** Stock on hand at the planning start; >= 0, default 0. */
  onHand: z._default(nonNegative("onHand"), 0),
  /** Part of the stock already promised to orders not in the model: available = onHand - allocated; >= 0, default 0. */
  allocated: z._default(nonNegative("allocated"), 0),
  /** Quantity precision: planned quantities round up to this many decimal places; a whole number 0..9, default 0. */
  decimals: z._default(finite("decimals").check(z.int({ error: S.wholeNumber("decimals") })).check(z.gte(0, { error: S.atLeast("decimals", 0) })).check(z.lte(9, { error: S.atMost("decimals", 9) })), 0),
  /** The lot-sizing rule of planned orders; default `{ "rule": "lot-for-lot" }`. */
  lotSizing: z._default(LotSizingSchema, { rule: "lot-for-lot" }),
  /** Minimum, maximum and multiple applied after the lot-sizing rule; default none. */
  orderModifiers: z._default(OrderModifiersSchema, { minimum: 0, maximum: null, multiple: null }),
  /** Assembly scrap fraction in [0, 1): the components of an order grow by it (0.02 = 2 %); default 0. */
  assemblyScrap: z._default(fraction("assemblyScrap"), 0),
  /**
   * What assembly scrap grows: `"components"` (default) only the components an order needs, its
   * routing load and labour cost staying on the good quantity; `"order"` the order itself: its
   * quantity is the good quantity times `1 + assemblyScrap`, so its components, routing load and
   * labour cost all grow.
   */
  assemblyScrapMode: z._default(z.literal(["components", "order"], { error: S.oneOf("assemblyScrapMode", ["components", "order"]) }), "components"),
  /**
   * Ticks from the planning start inside which no new order is planned: an order needed there is
   * received at the first tick after the fence; a whole number >= 0, smaller than the horizon, default 0.
   */
  planningTimeFence: z._default(ticks("planningTimeFence"), 0),
  /** Ticks from the planning start inside which forecasts are ignored and only customer orders count; a whole number >= 0, default 0. */
  demandTimeFence: z._default(ticks("demandTimeFence"), 0),
  /**
   * Forecast consumption windows (SAP consumption mode backward/forward), counted in consumption
   * buckets: periods, or ISO calendar weeks in day calendars. Default `{ backward: 0, forward: 0 }`:
   * a customer order consumes forecasts of its own bucket only.
   */
  consumption: z._default(z
    .strictObject({
      /** Buckets before the order's own bucket whose forecasts it may consume, nearest first; default 0. */
      backward: z._default(finite("consumption.backward").check(z.int({ error: S.wholeBuckets("consumption.backward") })).check(z.gte(0, { error: S.atLeast("consumption.backward", 0) })).check(z.lte(MAX_TICKS, { error: S.atMost("consumption.backward", MAX_TICKS) })), 0),
      /** Buckets after the order's own bucket whose forecasts it may consume, nearest first, after the backward ones; default 0. */
      forward: z._default(finite("consumption.forward").check(z.int({ error: S.wholeBuckets("consumption.forward") })).check(z.gte(0, { error: S.atLeast("consumption.forward", 0) })).check(z.lte(MAX_TICKS, { error: S.atMost("consumption.forward", MAX_TICKS) })), 0),
    }), { backward: 0, forward: 0 }),
  /**
   * `"item"` (default): the lead time is `leadTime`; `"routing"`: it is the length of the item's
   * routing schedule for the order's quantity (the item needs a routing; not for phantoms).
   */
  leadTimeFrom: z._default(z.literal(["item", "routing"], { error: S.oneOf("leadTimeFrom", ["item", "routing"]) }), "item"),
  /**
   * How many ticks a later open order may be pulled in by to cover a shortage (`reschedule-in`),
   * before a new order is planned; a whole number >= 0, 0 never pulling one in. Absent (default):
   * no limit, any later open order in the horizon is pulled in first.
   */
  rescheduleHorizon: z.optional(ticks("rescheduleHorizon")),
  /** Unit costs for lot sizing and cost roll-up; default all 0. */
  cost: z._default(ItemCostSchema, { material: 0, setup: 0, holding: 0 }),
  /** The lot over which setup costs are spread in cost roll-ups; > 0, default 1. */
  costingLotSize: z._default(positive("costingLotSize"), 1),
  /** The application's own fields (customer, priority, planner ...): strings, numbers and booleans, carried into results, never used in planning; keys are sorted. */
  attributes: z.optional(AttributesSchema),
});
/**
 * An item as written in the model (optional fields may be missing).
 *
 * @category Model
 */
export type ItemInput = z.input<typeof ItemSchema>;
/**
 * An item with every default filled in.
 *
 * @category Model
 */
export type Item = z.output<typeof ItemSchema>;

/**
 * A BOM line: `quantity` of `child` per unit of `parent`.
 *
 * @category Model
 */
export const BomLineSchema = z.strictObject({
  /** The parent item's id. */
  parent: id("parent"),
  /** The component item's id. */
  child: id("child"),
  /** Quantity of the child per unit of the parent (per order when `fixed`), in the child's unit; > 0. */
  quantity: positive("quantity"),
  /** Component scrap fraction in [0, 1): the need is `quantity * (1 + scrap)`; default 0. */
  scrap: z._default(fraction("scrap"), 0),
  /** true: `quantity * (1 + scrap)` per order, whatever the order's quantity (a fixture, a setup part); default false. */
  fixed: z._default(z.boolean({ error: S.notBoolean("fixed") }), false),
  /** Ticks after the parent's release at which the child is needed (negative: before it); a whole number, default 0. */
  offset: z._default(finite("offset")
    .check(z.int({ error: S.wholeOffset("offset") }))
    .check(z.gte(-MAX_TICKS, { error: S.atLeast("offset", -MAX_TICKS) }))
    .check(z.lte(MAX_TICKS, { error: S.atMost("offset", MAX_TICKS) })), 0),
  /** A routing operation `seq` of the parent: the child is needed when that operation starts; null (default): at the release. */
  operation: z._default(z.nullable(finite("operation").check(z.int({ error: S.sequenceNumber("operation") })).check(z.gte(-(2 ** 31), { error: S.atLeast("operation", -(2 ** 31)) })).check(z.lte(2 ** 31 - 1, { error: S.atMost("operation", 2 ** 31 - 1) }))), null),
  /** Effectivity start: the line applies to parent releases at or after this date; null (default): always. */
  from: z._default(z.nullable(DateValueSchema), null),
  /** Effectivity end: the line applies to parent releases before this date (after `from`); null (default): always. */
  to: z._default(z.nullable(DateValueSchema), null),
  /**
   * In a model with locations: the location whose BOM the line belongs to. At a location, an item's
   * BOM is its lines of that location when it has any, else its lines without a location.
   */
  location: z.optional(id("location")),
});
/**
 * A BOM line as written in the model.
 *
 * @category Model
 */
export type BomLineInput = z.input<typeof BomLineSchema>;
/**
 * A BOM line with every default filled in.
 *
 * @category Model
 */
export type BomLine = z.output<typeof BomLineSchema>;

/**
 * A capacity change of a work center from a date on (shifts, shutdowns).
 *
 * @category Model
 */
export const CapacityChangeSchema = z.strictObject({
  /** The date from which the new capacity applies (a period or an ISO date, by the calendar). */
  from: DateValueSchema,
  /** Hours per tick from that date on; >= 0 (0 for a shutdown). */
  capacity: nonNegative("capacity"),
});

/**
 * A work center.
 *
 * @category Model
 */
export const WorkCenterSchema = z.strictObject({
  /** The work center's id, unique among work centers. */
  id: id("work center id"),
  /** A description for people; optional. */
  name: z.optional(text("name")),
  /** Hours available per tick before utilization; >= 0. */
  capacity: nonNegative("capacity"),
  /** Load hours are divided by it (1.25 = standard hours are worked 25 % faster); > 0, default 1. */
  efficiency: z._default(positive("efficiency"), 1),
  /** Fraction of the capacity that is really worked: available = capacity * utilization; in (0, 1], default 1. */
  utilization: z._default(positive("utilization").check(z.lte(1, { error: S.atMost("utilization", 1) })), 1),
  /** Cost per hour (labour and overhead) for cost roll-ups; >= 0, default 0. */
  rate: z._default(nonNegative("rate"), 0),
  /** Capacity changes from a date on (shifts, shutdowns); default none. */
  changes: z._default(z.array(CapacityChangeSchema), []),
  /** In a model with locations: the location the work center stands at; absent, it serves every location. */
  location: z.optional(id("location")),
});
/**
 * A work center as written in the model.
 *
 * @category Model
 */
export type WorkCenterInput = z.input<typeof WorkCenterSchema>;
/**
 * A work center with every default filled in.
 *
 * @category Model
 */
export type WorkCenter = z.output<typeof WorkCenterSchema>;

/**
 * One operation of a routing.
 *
 * @category Model
 */
export const OperationSchema = z.strictObject({
  /** Sequence number; operations run in ascending order and are unique within a routing. */
  seq: finite("seq").check(z.int({ error: S.wholeNumber("seq") })).check(z.gte(-(2 ** 31), { error: S.atLeast("seq", -(2 ** 31)) })).check(z.lte(2 ** 31 - 1, { error: S.atMost("seq", 2 ** 31 - 1) })),
  /** The work center the operation loads; null (default) only for an outsourced operation. */
  workCenter: z._default(z.nullable(id("workCenter")), null),
  /** A description for people; optional. */
  description: z.optional(text("description")),
  /** Setup hours per order; >= 0, default 0. */
  setup: z._default(nonNegative("setup"), 0),
  /** Run hours per unit; >= 0, default 0. */
  run: z._default(nonNegative("run"), 0),
  /** Ticks waiting before the operation; a whole number >= 0, default 0. */
  queue: z._default(ticks("queue"), 0),
  /** Ticks moving after the operation; a whole number >= 0, default 0. */
  move: z._default(ticks("move"), 0),
  /** A subcontracted step, or null (default) for an in-house one. */
  outsourced: z._default(z.nullable(z
    .strictObject({
      /** Ticks the subcontractor takes; a whole number >= 0. */
      leadTime: ticks("outsourced.leadTime"),
      /** Cost per unit paid to the subcontractor; >= 0, default 0. */
      cost: z._default(nonNegative("outsourced.cost"), 0),
    })), null),
});
/**
 * An operation with every default filled in.
 *
 * @category Model
 */
export type Operation = z.output<typeof OperationSchema>;

/**
 * The routing of an item.
 *
 * @category Model
 */
export const RoutingSchema = z.strictObject({
  /** The item the routing makes; one routing per item. */
  item: id("item"),
  /** The operations, at least one. */
  operations: z.array(OperationSchema).check(z.minLength(1, { error: S.noOperations })),
  /** In a model with locations: the location the routing is used at (it replaces the item's routing without a location there). */
  location: z.optional(id("location")),
});
/**
 * A routing with every default filled in.
 *
 * @category Model
 */
export type Routing = z.output<typeof RoutingSchema>;

/**
 * An open order (scheduled receipt) or a firm planned order.
 *
 * @category Model
 */
export const OrderSchema = z.strictObject({
  /** The order's id, unique among scheduled receipts, firm planned orders and demands. */
  id: id("order id"),
  /** The item received; not a phantom. */
  item: id("item"),
  /** Due (receipt) date: a period or an ISO date, by the calendar; a non-working day moves to the next working day. */
  due: DateValueSchema,
  /** Quantity received, in the item's unit; > 0. */
  quantity: positive("quantity"),
  /** The application's own fields (customer, priority, planner ...): strings, numbers and booleans, carried into results, never used in planning; keys are sorted. */
  attributes: z.optional(AttributesSchema),
  /** The location it is received at; required in a model with locations, absent otherwise. */
  location: z.optional(id("location")),
  /** An open order only: a transfer in transit from this location (it is received at `location`, nothing more is shipped). */
  shipFrom: z.optional(id("shipFrom")),
});
/**
 * A scheduled receipt or firm planned order.
 *
 * @category Model
 */
export type Order = z.output<typeof OrderSchema>;

/**
 * An independent demand.
 *
 * @category Model
 */
export const DemandSchema = z.strictObject({
  /** The demand's id, unique among scheduled receipts, firm planned orders and demands. */
  id: id("demand id"),
  /** The item required. */
  item: id("item"),
  /**
   * Due date: a period or an ISO date, by the calendar; a non-working day moves to the previous
   * working day, a date before the start is past due, a date after the horizon is ignored.
   */
  due: DateValueSchema,
  /** Quantity required, in the item's unit; > 0. */
  quantity: positive("quantity"),
  /** `"order"` (customer order, default), `"forecast"` (consumed by orders) or `"mps"` (master schedule, taken as it is). */
  kind: z._default(z.literal(["order", "forecast", "mps"], { error: S.oneOf("kind", ["order", "forecast", "mps"]) }), "order"),
  /** The application's own fields (customer, priority, planner ...): strings, numbers and booleans, carried into results, never used in planning; keys are sorted. */
  attributes: z.optional(AttributesSchema),
  /** The location it is required at; required in a model with locations, absent otherwise. */
  location: z.optional(id("location")),
});
/**
 * An independent demand with every default filled in.
 *
 * @category Model
 */
export type Demand = z.output<typeof DemandSchema>;
/**
 * The kinds of demand.
 *
 * @category Model
 */
export type DemandKind = Demand["kind"];

/**
 * A location of a supply network: a plant, a distribution center, a warehouse (docs/supply-network.md).
 *
 * @example
 * ```ts
 * LocationSchema.parse({ id: "DC-EAST", name: "East distribution center" })
 * //=> { id: "DC-EAST", name: "East distribution center" }
 * ```
 *
 * @category Model
 */
export const LocationSchema = z.strictObject({
  /** The location's id, unique among locations; it may not contain `@`. */
  id: id("location id"),
  /** A description for people; optional. */
  name: z.optional(text("name")),
});
/**
 * A location of a supply network.
 *
 * @category Model
 */
export type Location = z.output<typeof LocationSchema>;

/** The inner schema of a field with a default, so that an override may leave it out. */
function overridable(s: z.ZodMiniType): z.ZodMiniOptional<z.ZodMiniType> {
  const def = s._zod.def as { type: string; innerType?: z.ZodMiniType };
  return z.optional(def.type === "default" || def.type === "optional" ? def.innerType! : s);
}

const { id: _itemId, ...itemFields } = ItemSchema.def.shape;
void _itemId;
const itemOverrides = Object.fromEntries(Object.entries(itemFields).map(([k, v]) => [k, overridable(v)])) as {
  [K in keyof typeof itemFields]: z.ZodMiniOptional<z.ZodMiniType<z.output<(typeof itemFields)[K]>, z.input<(typeof itemFields)[K]>>>;
};

/**
 * An item planned at a location, with the item's fields that differ there (on hand, safety stock,
 * lot sizing ...) and how the location chooses among the item's sources there.
 *
 * @example
 * ```ts
 * ItemLocationSchema.parse({ item: "LAMP", location: "DC-EAST", onHand: 40, safetyStock: 20 })
 * //=> { item: "LAMP", location: "DC-EAST", sourcing: "priority", safetyStock: 20, onHand: 40 }
 * ```
 *
 * @category Model
 */
export const ItemLocationSchema = z.strictObject({
  /** The item. */
  item: id("item"),
  /** The location. */
  location: id("location"),
  /**
   * How a lot is given to the item's sources at the location: `"priority"` (default, the source of
   * lowest priority number), `"quota"` (the whole lot to the source furthest behind its share) or
   * `"split"` (the lot divided by the shares).
   */
  sourcing: z._default(z.literal(["priority", "quota", "split"], { error: S.oneOf("sourcing", ["priority", "quota", "split"]) }), "priority"),
  ...itemOverrides,
});
/**
 * An item at a location as written in the model.
 *
 * @category Model
 */
export type ItemLocationInput = z.input<typeof ItemLocationSchema>;
/**
 * An item at a location, `sourcing` filled in.
 *
 * @category Model
 */
export type ItemLocation = z.output<typeof ItemLocationSchema>;

/**
 * A way an item is supplied at a location: made there, bought from a supplier, or transferred
 * from another location.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ id: "S1", item: "LAMP", location: "DC-EAST", kind: "transfer", shipFrom: "PLANT", leadTime: 2 })
 * //=> { id: "S1", item: "LAMP", location: "DC-EAST", kind: "transfer", shipFrom: "PLANT", leadTime: 2, priority: 1, base: 0, from: null, to: null }
 * ```
 *
 * @category Model
 */
export const SourceSchema = z.strictObject({
  /** The source's id, unique among sources. */
  id: id("source id"),
  /** The item supplied. */
  item: id("item"),
  /** The location supplied. */
  location: id("location"),
  /** `"make"` (the location's BOM and routing), `"buy"` (from `supplier`) or `"transfer"` (from `shipFrom`). */
  kind: z.literal(["make", "buy", "transfer"], { error: S.oneOf("kind", ["make", "buy", "transfer"]) }),
  /** A transfer: the location shipping; it must stock the item. */
  shipFrom: z.optional(id("shipFrom")),
  /** A purchase: the supplier's id, carried into planned orders. */
  supplier: z.optional(id("supplier")),
  /**
   * Ticks from release to receipt of an order from this source; default: 0 for a transfer, the
   * item's lead time at the location for make and buy.
   */
  leadTime: z.optional(ticks("leadTime")),
  /** Lower numbers are preferred (`"priority"` sourcing) and win ties (`"quota"`, `"split"`); a whole number >= 0, default 1. */
  priority: z._default(finite("priority").check(z.int({ error: S.wholeNumber("priority") })).check(z.gte(0, { error: S.atLeast("priority", 0) })).check(z.lte(MAX_TICKS, { error: S.atMost("priority", MAX_TICKS) })), 1),
  /** The source's share under `"quota"` or `"split"` sourcing (70 and 30 for a 70/30 quota); > 0 there. */
  share: z.optional(nonNegative("share")),
  /** Quota base quantity: counted as already given to the source when quota ratings are compared; >= 0, default 0. */
  base: z._default(nonNegative("base"), 0),
  /** Order modifiers of the source's orders, replacing the item's; default the item's. */
  orderModifiers: z.optional(OrderModifiersSchema),
  /** Effectivity start: the source supplies requirements needed at or after this date; null (default): always. */
  from: z._default(z.nullable(DateValueSchema), null),
  /** Effectivity end: the source supplies requirements needed before this date; null (default): always. */
  to: z._default(z.nullable(DateValueSchema), null),
});
/**
 * A source as written in the model.
 *
 * @category Model
 */
export type SourceInput = z.input<typeof SourceSchema>;
/**
 * A source with every default filled in.
 *
 * @category Model
 */
export type Source = z.output<typeof SourceSchema>;

/**
 * The whole model (docs/model-format.md).
 *
 * @category Model
 */
export const ModelSchema = z.strictObject({
  /** The URL or path of the JSON Schema the file was written against; ignored by the planner. */
  $schema: z.optional(z.string()),
  /** The planning calendar: periods or working days. */
  calendar: CalendarSchema,
  /** The items (part numbers). */
  items: z.array(ItemSchema),
  /** The BOM lines, parent to child; default none. */
  bom: z._default(z.array(BomLineSchema), []),
  /** The work centers; default none. */
  workCenters: z._default(z.array(WorkCenterSchema), []),
  /** The routings, at most one per item; default none. */
  routings: z._default(z.array(RoutingSchema), []),
  /** Open orders (purchase and production orders already released); default none. */
  scheduledReceipts: z._default(z.array(OrderSchema), []),
  /** Firm planned orders: planned orders the planner has fixed; exploded like planned orders; default none. */
  firmPlannedOrders: z._default(z.array(OrderSchema), []),
  /** Independent demands: customer orders, forecasts and master schedule entries; default none. */
  demands: z._default(z.array(DemandSchema), []),
  /** The locations of a supply network (docs/supply-network.md); default none: one site. */
  locations: z._default(z.array(LocationSchema), []),
  /** Items planned at locations, with the fields that differ there; default none. */
  itemLocations: z._default(z.array(ItemLocationSchema), []),
  /** How items are supplied at locations (make, buy, transfer), with priorities and quotas; default none. */
  sources: z._default(z.array(SourceSchema), []),
});
/**
 * A model as written in JSON (optional fields may be missing).
 *
 * @category Model
 */
export type ModelInput = z.input<typeof ModelSchema>;
/**
 * A model with every default filled in.
 *
 * @category Model
 */
export type ModelData = z.output<typeof ModelSchema>;

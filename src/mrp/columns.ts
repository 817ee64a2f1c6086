/**
 * The encodings of a plan's integer columns, named once. Every reader of `orderKind`, `reqKind`
 * and `pegReq` compares against these names, never against bare numbers.
 */

/** What an order of the plan is (the `orderKind` column). */
export const OrderKind = {
  /** A planned order the plan proposes. */
  Planned: 0,
  /** A firm planned order of the input, kept as given. */
  Firm: 1,
  /** A phantom pass-through record: the requirement passes to the components, no order is made. */
  Phantom: 2,
} as const;
/** One of the {@link OrderKind} values. */
export type OrderKind = (typeof OrderKind)[keyof typeof OrderKind];

/** Where a requirement comes from (the `reqKind` column); it also orders requirements at one tick. */
export const RequirementKind = {
  /** Independent demand: `reqSrc` indexes `demandRefs`. */
  Demand: 0,
  /** Dependent demand from a parent order: `reqSrc` is the order index. */
  Order: 1,
} as const;
/** One of the {@link RequirementKind} values. */
export type RequirementKind = (typeof RequirementKind)[keyof typeof RequirementKind];

/**
 * The targets of a peg (the `pegReq` column) that are not requirements: a peg holds a
 * requirement index (>= 0) or one of these negative markers.
 */
export const PegTarget = {
  /** The stock level the item keeps: its safety stock, or the min-max trigger. */
  Level: -1,
  /** Stock allocated beyond what is on hand. */
  Allocated: -2,
} as const;
/** One of the {@link PegTarget} values. */
export type PegTarget = (typeof PegTarget)[keyof typeof PegTarget];

/**
 * Append-only typed arrays that double when full: the engine's result columns, filled without an
 * allocation per element. One generic column over a typed-array constructor; {@link IntColumn},
 * {@link FloatColumn} and {@link ByteColumn} are its instances.
 *
 * NOTE: the constructor is closed over, not stored on each column, so `push` reads no extra field
 * per element. The columns share one `push`, whose store sees two typed-array kinds (a polymorphic
 * inline cache of two maps); measured against two hand-written classes, in a bare push loop and in
 * `plan` on a 30,000-item model, the difference is within the noise.
 */

/** The typed arrays a column can hold. */
export type TypedArray = Int32Array | Float64Array | Uint8Array;

/** A growable typed array of element type `A`. */
export interface Column<A extends TypedArray> {
  /** The storage; entries from `length` on are free. */
  data: A;
  /** How many values were appended. */
  length: number;
  /** Appends `v`, doubling the storage when full; returns its index. */
  push(v: number): number;
  /**
   * A column holding the first `n` values, with room for an eighth more (a net change copies a
   * plan's columns to append a few items' values: room for as many again would double a
   * million-item plan's order columns).
   */
  copy(n: number): Column<A>;
  /**
   * Makes room for at least `n` values: the storage grows to exactly `n` (callers choose the
   * size; `push` doubles).
   */
  reserve(n: number): void;
}

/** The class of growable columns over one typed-array constructor. */
export function columnOf<A extends TypedArray>(make: new (length: number) => A): new (capacity?: number) => Column<A> {
  class TypedColumn implements Column<A> {
    data: A;
    length = 0;
    constructor(capacity = 1024) {
      this.data = new make(Math.max(16, capacity));
    }
    push(v: number): number {
      if (this.length === this.data.length) {
        const next = new make(this.data.length * 2);
        next.set(this.data);
        this.data = next;
      }
      this.data[this.length] = v;
      return this.length++;
    }
    reserve(n: number): void {
      const c = this.data.length;
      if (n <= c) return;
      const next = new make(n);
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    copy(n: number): TypedColumn {
      const x = new TypedColumn(Math.max(16, n + (n >> 3) + 16));
      x.data.set(this.data.subarray(0, n));
      x.length = n;
      return x;
    }
  }
  return TypedColumn;
}

/** A growable Int32Array. */
export const IntColumn = columnOf(Int32Array);
/** A growable Int32Array. */
export type IntColumn = Column<Int32Array>;

/** A growable Float64Array. */
export const FloatColumn = columnOf(Float64Array);
/** A growable Float64Array. */
export type FloatColumn = Column<Float64Array>;

/**
 * A growable Uint8Array, for codes of a few values (an order's kind): a byte where an Int32Array
 * takes four, on the column a dense plan writes once per order.
 */
export const ByteColumn = columnOf(Uint8Array);
/** A growable Uint8Array. */
export type ByteColumn = Column<Uint8Array>;

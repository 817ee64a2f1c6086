/**
 * A map from the ids of a list's records to their places, built on the first look-up: a supply
 * network names a hundred thousand nodes (`ITEM@LOCATION`), and planning never looks a node up by
 * name, so a plan that is only summarised never builds it.
 */
export class LazyIndex implements ReadonlyMap<string, number> {
  #records: readonly { readonly id: string }[];
  #map: Map<string, number> | undefined;

  /** An index of the ids of `records`: each id to its place (the first, for a repeated id). */
  constructor(records: readonly { readonly id: string }[]) {
    this.#records = records;
  }

  #built(): Map<string, number> {
    if (this.#map === undefined) {
      const map = new Map<string, number>();
      this.#records.forEach((r, i) => {
        if (!map.has(r.id)) map.set(r.id, i);
      });
      this.#map = map;
    }
    return this.#map;
  }

  get size(): number {
    return this.#built().size;
  }
  get(name: string): number | undefined {
    return this.#built().get(name);
  }
  has(name: string): boolean {
    return this.#built().has(name);
  }
  forEach(f: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    this.#built().forEach((v, k) => {
      f.call(thisArg, v, k, this);
    });
  }
  entries(): MapIterator<[string, number]> {
    return this.#built().entries();
  }
  keys(): MapIterator<string> {
    return this.#built().keys();
  }
  values(): MapIterator<number> {
    return this.#built().values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.#built()[Symbol.iterator]();
  }
  readonly [Symbol.toStringTag] = "Map";
}

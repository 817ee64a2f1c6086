/**
 * A map from names to their places in a list, built on the first look-up: a supply network names
 * a hundred thousand nodes (`ITEM@LOCATION`), and planning never looks a node up by name, so a
 * plan that is only summarised never builds it.
 */
export class LazyIndex implements ReadonlyMap<string, number> {
  #names: readonly string[];
  #map: Map<string, number> | undefined;

  /** An index of `names`: each name to its place (the first, for a repeated name). */
  constructor(names: readonly string[]) {
    this.#names = names;
  }

  #built(): Map<string, number> {
    if (this.#map === undefined) {
      const map = new Map<string, number>();
      this.#names.forEach((name, i) => {
        if (!map.has(name)) map.set(name, i);
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

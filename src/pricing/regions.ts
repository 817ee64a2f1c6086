/**
 * Regions are dash-separated codes, outermost first: `CN` contains `CN-ZJ`, which contains
 * `CN-ZJ-HZ`. Containment is by whole segments, so `CN` does not contain `CNX`.
 *
 * @internal
 */

/** A region code: letters and digits in dash-separated segments. */
export const REGION_PATTERN = "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$";
const REGION_RE = new RegExp(REGION_PATTERN);

/**
 * True for a well-formed region code: letters and digits in dash-separated segments.
 *
 * @param text - the text to check
 * @returns whether it is a region code
 * @example
 * ```ts
 * isRegion("CN-GD") //=> true
 * isRegion("CN--GD") //=> false
 * ```
 *
 * @category Pricing
 */
export function isRegion(text: string): boolean {
  return REGION_RE.test(text);
}

/** True when `outer` is `inner` or one of its ancestors. */
export function regionContains(outer: string, inner: string): boolean {
  return inner === outer || (inner.length > outer.length && inner.charCodeAt(outer.length) === 45 && inner.startsWith(outer));
}

/** Number of segments: `CN-ZJ` → 2. */
export function regionDepth(region: string): number {
  let d = 1;
  for (let i = 0; i < region.length; i++) if (region.charCodeAt(i) === 45) d++;
  return d;
}

/** True when one region contains the other. */
export function regionsOverlap(a: string, b: string): boolean {
  return regionContains(a, b) || regionContains(b, a);
}

/** True when a sku pattern (`*`, `ERP-*` or an exact sku) matches `sku`. */
export function skuMatches(pattern: string, sku: string): boolean {
  if (pattern === "*") return true;
  if (pattern.endsWith("*")) return sku.startsWith(pattern.slice(0, -1));
  return pattern === sku;
}

/** True when some sku matches both patterns. */
export function skuPatternsOverlap(a: string, b: string): boolean {
  const aw = a.endsWith("*");
  const bw = b.endsWith("*");
  if (!aw && !bw) return a === b;
  if (aw && bw) {
    const pa = a.slice(0, -1);
    const pb = b.slice(0, -1);
    return pa.startsWith(pb) || pb.startsWith(pa);
  }
  return aw ? skuMatches(a, b) : skuMatches(b, a);
}

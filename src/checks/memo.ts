/**
 * Remember the results of a per-statement analysis (parsing numbers, dates, lemmas): in a run each
 * statement is in many pairs, and the analysis costs far more than the lookup. Bounded: the cache is
 * emptied when it reaches `maxEntries`.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string, maxEntries = 200_000): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    let value = cache.get(k);
    if (value === undefined) {
      if (cache.size >= maxEntries) cache.clear();
      value = fn(...args);
      cache.set(k, value);
    }
    return value;
  };
}

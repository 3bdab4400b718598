/**
 * Near-copy blocking: MinHash bands over a statement's topic features (Broder, 1997; the banding of Indyk and
 * Motwani, 1998), so that two statements that share most of their features meet in a bucket whatever those
 * features' document frequencies.
 *
 * Topic blocking skips features shared by more than `maxPostings` statements; in a large archive of one genre
 * that is most words, and a statement copied with one change ("has" / "has not", "1978" / "1966") can share no
 * usable feature with its original (at a million UN-debate sentences, 2,510 of 5,000 planted copies shared at
 * most two). A band key is four MinHash values of the feature set: two sets with Jaccard similarity J share one
 * of the four bands with probability 1 - (1 - J^4)^4 (0.88 at J 0.8, 0.99 at J 0.9, 0.01 at J 0.3).
 */

/** Bands of the MinHash signature, and hash values per band. */
export const NEAR_COPY_BANDS = 4;
export const NEAR_COPY_ROWS = 4;
/**
 * Buckets of more statements than this propose nothing (a generic feature set that many statements share is
 * not a near copy, and a bucket of m statements gives m(m-1)/2 pairs).
 */
export const MAX_NEAR_COPY_BUCKET = 30;

/** FNV-1a hash of a feature name (32 bits). */
export function featureHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The k-th hash function of the signature: a feature hash mixed with k (the finaliser of MurmurHash3).
function mix(x: number, k: number): number {
  let h = Math.imul(x ^ Math.imul(k + 1, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The band keys of a set of feature hashes (none for an empty set), as 53-bit numbers (a band's four values
 * hashed with its number; two different bands meet by chance about once in 2^53). The same set always gives
 * the same keys.
 */
export function nearCopyKeys(hashes: ArrayLike<number>): number[] {
  if (hashes.length === 0) return [];
  const keys: number[] = [];
  for (let band = 0; band < NEAR_COPY_BANDS; band++) {
    let high = band + 1;
    let low = 0x2545f491 ^ band;
    for (let row = 0; row < NEAR_COPY_ROWS; row++) {
      let least = 0xffffffff;
      for (let k = 0; k < hashes.length; k++) {
        const value = mix(hashes[k]!, band * NEAR_COPY_ROWS + row);
        if (value < least) least = value;
      }
      high = mix(high ^ least, 101 + row);
      low = mix(low ^ least, 211 + row);
    }
    keys.push((high & 0x1fffff) * 0x100000000 + low);
  }
  return keys;
}

/**
 * Band key → the statements with it: one index while it has one (most keys of a large input), else a list.
 * (A number rather than a list of one keeps a million statements' buckets to a few hundred megabytes.)
 */
export class NearCopyBuckets {
  private readonly buckets = new Map<number, number | number[]>();

  add(key: number, index: number): void {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, index);
    else if (typeof bucket === 'number') this.buckets.set(key, [bucket, index]);
    else bucket.push(index);
  }

  /** Drop `index` from the bucket; returns the statements left with the key. */
  remove(key: number, index: number): readonly number[] {
    const bucket = this.buckets.get(key);
    if (typeof bucket === 'number' || bucket === undefined) {
      this.buckets.delete(key);
      return [];
    }
    bucket.splice(bucket.indexOf(index), 1);
    if (bucket.length === 1) this.buckets.set(key, bucket[0]!);
    return bucket;
  }

  /** The statements with the key (none, one or more). */
  get(key: number): readonly number[] {
    const bucket = this.buckets.get(key);
    return bucket === undefined ? [] : typeof bucket === 'number' ? [bucket] : bucket;
  }

  /** The buckets of two or more statements. */
  *shared(): IterableIterator<readonly number[]> {
    for (const bucket of this.buckets.values()) if (typeof bucket !== 'number') yield bucket;
  }
}

/**
 * Every pair of statements that share a bucket of 2 to `MAX_NEAR_COPY_BUCKET` statements, by index
 * (`first < second`), each once.
 */
export function* nearCopyPairs(buckets: NearCopyBuckets, n: number): Generator<[number, number]> {
  const seen = new Set<number>();
  for (const bucket of buckets.shared()) {
    if (bucket.length > MAX_NEAR_COPY_BUCKET) continue;
    for (let a = 0; a < bucket.length; a++) {
      for (let b = a + 1; b < bucket.length; b++) {
        const key = bucket[a]! * n + bucket[b]!;
        if (seen.has(key)) continue;
        seen.add(key);
        yield [bucket[a]!, bucket[b]!];
      }
    }
  }
}

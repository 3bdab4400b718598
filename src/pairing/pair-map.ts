/**
 * Pair key -> similarity, in several Maps: one V8 Map holds at most 2^24 (16.7M) entries, and a million
 * statements with 20 neighbours each can give more pairs than that.
 */
export class PairMap {
  // A prime number of shards, so that keys with a common stride (i * n + j for one j) still spread.
  private readonly shards: Map<number, number>[] = Array.from({ length: 31 }, () => new Map());
  private shard(key: number): Map<number, number> {
    return this.shards[key % 31]!;
  }
  has(key: number): boolean {
    return this.shard(key).has(key);
  }
  *values(): IterableIterator<number> {
    for (const shard of this.shards) yield* shard.values();
  }
  get(key: number): number | undefined {
    return this.shard(key).get(key);
  }
  set(key: number, value: number): void {
    this.shard(key).set(key, value);
  }
  get size(): number {
    return this.shards.reduce((sum, shard) => sum + shard.size, 0);
  }
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const shard of this.shards) yield* shard;
  }
}

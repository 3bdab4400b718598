import { memoize } from './memo.js';
import wordnet from './wordnet.json' with { type: 'json' };

/**
 * WordNet's places (scripts/build-wordnet.mjs): the named instances that are part of another or have a part,
 * each with its names ("United Kingdom", "UK", "Britain"), the places it is part of ("Kent" of "England",
 * "England" of "United Kingdom") and the adjectives that pertain to it ("British", "Chinese").
 */
const { names, parents, adjectives } = wordnet.places;

/** A place's name or adjective as looked up: lowercase, no dots or possessive ("U.K." -> "uk", "China's" -> "china"). */
const keyOf = (name: string) => name.replace(/['’]s?$/u, '').replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();

const byName = new Map<string, number[]>();
names.forEach((aliases, place) => {
  for (const alias of aliases) byName.set(alias, [...(byName.get(alias) ?? []), place]);
});
const byAdjective = new Map<string, readonly number[]>(Object.entries(adjectives));

/**
 * Every place a name or adjective may be, and the places that share a name with those ("Great Britain", the
 * island and the kingdom). Memoised by the looked-up key: a name meets every name of every other statement.
 */
const placesOf = memoize(
  (key: string): ReadonlySet<number> => {
    const direct = [...(byName.get(key) ?? []), ...(byAdjective.get(key) ?? [])];
    return new Set(direct.flatMap((place) => names[place]!.flatMap((alias) => byName.get(alias) ?? [])));
  },
  (key: string) => key,
);

/** The places that hold a place, all the way up ("Kent": England, United Kingdom, British Isles, Europe); each place's set read once. */
const holderSets = new Map<number, ReadonlySet<number>>();
function holders(place: number): ReadonlySet<number> {
  let found = holderSets.get(place);
  if (!found) {
    const seen = new Set<number>();
    const visit = (p: number) => {
      for (const parent of parents[p] ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        visit(parent);
      }
    };
    visit(place);
    holderSets.set(place, (found = seen));
  }
  return found;
}

/**
 * How two names may stand as places: one place (or a place and its adjective: "China's" / "Chinese"), the
 * first holding the second ("U.K." / "London"), held by it ("Los Angeles" / "United States"), or none of
 * these ("France" / "Spain", or a name that is no place WordNet knows).
 */
export function placeRelation(a: string, b: string): 'same' | 'holds' | 'held' | undefined {
  const x = placesOf(keyOf(a));
  if (x.size === 0) return undefined;
  const y = placesOf(keyOf(b));
  if (y.size === 0) return undefined;
  if ([...x].some((p) => y.has(p))) return 'same';
  if ([...y].some((q) => [...x].some((p) => holders(q).has(p)))) return 'holds';
  if ([...x].some((p) => [...y].some((q) => holders(p).has(q)))) return 'held';
  return undefined;
}

/** Whether a word is the adjective of a place WordNet knows ("Russian", "Chinese", "British"). */
export function isPlaceAdjective(word: string): boolean {
  return byAdjective.has(keyOf(word));
}

import { defineCheck } from './check.js';
import { matchEvidence, type Evidence } from './finding.js';
import { entitiesOf } from './guards.js';

// Relations that hold both ways: "A met B" says the same as "B met A".
const SYMMETRIC = /\b(?:and|with|between|met|meet|meets|meeting|talks?|talked|negotiat\w*|agree\w*|sign\w*|clash\w*|married|marry|versus|vs|against each other|together)\b/i;

/** Two names whose places are swapped in otherwise identical statements: "A sold drones to B" / "B sold drones to A". */
export interface RoleReversal {
  readonly kind: 'role-reversal';
  readonly first: Evidence;
  readonly second: Evidence;
}

function find(text: string, name: string): Evidence | undefined {
  const match = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(text);
  return match ? matchEvidence(match) : undefined;
}

// The statement as a frame, with the two names replaced by slots.
function frame(text: string, x: string, y: string, slotX: string, slotY: string): string {
  const swap = (s: string, name: string, slot: string) => s.replace(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), slot);
  return swap(swap(text.toLowerCase(), x, slotX), y, slotY).replace(/[^\p{L}\p{N}\u0001\u0002]+/gu, ' ').trim();
}

/**
 * The same statement with two names in each other's places. Converse verbs ("A sold to B" / "B bought
 * from A") change the frame, so they are not caught; symmetric relations ("A met B") are skipped.
 */
export function roleReversals(first: string, second: string): RoleReversal[] {
  const a = entitiesOf(first);
  if (a.length < 2 || SYMMETRIC.test(first) || SYMMETRIC.test(second)) return [];
  const b = new Set(entitiesOf(second));
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const [x, y] = [a[i]!, a[j]!];
      if (!b.has(x) || !b.has(y)) continue;
      const one = frame(first, x, y, '\u0001', '\u0002');
      if (one === frame(second, x, y, '\u0002', '\u0001') && one !== frame(second, x, y, '\u0001', '\u0002')) {
        const firstName = find(first, x);
        const secondName = find(second, x);
        if (firstName && secondName) return [{ kind: 'role-reversal', first: firstName, second: secondName }];
      }
    }
  }
  return [];
}

export const rolesCheck = defineCheck({
  kind: 'role-reversal',
  feature: 'role_reversal',
  role: 'finding',
  run: (first, second) => roleReversals(first.text, second.text),
  describe: (reason: RoleReversal) => `roles swapped: "${reason.first.text}" has the other part in each statement`,
});

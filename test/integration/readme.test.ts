import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's set-up commands, as written.
const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const setUpStart = readme.indexOf('## Set up');
const setUp = readme.slice(setUpStart, readme.indexOf('\n## ', setUpStart + 1));
const blocks = [...setUp.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());

describe('README set-up commands', () => {
  it('has the two commands: the main job and the tests', () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^npm install && npm run build && npx contradict detect examples\/\S+$/);
    expect(blocks[1]).toBe('npm test');
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });

  it('runs the main job on the bundled model as written (after the install step, which CI has done)', () => {
    // `npm install` has run (CI and `npm test` need it); `npm test` has built dist. The rest runs verbatim.
    const job = blocks[0]!.split('&&').map((part) => part.trim()).filter((part) => !part.startsWith('npm install') && !part.startsWith('npm run build')).join(' && ');
    const output = execSync(job, { cwd: root, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/among 11 statements; \d+ of \d+ candidate pairs scored in [\d.]+ s with contradict-nli-small/);
    // It reports the three contradictions that the article was written around: one reported block names
    // both statements of each (the kind may be `update`: one of them says "previously").
    const reported = output.split(/\n(?=#\d+ )/);
    const planted = [
      ['Western officials said Iran also planned to send missiles.', 'Iran has denied that it plans to send missiles to Russia.'],
      ["Iran's foreign minister said the drone deliveries to Russia happened before the war started.", 'Kyiv says the drones were delivered in the autumn, long after the war began.'],
      ['Iranian officials had previously denied sending any drones to Russia.', 'On Saturday, the minister acknowledged that his country gave drones to Russia.'],
    ];
    for (const [first, second] of planted) {
      const block = reported.find((b) => b.includes(first!) && b.includes(second!));
      expect(block, `${first} / ${second}`).toMatch(/^#\d+ {2}(contradiction|update) {2}score (?:0\.\d\d|1\.00)/);
    }
    expect(output).toMatch(/^[1-9]\d* contradictions? \(score >= /m);
  });
});

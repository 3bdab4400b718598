import { afterEach, beforeEach, expect, vi } from 'vitest';

// The library must never write to the console: warnings belong in the result.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let spies: ReturnType<typeof vi.spyOn>[] = [];

beforeEach(() => {
  spies = methods.map((method) => vi.spyOn(console, method));
});

afterEach(() => {
  const calls = spies.flatMap((spy, i) => spy.mock.calls.map((args) => `console.${methods[i]}: ${args.map(String).join(' ')}`));
  for (const spy of spies) spy.mockRestore();
  expect(calls, 'something wrote to the console').toEqual([]);
});

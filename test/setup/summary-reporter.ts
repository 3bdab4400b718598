import type { Reporter, TestModule } from 'vitest/node';

/** Prints one closing line, `Tests: N passed, N failed, N skipped`, that any CI log reader understands. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    // Printed at exit so that it is the last line, after vitest's own summary.
    process.once('exit', () => process.stdout.write(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
  }
}

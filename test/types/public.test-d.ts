// Type tests of the public API, checked by `tsc --noEmit` (`npm run typecheck`, part of `npm test`): a
// change to an exported type that breaks callers fails the build. Nothing here runs.
import { expectTypeOf } from 'vitest';
import {
  createDetector,
  detectContradictions,
  formatReport,
  scorePairs,
  type Contradiction,
  type DetectionOptions,
  type DetectionReport,
  type Detector,
  type ModelSpec,
  type NliModel,
  type PairScore,
  type ReasonKind,
} from '../../src/index.js';

// detectContradictions takes strings, statements and documents, with or without options.
expectTypeOf(detectContradictions).toBeCallableWith(['a', 'b']);
expectTypeOf(detectContradictions).toBeCallableWith([{ id: 'x', text: 'a' }, { document: 'One. Two.' }], { threshold: 0.4 });
expectTypeOf(detectContradictions).returns.resolves.toEqualTypeOf<DetectionReport>();
expectTypeOf<DetectionReport['contradictions']>().toEqualTypeOf<readonly Contradiction[]>();
expectTypeOf<Contradiction['score']>().toEqualTypeOf<number>();
expectTypeOf<Contradiction['reasons'][number]['kind']>().toEqualTypeOf<ReasonKind>();

// Every option is optional and typed; the model is a path or id, a spec, or an NliModel.
expectTypeOf<{}>().toMatchTypeOf<DetectionOptions>();
expectTypeOf<DetectionOptions['model']>().toEqualTypeOf<string | ModelSpec | NliModel | undefined>();
expectTypeOf<DetectionOptions['threshold']>().toEqualTypeOf<number | undefined>();
expectTypeOf<DetectionOptions['signal']>().toEqualTypeOf<AbortSignal | undefined>();
expectTypeOf<ModelSpec['dtype']>().toEqualTypeOf<'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4' | undefined>();
expectTypeOf<{ model: { id: 'Xenova/nli-deberta-v3-xsmall'; localFilesOnly: true } }>().toMatchTypeOf<DetectionOptions>();
// @ts-expect-error a threshold is a number
expectTypeOf<{ threshold: '0.5' }>().toMatchTypeOf<DetectionOptions>();
// @ts-expect-error backend options belong to the model spec, not the top level
const misplaced: DetectionOptions = { dtype: 'fp32' };
void misplaced;

// A detector keeps the model loaded; scorePairs returns one score per pair.
expectTypeOf(createDetector).returns.resolves.toEqualTypeOf<Detector>();
expectTypeOf<Detector['detect']>().returns.resolves.toEqualTypeOf<DetectionReport>();
expectTypeOf(scorePairs).returns.resolves.toEqualTypeOf<PairScore[]>();
expectTypeOf(formatReport).parameter(1).toEqualTypeOf<'table' | 'json' | 'jsonl' | 'html' | undefined>();

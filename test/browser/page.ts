// The page of the browser test (test/integration/browser.test.ts), bundled by esbuild: it runs
// detectContradictions() on the bundled model through onnxruntime-web and posts the report back.
import { env } from '@huggingface/transformers';
import { detectContradictions } from '../../src/index.js';

// onnxruntime-web's WebAssembly files, served by the test server (transformers.js would fetch them from a CDN).
const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown } };
onnx.wasm!.wasmPaths = { mjs: '/ort/ort-wasm-simd-threaded.asyncify.mjs', wasm: '/ort/ort-wasm-simd-threaded.asyncify.wasm' };

async function main() {
  const input = (await (await fetch('/input.json')).json()) as { document: string };
  try {
    // No model option: the bundled model, found beside this module (../models/contradict-nli-small/).
    const report = await detectContradictions([{ document: input.document }]);
    await fetch('/result', { method: 'POST', body: JSON.stringify({ report }) });
  } catch (error) {
    await fetch('/result', { method: 'POST', body: JSON.stringify({ error: String((error as Error)?.stack ?? error) }) });
  }
}
void main();

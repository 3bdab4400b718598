import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectContradictions, type DetectionReport } from '../../src/index.js';

// The library in a browser: test/browser/page.ts bundled by esbuild, served from localhost with the bundled
// model and onnxruntime-web's WebAssembly files, run in headless Chromium (Debian's `chromium`) with every
// other host unreachable. The page posts its report back; it must find what Node.js finds on the same input.
const root = path.resolve(import.meta.dirname, '../..');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) => existsSync(file));
const article = readFileSync(path.join(root, 'examples/drones.txt'), 'utf8');

let scratch: string;
let server: Server;
let browser: ChildProcess | undefined;
let bundle: string;
const requests: string[] = [];
let deliver: (body: string) => void;
const posted = new Promise<string>((resolve) => {
  deliver = resolve;
});

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };

/** The files the page may ask for: its bundle, the package's model folder, onnxruntime-web's dist. */
function resolveFile(url: string): string | undefined {
  const routes: [string, string][] = [
    ['/app/', path.dirname(bundle)],
    ['/models/', path.join(root, 'models')],
    ['/ort/', path.join(root, 'node_modules/onnxruntime-web/dist')],
  ];
  for (const [prefix, dir] of routes) {
    if (!url.startsWith(prefix)) continue;
    const file = path.resolve(dir, decodeURIComponent(url.slice(prefix.length)));
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  return undefined;
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'contradict-browser-'));
  bundle = path.join(scratch, 'app/page.js');
  await build({ entryPoints: [path.join(root, 'test/browser/page.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile: bundle, logLevel: 'silent' });
  server = createServer((request, response) => {
    const url = (request.url ?? '/').split('?')[0]!;
    requests.push(`${request.method} ${url}`);
    if (request.method === 'POST' && url === '/result') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.end('ok');
        deliver(body);
      });
      return;
    }
    if (url === '/' || url === '/index.html') {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><meta charset="utf-8"><title>contradict in a browser</title><script type="module" src="/app/page.js"></script>');
      return;
    }
    if (url === '/input.json') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ document: article }));
      return;
    }
    const file = resolveFile(url);
    if (!file) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}, 120_000);

afterAll(async () => {
  if (browser && browser.exitCode === null) {
    const exited = new Promise((resolve) => browser!.once('exit', resolve));
    process.kill(-browser.pid!, 'SIGKILL');
    await exited;
  }
  await new Promise((resolve) => server?.close(resolve));
  // Chromium's helper processes may still be closing their files.
  rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

describe('in a browser (headless Chromium, onnxruntime-web)', () => {
  it('bundles without Node.js built-ins', async () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|url|module)["']\)/);
  });

  it('finds in the README example what Node.js finds, on the bundled model', async () => {
    if (!chromium) throw new Error('the browser test needs Chromium: apt-get install chromium (Debian)');
    const { port } = server.address() as { port: number };
    browser = spawn(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--user-data-dir=${path.join(scratch, 'profile')}`,
        // Nothing but this server: a request to a CDN or the Hugging Face hub fails.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        `http://127.0.0.1:${port}/index.html`,
      ],
      // Its own process group, so that its helper processes go with it.
      { stdio: 'ignore', detached: true },
    );
    const timeout = new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`no result from the page; requests: ${requests.join(', ')}`)), 150_000));
    const body = JSON.parse(await Promise.race([posted, timeout])) as { report?: DetectionReport; error?: string };
    expect(body.error).toBeUndefined();
    const inBrowser = body.report!;
    const inNode = await detectContradictions([{ document: article }]);
    expect(inBrowser.model).toBe('contradict-nli-small');
    expect(inBrowser.calibration.method).toBe('logistic');
    expect(inBrowser.stats.statements).toBe(inNode.stats.statements);
    const summary = (report: DetectionReport) => report.contradictions.map((c) => [c.first.id, c.second.id, c.kind, c.reasons.map((r) => r.kind).join(',')]);
    expect(summary(inBrowser)).toEqual(summary(inNode));
    expect(inBrowser.contradictions.length).toBeGreaterThanOrEqual(3);
    inBrowser.contradictions.forEach((c, i) => expect(Math.abs(c.score - inNode.contradictions[i]!.score)).toBeLessThan(0.02));
    // It loaded the model and the runtime from this server.
    expect(requests).toContain('GET /models/contradict-nli-small/onnx/model_quantized.onnx');
    expect(requests).toContain('GET /models/contradict-nli-small/calibration.json');
    expect(requests.some((r) => r.startsWith('GET /ort/'))).toBe(true);
  }, 200_000);
});

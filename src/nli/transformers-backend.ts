import { AbortError, ModelLoadError, throwIfAborted } from '../errors.js';
import {
  labelMappingFromConfig,
  probabilitiesFromLogits,
  type LabelMapping,
  type NliModel,
  type NliRequest,
  type NliResult,
} from './model.js';
import { builtin, IS_NODE } from '../platform.js';
import { CALIBRATION_FILE, findCalibration, parseCalibration, type Calibration } from '../scoring/calibration.js';
import { assemble, padBatch, pairTemplate, templateLength } from './pair-encoding.js';
import { premiseBudget, splitIntoWindows } from './windows.js';

/** Options of {@link createTransformersNliModel}. */
export interface TransformersNliOptions {
  /**
   * A model directory (absolute, or relative to the working directory; `config.json`, `tokenizer.json`,
   * `onnx/model.onnx`) or a Hugging Face model id such as `Xenova/nli-deberta-v3-xsmall`.
   */
  readonly model: string;
  /** Weights to load: `q8` is `onnx/model_quantized.onnx`, `fp32` is `onnx/model.onnx`. @default 'q8' */
  readonly dtype?: 'fp32' | 'fp16' | 'q8' | 'int8' | 'uint8' | 'q4';
  /** Pairs per model call. @default 32 */
  readonly batchSize?: number;
  /** onnxruntime's intra-op threads under Node.js. @default onnxruntime's own choice (the cores) */
  readonly threads?: number;
  /** Where downloaded Hugging Face models are cached (transformers.js's `cache_dir`). */
  readonly cacheDir?: string;
  /** Never download; a model id must then be in `cacheDir`. @default false */
  readonly localFilesOnly?: boolean;
  /** Longest pair in tokens; defaults to the tokenizer's `model_max_length` (capped at 512). */
  readonly maxLength?: number;
  /** Hub revision (branch, tag or commit) of a model id. @default 'main' */
  readonly revision?: string;
  /** Called with transformers.js's download/load progress events. */
  readonly onLoadProgress?: (event: unknown) => void;
  /** Do not read the calibration beside the model (to refit it). @default false */
  readonly ignoreCalibration?: boolean;
}

/** onnxruntime session options from ours: the thread count, when one is given. */
function sessionOptions(options: TransformersNliOptions): { session_options?: { intraOpNumThreads: number; interOpNumThreads: number } } {
  return options.threads === undefined ? {} : { session_options: { intraOpNumThreads: options.threads, interOpNumThreads: 1 } };
}

// Tokenizers without a real limit report 1e30; 512 is the window of the BERT-family NLI models.
const DEFAULT_MAX_LENGTH = 512;
// A window shorter than this cannot hold a pair's special tokens and a word of each side.
const MIN_MAX_LENGTH = 16;
// Texts whose token ids are kept during a run (about 100 bytes each): enough for 100,000 statements.
const MAX_CACHED_ENCODINGS = 200_000;

interface Window {
  readonly pair: number;
  readonly premise: string;
  readonly hypothesis: string;
  readonly size: number;
}

// The weights file transformers.js loads for each dtype.
const ONNX_FILES: Record<NonNullable<TransformersNliOptions['dtype']>, string> = {
  fp32: 'model.onnx',
  fp16: 'model_fp16.onnx',
  q8: 'model_quantized.onnx',
  int8: 'model_int8.onnx',
  uint8: 'model_uint8.onnx',
  q4: 'model_q4.onnx',
};

function isDirectoryPath(model: string): boolean {
  return model.startsWith('.') || builtin('path').isAbsolute(model) || builtin('fs').existsSync(model);
}

/**
 * Load an NLI cross-encoder through transformers.js (`@huggingface/transformers`, ONNX runtime): the
 * bundled model, any local model directory, or a Hugging Face id. Sentence pairs go through the
 * tokenizer with `text_pair` and the model directly (the text-classification pipeline takes no pairs).
 *
 * @example
 * const model = await createTransformersNliModel({ model: 'Xenova/nli-deberta-v3-xsmall' });
 * await model.classify({ pairs: [{ premise: 'It rained.', hypothesis: 'It was dry.' }] });
 * // [{ contradiction, entailment, neutral, windows: 1 }]: the three probabilities sum to 1
 */
export async function createTransformersNliModel(options: TransformersNliOptions): Promise<NliModel> {
  const loaded = await loadTransformers(options);
  const { network, mapping, location } = loaded;
  const encoder = pairEncoder(loaded);
  const classify = classifier(loaded, encoder, options.batchSize ?? 32);
  return {
    modelId: location,
    labels: mapping.labels,
    maxLength: encoder.maxLength,
    ...(loaded.calibration ? { calibration: loaded.calibration } : {}),
    classify,
    async dispose() {
      await network.dispose();
    },
  };
}

type Transformers = typeof import('@huggingface/transformers');
type Tokenizer = Awaited<ReturnType<Transformers['AutoTokenizer']['from_pretrained']>>;
type Network = Awaited<ReturnType<Transformers['AutoModelForSequenceClassification']['from_pretrained']>>;

interface Loaded {
  readonly transformers: Transformers;
  readonly tokenizer: Tokenizer;
  readonly network: Network;
  readonly mapping: LabelMapping;
  /** The longest pair the model takes, in tokens (see `windowLength`). */
  readonly maxLength: number;
  readonly location: string;
  readonly calibration: Calibration | undefined;
}

/**
 * What both loaders do once tokenizer and network are loaded: the label mapping, the window (both refuse a
 * config they cannot use) and the calibration; on any error the network is disposed and a `ModelLoadError`
 * names the model.
 */
async function completeLoad(
  transformers: Transformers,
  tokenizer: Tokenizer,
  network: Network,
  location: string,
  options: TransformersNliOptions,
  calibrationOf: () => Calibration | undefined | Promise<Calibration | undefined>,
): Promise<Loaded> {
  try {
    const mapping = labelMappingFromConfig(network.config as { id2label?: Record<string, string>; label2id?: Record<string, number> });
    const maxLength = windowLength(tokenizer, network, options.maxLength);
    const calibration = options.ignoreCalibration === true ? undefined : await calibrationOf();
    return { transformers, tokenizer, network, mapping, maxLength, location, calibration };
  } catch (cause) {
    await network.dispose();
    throw new ModelLoadError((cause as Error).message, location, { cause });
  }
}

/** Load tokenizer, network, label mapping and calibration; errors are `ModelLoadError`s naming the model. */
async function loadTransformers(options: TransformersNliOptions): Promise<Loaded> {
  if (!IS_NODE) return loadInBrowser(options);
  const { existsSync, statSync } = builtin('fs');
  const path = builtin('path');
  const { model, dtype = 'q8', cacheDir, onLoadProgress } = options;
  const local = isDirectoryPath(model);
  const location = local ? path.resolve(model) : model;
  if (local) {
    if (!existsSync(location) || !statSync(location).isDirectory()) {
      throw new ModelLoadError('model directory not found', location);
    }
    if (!existsSync(path.join(location, 'config.json'))) {
      throw new ModelLoadError('not a model directory (no config.json)', location);
    }
    const weights = path.join('onnx', ONNX_FILES[dtype]);
    if (!existsSync(path.join(location, weights))) {
      const packaged = path.basename(location) === 'contradict-nli-small' && dtype === 'fp32'
        ? ": the npm package ships only the bundled model's int8 weights (dtype 'q8'); its fp32 weights are in the source repository"
        : '';
      throw new ModelLoadError(`no ${weights} for dtype '${dtype}'${packaged}`, location);
    }
  }
  // Imported here, not at the top: importing this library must not load transformers.js.
  const transformers = await import('@huggingface/transformers');
  const loadOptions = {
    local_files_only: local || options.localFilesOnly === true,
    ...(cacheDir === undefined ? {} : { cache_dir: cacheDir }),
    ...(onLoadProgress === undefined ? {} : { progress_callback: onLoadProgress }),
    ...(options.revision === undefined ? {} : { revision: options.revision }),
  };
  // With localFilesOnly, a hub id that is not in the cache is refused here: transformers.js 4.3 would still
  // ask the network which tokenizer files it has (get_tokenizer_files ignores local_files_only).
  if (!local && options.localFilesOnly === true) {
    const cacheRoot = cacheDir ?? transformers.env.cacheDir ?? undefined;
    if (!cacheRoot || !existsSync(path.join(cacheRoot, model, 'config.json'))) {
      throw new ModelLoadError(`localFilesOnly: the model is not in the cache (${cacheRoot ? path.join(cacheRoot, model) : 'no cache folder'}), and nothing is downloaded`, location);
    }
  }
  let tokenizer: Tokenizer;
  let network: Network;
  try {
    // transformers.js 4.3 looks up which tokenizer files a hub id has without passing cache_dir or
    // local_files_only (get_tokenizer_files), so a cached id would still go to the network: load the
    // tokenizer of a cached id from its cache folder, which holds the same files.
    const cacheRoot = cacheDir ?? (options.localFilesOnly === true ? (transformers.env.cacheDir ?? undefined) : undefined);
    const cachedTokenizer = !local && cacheRoot !== undefined ? path.join(cacheRoot, model) : undefined;
    const tokenizerSource = cachedTokenizer && existsSync(path.join(cachedTokenizer, 'tokenizer.json')) ? path.resolve(cachedTokenizer) : location;
    tokenizer = await transformers.AutoTokenizer.from_pretrained(tokenizerSource, loadOptions);
    network = await transformers.AutoModelForSequenceClassification.from_pretrained(location, { ...loadOptions, dtype, ...sessionOptions(options) });
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const offline = !local && /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(`${why} ${String((cause as Error)?.cause ?? '')}`);
    const hint = offline ? '; the model is not in the cache and the Hugging Face hub could not be reached' : '';
    throw new ModelLoadError(`could not load the model (${why}${hint})`, location, { cause });
  }
  // The calibration beside the model: in its directory, or in the cache folder of a hub id.
  const calibrationDirectory = local ? location : cacheDir !== undefined ? path.join(cacheDir, model) : undefined;
  return completeLoad(transformers, tokenizer, network, location, options, () => (calibrationDirectory ? findCalibration(calibrationDirectory) : undefined));
}

/**
 * In a browser (onnxruntime-web through transformers.js): a model URL (absolute, or relative to the page:
 * the bundled model's folder served over HTTP) or a Hugging Face id. A URL is loaded by pointing
 * transformers.js's remote host at its parent folder for the time of the load; its `calibration.json` is
 * fetched beside it.
 */
async function loadInBrowser(options: TransformersNliOptions): Promise<Loaded> {
  const { model, dtype = 'q8', onLoadProgress } = options;
  const transformers = await import('@huggingface/transformers');
  const page = (globalThis as { location?: { href: string } }).location?.href;
  const isUrl = /^[a-z][a-z+.-]*:\/\//i.test(model) || model.startsWith('/') || model.startsWith('.');
  const url = isUrl ? new URL(model.endsWith('/') ? model : `${model}/`, page) : undefined;
  const location = url?.href ?? model;
  const loadOptions = {
    ...(onLoadProgress === undefined ? {} : { progress_callback: onLoadProgress }),
    ...(options.revision === undefined ? {} : { revision: options.revision }),
    ...(options.localFilesOnly === true ? { local_files_only: true } : {}),
  };
  let tokenizer: Tokenizer;
  let network: Network;
  const env = transformers.env;
  const saved = { remoteHost: env.remoteHost, remotePathTemplate: env.remotePathTemplate, allowLocalModels: env.allowLocalModels };
  try {
    let id = model;
    if (url) {
      id = url.pathname.split('/').filter(Boolean).pop() ?? '';
      Object.assign(env, { remoteHost: new URL('..', url).href, remotePathTemplate: '{model}/', allowLocalModels: false });
    }
    tokenizer = await transformers.AutoTokenizer.from_pretrained(id, loadOptions);
    network = await transformers.AutoModelForSequenceClassification.from_pretrained(id, { ...loadOptions, dtype });
  } catch (cause) {
    throw new ModelLoadError(`could not load the model (${cause instanceof Error ? cause.message : String(cause)})`, location, { cause });
  } finally {
    Object.assign(env, saved);
  }
  // The calibration beside a model URL (a hub id in a browser has none).
  return completeLoad(transformers, tokenizer, network, location, options, async () => {
    if (!url) return undefined;
    const file = new URL(CALIBRATION_FILE, url);
    const response = await fetch(file);
    if (response.ok) return parseCalibration(await response.json(), file.href);
    if (response.status !== 404) throw new Error(`calibration.json: HTTP ${response.status}`);
    return undefined;
  });
}

interface PairEncoder {
  readonly maxLength: number;
  /** Model inputs for a batch of windows. */
  batchInputs(batch: readonly Window[]): Record<string, unknown>;
  /** A pair as the window pairs that fit the model (one window when it fits whole). */
  windowsOf(pairIndex: number, premise: string, hypothesis: string): Window[];
}

/** The longest pair the model takes, in tokens: the option, else the config's and tokenizer's limits (at most 512). */
function windowLength(tokenizer: Tokenizer, network: Network, maxLengthOption: number | undefined): number {
  const configLimit = (network.config as { max_position_embeddings?: unknown }).max_position_embeddings;
  const tokenizerLimit = (tokenizer as unknown as { model_max_length?: unknown }).model_max_length;
  for (const [name, value] of [['max_position_embeddings', configLimit], ['model_max_length', tokenizerLimit]] as const) {
    if (value !== undefined && value !== null && (typeof value !== 'number' || !(value >= MIN_MAX_LENGTH))) {
      throw new Error(`${name} is ${JSON.stringify(value)}: a model needs a window of at least ${MIN_MAX_LENGTH} tokens`);
    }
  }
  if (maxLengthOption !== undefined) return maxLengthOption;
  const fromTokenizer = typeof tokenizerLimit === 'number' && tokenizerLimit < 1e6 ? tokenizerLimit : DEFAULT_MAX_LENGTH;
  return Math.floor(Math.min(DEFAULT_MAX_LENGTH, fromTokenizer, typeof configLimit === 'number' ? configLimit : DEFAULT_MAX_LENGTH));
}

/** Tokenize each text once (bounded cache) and assemble pairs with the tokenizer's own pair template. */
function pairEncoder({ transformers, tokenizer, maxLength }: Loaded): PairEncoder {
  const encodings = new Map<string, readonly number[]>();
  const encode = (text: string): readonly number[] => {
    let ids = encodings.get(text);
    if (ids === undefined) {
      ids = tokenizer.encode(text, { add_special_tokens: false });
      if (encodings.size >= MAX_CACHED_ENCODINGS) encodings.clear();
      encodings.set(text, ids);
    }
    return ids;
  };
  const countTokens = (text: string): number => encode(text).length;
  const encodePair = (a: string, b: string) => {
    const encoded = tokenizer(a, { text_pair: b });
    return { ids: Array.from(encoded.input_ids.data as BigInt64Array, Number), types: encoded.token_type_ids ? Array.from(encoded.token_type_ids.data as BigInt64Array, Number) : undefined };
  };
  const template = pairTemplate(encode, encodePair);
  const specialTokens = template ? templateLength(template) : tokenizer.encode('a', { text_pair: 'b' }).length - 2;
  const padId = (tokenizer as unknown as { pad_token_id?: number }).pad_token_id ?? 0;
  const paddingSide = (tokenizer as unknown as { padding_side?: string }).padding_side === 'left' ? 'left' : 'right';

  function batchInputs(batch: readonly Window[]) {
    const rows = template ? batch.map((w) => assemble(template, encode(w.premise), encode(w.hypothesis))) : [];
    // Without a template, or for a window that still overflows (one word longer than the window), the
    // tokenizer encodes the batch itself and cuts it to the model's length.
    if (!template || rows.some((row) => row.ids.length > maxLength)) {
      return tokenizer(batch.map((w) => w.premise), { text_pair: batch.map((w) => w.hypothesis), padding: true, truncation: true, max_length: maxLength });
    }
    const encoded = padBatch(rows, padId, paddingSide);
    return {
      input_ids: new transformers.Tensor('int64', encoded.inputIds, encoded.dims),
      attention_mask: new transformers.Tensor('int64', encoded.attentionMask, encoded.dims),
      token_type_ids: new transformers.Tensor('int64', encoded.tokenTypeIds, encoded.dims),
    };
  }

  function windowsOf(pairIndex: number, premise: string, hypothesis: string): Window[] {
    const premiseTokens = countTokens(premise);
    const hypothesisTokens = countTokens(hypothesis);
    const room = maxLength - specialTokens;
    if (premiseTokens + hypothesisTokens <= room) {
      return [{ pair: pairIndex, premise, hypothesis, size: premiseTokens + hypothesisTokens }];
    }
    const premiseWindows = splitIntoWindows(premise, Math.max(1, premiseBudget(room, hypothesisTokens)), countTokens);
    const longestPremise = Math.max(...premiseWindows.map(countTokens));
    const hypothesisWindows = splitIntoWindows(hypothesis, Math.max(1, room - longestPremise), countTokens);
    return premiseWindows.flatMap((p) =>
      hypothesisWindows.map((h) => ({ pair: pairIndex, premise: p, hypothesis: h, size: countTokens(p) + countTokens(h) })),
    );
  }

  return { maxLength, batchInputs, windowsOf };
}

/** Length-sorted batches of windows through the network; per pair, the window with the highest contradiction (and the highest entailment of any window). */
function classifier({ network, mapping }: Loaded, encoder: PairEncoder, batchSize: number): NliModel['classify'] {
  return async function classify({ pairs, signal, onProgress }: NliRequest): Promise<NliResult[]> {
    throwIfAborted(signal);
    const windows = pairs.flatMap((pair, index) => encoder.windowsOf(index, pair.premise, pair.hypothesis));
    // Similar lengths in one batch: less padding, same results (attention masks make padding inert).
    const order = windows.map((_, i) => i).sort((a, b) => windows[a]!.size - windows[b]!.size);
    const best: (NliResult | undefined)[] = new Array(pairs.length);
    const windowCount = new Array<number>(pairs.length).fill(0);
    const entailmentMax = new Array<number>(pairs.length).fill(0);
    const remaining = new Array<number>(pairs.length).fill(0);
    for (const window of windows) remaining[window.pair]!++;
    let done = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      if (signal?.aborted) throw new AbortError(signal.reason);
      const batch = order.slice(start, start + batchSize).map((i) => windows[i]!);
      const { logits } = (await network(encoder.batchInputs(batch))) as { logits: { data: Float32Array; dims: number[] } };
      const width = logits.dims[1]!;
      batch.forEach((window, row) => {
        const probabilities = probabilitiesFromLogits(logits.data.subarray(row * width, (row + 1) * width), mapping);
        const previous = best[window.pair];
        windowCount[window.pair]!++;
        entailmentMax[window.pair] = Math.max(entailmentMax[window.pair]!, probabilities.entailment);
        if (previous === undefined || probabilities.contradiction > previous.contradiction) {
          best[window.pair] = { ...probabilities, windows: 0 };
        }
        if (--remaining[window.pair]! === 0) done++;
      });
      onProgress?.(done);
    }
    return best.map((result, i) => ({ ...result!, windows: windowCount[i]!, entailmentMax: entailmentMax[i]! }));
  };
}

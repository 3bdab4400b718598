import type { ResolvedDetectionOptions } from '../options.js';
import type { NliModel } from './model.js';
import { createTransformersNliModel } from './transformers-backend.js';

/** A model ready to score, and whether the detector loaded it (and so must dispose of it). */
export interface LoadedModel {
  readonly model: NliModel;
  readonly owned: boolean;
}

/** Load the model an option names: a caller's `NliModel` is used as it is; a spec goes through transformers.js. */
export async function loadModel(spec: ResolvedDetectionOptions['model']): Promise<LoadedModel> {
  if (!('id' in spec)) return { model: spec, owned: false };
  const { id, dtype, batchSize, threads, cacheDir, localFilesOnly, revision, onLoadProgress, ignoreCalibration } = spec;
  const model = await createTransformersNliModel({
    model: id,
    dtype,
    batchSize,
    localFilesOnly,
    ignoreCalibration,
    ...(threads === undefined ? {} : { threads }),
    ...(cacheDir === undefined ? {} : { cacheDir }),
    ...(revision === undefined ? {} : { revision }),
    ...(onLoadProgress === undefined ? {} : { onLoadProgress }),
  });
  return { model, owned: true };
}

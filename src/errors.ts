import type { z } from 'zod';

/** Base class of every error this library throws. `cause` keeps the underlying error. */
export class ContradictError extends Error {
  override name = 'ContradictError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Where a bad input item was: its index in the input array, or a line of a file. */
export interface InputLocation {
  /** File name, when the input came from a file. */
  readonly file?: string;
  /** 1-based line number in the file. */
  readonly line?: number;
  /** 0-based index in the input array. */
  readonly index?: number;
  /** The field that was wrong, e.g. `text`. */
  readonly field?: string;
}

export function describeLocation(location: InputLocation): string {
  const parts: string[] = [];
  if (location.field !== undefined) parts.push(`field "${location.field}"`);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.index !== undefined && location.line === undefined) parts.push(`item ${location.index}`);
  if (location.file !== undefined) parts.push(parts.length > 0 ? `of ${location.file}` : location.file);
  return parts.join(' ');
}

/** The input (statements, options, a file) is not valid. Carries the location and the zod issues. */
export class InvalidInputError extends ContradictError {
  override name = 'InvalidInputError';
  readonly location: InputLocation;
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(what: string, location: InputLocation = {}, options: { cause?: unknown; issues?: readonly z.core.$ZodIssue[] } = {}) {
    const where = describeLocation(location);
    super(where ? `${what}: ${where}` : what, { cause: options.cause });
    this.location = location;
    this.issues = options.issues ?? [];
  }
}

/** A model could not be loaded, or it is not an NLI model this library can use. */
export class ModelLoadError extends ContradictError {
  override name = 'ModelLoadError';
  /** The path or Hugging Face id that was tried. */
  readonly model: string;
  constructor(what: string, model: string, options?: { cause?: unknown }) {
    super(`${what}: ${model}`, options);
    this.model = model;
  }
}

/** The run was cancelled through its `AbortSignal`. */
export class AbortError extends ContradictError {
  override name = 'AbortError';
  constructor(reason?: unknown) {
    super('the operation was aborted', { cause: reason });
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError(signal.reason);
}

/** A promise that rejects with `AbortError` as soon as the signal aborts (the work behind it is not stopped). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  throwIfAborted(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError(signal.reason));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

// sbd (the sentence splitter) requires sanitize-html at load for its `sanitize` option, which this library
// never sets. The build bundles sbd with this stub in its place (tsup.config.ts), so importing the library
// does not load an HTML sanitizer (about 130 ms of import time).
export default function sanitizeHtml(): never {
  throw new Error('sbd: the sanitize option is not available in contradict');
}

import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom has no fetch API; the generated client builds `Request`s and reads `Response`s, so the
 * test window gets Node's own (the ones a fake `fetch` answers with), plus the stream and text
 * codecs they rely on.
 */
// biome-ignore lint/style/noDefaultExport: jest takes a test environment from the default export
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of [
      'fetch',
      'Request',
      'Response',
      'Headers',
      'FormData',
      'ReadableStream',
      'TextEncoder',
      'TextDecoder',
      'structuredClone',
    ]) {
      this.global[name] = globalThis[name];
    }
  }
}

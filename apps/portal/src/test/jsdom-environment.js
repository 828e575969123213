import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom has no fetch API; the generated client builds `Request`s and reads `Response`s, so the
 * test window gets Node's own (the ones a fake `fetch` answers with), plus the stream and text
 * codecs they rely on. Only what jsdom lacks is added: its own classes stay, because React uses
 * them with jsdom's nodes (a form submit builds `new FormData(form)`, which Node's FormData
 * refuses).
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
      'ReadableStream',
      'TextEncoder',
      'TextDecoder',
      'structuredClone',
    ]) {
      if (this.global[name] === undefined) this.global[name] = globalThis[name];
    }
  }
}

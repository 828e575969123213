import type { Writable } from 'node:stream';

export class ExportAbortedError extends Error {}

/** Resolves once `out` can take more, rejects if it fails or closes first (the client went away). */
export function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(new ExportAbortedError('the export stream closed before the end'));
    };
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/** Writes and, when the buffer is full, waits for the reader: the export never runs ahead of it. */
export async function writeChunk(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new ExportAbortedError('the export stream is closed');
  if (!out.write(chunk)) await drained(out);
}

/** Ends `out` and waits until everything written was flushed to it. */
export function endStream(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

/**
 * Files (PDFs, exports) come from the API with the bearer token, so they are fetched as blobs (never a plain link,
 * which would carry no token) and handed to the browser as object URLs: saved, or shown inline.
 */

/** The filename of a Content-Disposition header (RFC 6266: filename* first). */
export function filenameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** Saves a file as a download, like a link with `download` would. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL to the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file out of an openapi-fetch call made with `parseAs: 'blob'`, or the call's problem thrown. */
export function fileFrom(
  result: { data?: Blob | undefined; error?: unknown; response: Response },
  fallbackName: string,
): DownloadedFile {
  if (result.error !== undefined || !result.data) throw result.error ?? new Error('The file was empty.');
  return {
    blob: result.data,
    filename: filenameOf(result.response.headers.get('content-disposition'), fallbackName),
  };
}

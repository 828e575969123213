/**
 * Request options that send a file's bytes as the body, as is, with its type: for the upload
 * routes that read raw bytes (attachments, photos) and check the type from the content.
 * openapi-fetch would JSON-encode a body, and the routes declare it as a binary string.
 */
export function rawFileBody(bytes: Blob | ArrayBuffer, type: string) {
  return {
    body: bytes as unknown as string,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'content-type': type || 'application/octet-stream' },
  };
}

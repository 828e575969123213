import { RuleViolationError } from '../errors';

/** A photo's size limit: a phone's full-resolution JPEG or HEIC fits well under it. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Photos per request: enough to show a fault, not a place to archive albums. */
export const PHOTOS_PER_REQUEST = 6;

export const photoContentTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/heic'] as const;
export type PhotoContentType = (typeof photoContentTypes)[number];

const extensionOf: Record<PhotoContentType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

const ascii = (data: Buffer, start: number, end: number) => data.subarray(start, end).toString('latin1');

/** HEIF brands phones write (iPhone: heic; some Android: heix, mif1 with HEVC). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/**
 * The image type the bytes are, from their signature (magic bytes), or null. Four formats are
 * all a photo upload takes, so the signatures are written out here rather than pulling a general
 * sniffing library in.
 */
export function sniffPhotoType(data: Buffer): PhotoContentType | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 12 && ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return 'image/webp';
  if (data.length >= 12 && ascii(data, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(data, 8, 12))) {
    return 'image/heic';
  }
  return null;
}

/**
 * Checks an upload: the bytes must be one of the photo types, and the type the client declared
 * must be that one. A file whose name or Content-Type says "image" but whose bytes say otherwise
 * (an HTML page or a PDF renamed .png) is refused, so what is served back later is what it claims.
 */
export function checkPhoto(data: Buffer, declared: string | undefined): PhotoContentType {
  if (data.length === 0) throw new RuleViolationError('The photo is empty.');
  if (data.length > PHOTO_MAX_BYTES) {
    throw new RuleViolationError(`A photo may be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB.`);
  }
  const sniffed = sniffPhotoType(data);
  if (!sniffed) {
    throw new RuleViolationError('The file is not a PNG, JPEG, WebP or HEIC image.', { code: 'photo_type' });
  }
  const claimed = declared?.split(';')[0]?.trim().toLowerCase();
  // image/jpg and image/heif are what some clients call the same thing.
  const normal = claimed === 'image/jpg' ? 'image/jpeg' : claimed === 'image/heif' ? 'image/heic' : claimed;
  if (normal && normal !== 'application/octet-stream' && normal !== sniffed) {
    throw new RuleViolationError(`The file says it is ${claimed} but its content is ${sniffed}.`, {
      code: 'photo_type',
    });
  }
  return sniffed;
}

/** A stored name: what the client called it (cleaned) with the extension of what it really is. */
export function photoFilename(
  requested: string | null | undefined,
  type: PhotoContentType,
  n: number,
): string {
  const base =
    (requested?.split(/[\\/]/).pop() ?? '')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .replace(/[^A-Za-z0-9._ -]+/g, '_')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, 100) || `photo-${n}`;
  return `${base}.${extensionOf[type]}`;
}

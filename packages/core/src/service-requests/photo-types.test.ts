import { describe, expect, it } from '@jest/globals';
import { RuleViolationError } from '../errors';
import { checkPhoto, PHOTO_MAX_BYTES, photoFilename, sniffPhotoType } from './photo-types';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(8)]);

describe('photo types by content', () => {
  it('recognises PNG, JPEG, WebP and HEIC by their signatures', () => {
    expect(sniffPhotoType(png)).toBe('image/png');
    expect(sniffPhotoType(jpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(webp)).toBe('image/webp');
    expect(sniffPhotoType(heic)).toBe('image/heic');
    expect(sniffPhotoType(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('GIF89a'))).toBeNull();
  });

  it('refuses bytes that are no photo, or not the photo the client declared', () => {
    expect(() => checkPhoto(Buffer.from('<svg onload=alert(1)>'), 'image/png')).toThrow(RuleViolationError);
    expect(() => checkPhoto(png, 'image/jpeg')).toThrow(/says it is image\/jpeg/);
    expect(() => checkPhoto(Buffer.alloc(PHOTO_MAX_BYTES + 1, 0xff), 'image/jpeg')).toThrow(/at most/);
    expect(checkPhoto(jpeg, 'image/jpg')).toBe('image/jpeg');
    expect(checkPhoto(heic, 'image/heif')).toBe('image/heic');
    expect(checkPhoto(png, undefined)).toBe('image/png');
  });

  it('names the stored file with the extension of what it is', () => {
    expect(photoFilename('C:\\photos\\roof.JPG', 'image/png', 1)).toBe('roof.png');
    expect(photoFilename('../../etc/passwd', 'image/jpeg', 2)).toBe('passwd.jpg');
    expect(photoFilename(undefined, 'image/webp', 3)).toBe('photo-3.webp');
  });
});

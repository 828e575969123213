import type { CSSProperties } from 'react';

/** How an organization presents itself: from an invitation, or from the signed-in customer's `me`. */
export interface Brand {
  name: string;
  logoUrl: string | null;
  brandColor: string;
}

type BrandStyle = CSSProperties & Record<`--${string}`, string>;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#151c1d';

function channels(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * White or near-black, whichever reads better on the colour: an organization may pick a pale
 * yellow as readily as a navy, and its name and buttons must stay legible on either.
 */
export function textOn(hex: string): string {
  const l = luminance(hex);
  return contrast(l, luminance(LIGHT_TEXT)) >= contrast(l, luminance(DARK_TEXT)) ? LIGHT_TEXT : DARK_TEXT;
}

/**
 * The CSS variables that paint the portal in the organization's colour. Anything but a hex colour
 * keeps the portal's own palette: the value comes from office settings and ends up in a style.
 */
export function brandStyle(color: string | null | undefined): BrandStyle | undefined {
  if (!color || !HEX.test(color)) return undefined;
  return { '--brand': color, '--brand-contrast': textOn(color) };
}

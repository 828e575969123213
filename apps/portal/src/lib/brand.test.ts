import { describe, expect, it } from '@jest/globals';
import { brandStyle, textOn } from './brand';

describe('brand colours', () => {
  it('puts white on dark colours and near-black on pale ones', () => {
    expect(textOn('#1d4ed8')).toBe('#ffffff');
    expect(textOn('#0f5257')).toBe('#ffffff');
    expect(textOn('#fde047')).toBe('#151c1d');
    expect(textOn('#fff')).toBe('#151c1d');
  });

  it('uses only hex colours, keeping the portal palette otherwise', () => {
    expect(brandStyle('#1d4ed8')).toEqual({ '--brand': '#1d4ed8', '--brand-contrast': '#ffffff' });
    expect(brandStyle('red; background: url(x)')).toBeUndefined();
    expect(brandStyle(null)).toBeUndefined();
  });
});

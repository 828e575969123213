import { describe, expect, it } from '@jest/globals';
import { readOverlay, withOverlay } from './overlay';
import { forgetReturnTo, rememberReturnTo, takeReturnTo } from './return-to';

describe('the page kept for after sign-in', () => {
  it('keeps an in-portal path for an hour, and never another site', () => {
    rememberReturnTo('/documents/42');
    expect(takeReturnTo()).toBe('/documents/42');
    expect(takeReturnTo(Date.now() + 61 * 60_000)).toBe('/');
    forgetReturnTo();
    expect(takeReturnTo()).toBe('/');
    rememberReturnTo('//evil.example/x');
    expect(takeReturnTo()).toBe('/');
    localStorage.setItem('portico.portal.returnTo', '{"path":"https://evil.example","at":1}');
    expect(takeReturnTo()).toBe('/');
  });
});

describe('overlay addresses', () => {
  it('round-trips a list with its filters, and ignores anything but an in-app path', () => {
    const href = withOverlay({ pathname: '/', search: '?x=1' }, '/documents?kind=invoice&overdue=true');
    const target = readOverlay(href.slice(href.indexOf('?')));
    expect(target?.path).toBe('/documents');
    expect(target?.params.get('overdue')).toBe('true');
    expect(new URLSearchParams(href.split('?')[1]).get('x')).toBe('1');
    expect(readOverlay('?overlay=https://evil.example/')).toBeNull();
    expect(readOverlay('?overlay=//evil.example/')).toBeNull();
    expect(withOverlay({ pathname: '/properties', search: href.slice(href.indexOf('?')) }, null)).toBe(
      '/properties?x=1',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { pickView, rememberView, restoreView, viewStore } from './portal-view';

const options = {
  id: 'contact-1',
  views: [{ key: 'group:g1' }, { key: 'account:a1' }, { key: 'account:a2' }],
  defaultView: 'group:g1',
};

describe('view persistence', () => {
  it('picks the remembered view while it is still allowed, else the default', () => {
    expect(pickView(options, 'account:a2')).toBe('account:a2');
    expect(pickView(options, 'account:gone')).toBe('group:g1');
    expect(pickView(options, null)).toBe('group:g1');
  });

  it('remembers per contact on this device and restores it when a session starts', () => {
    rememberView('contact-1', 'account:a1');
    rememberView('contact-2', 'all');
    restoreView(options);
    expect(viewStore.get()).toBe('account:a1');
    restoreView({ ...options, id: 'contact-3' });
    expect(viewStore.get()).toBe('group:g1');
  });

  it('still works when the browser refuses storage', () => {
    const setItem = Storage.prototype.setItem;
    const getItem = Storage.prototype.getItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('SecurityError');
    };
    try {
      expect(() => rememberView('contact-1', 'account:a1')).not.toThrow();
      restoreView(options);
      expect(viewStore.get()).toBe('group:g1');
    } finally {
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });
});

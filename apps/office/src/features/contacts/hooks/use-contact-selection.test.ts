import { describe, expect, it } from '@jest/globals';
import { act, renderHook } from '@testing-library/react';
import { selectedCount } from '../utils/selection';
import { useContactSelection } from './use-contact-selection';

describe('useContactSelection', () => {
  it('clears the selection when the filter changes', () => {
    const { result, rerender } = renderHook(({ filterKey }) => useContactSelection(filterKey), {
      initialProps: { filterKey: 'status=invited' },
    });
    act(() => result.current[1]({ type: 'select-all-matching' }));
    expect(selectedCount(result.current[0], 40)).toBe(40);

    rerender({ filterKey: 'status=invited' });
    expect(selectedCount(result.current[0], 40)).toBe(40);

    rerender({ filterKey: 'status=expired' });
    expect(selectedCount(result.current[0], 40)).toBe(0);

    // A change made after the switch applies to the new filter, from empty.
    act(() => result.current[1]({ type: 'toggle', id: 'x', loadedIds: ['x'] }));
    expect(selectedCount(result.current[0], 40)).toBe(1);
  });
});

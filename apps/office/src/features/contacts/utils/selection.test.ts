import { describe, expect, it } from '@jest/globals';
import {
  allLoadedSelected,
  canSelectAllMatching,
  emptySelection,
  inviteTarget,
  isSelected,
  type Selection,
  type SelectionAction,
  selectedCount,
  selectionReducer,
  someLoadedSelected,
} from './selection';

const loadedIds = ['a', 'b', 'c'];
const run = (...actions: SelectionAction[]) => actions.reduce<Selection>(selectionReducer, emptySelection);

describe('selection', () => {
  it('checks and unchecks single rows', () => {
    const state = run({ type: 'toggle', id: 'a', loadedIds }, { type: 'toggle', id: 'b', loadedIds });
    expect(selectedCount(state, 120)).toBe(2);
    expect(someLoadedSelected(state, loadedIds)).toBe(true);
    expect(allLoadedSelected(state, loadedIds)).toBe(false);
    expect(selectedCount(selectionReducer(state, { type: 'toggle', id: 'a', loadedIds }), 120)).toBe(1);
  });

  it('selects every loaded row from the header, and none on the second click', () => {
    const all = run({ type: 'toggle', id: 'b', loadedIds }, { type: 'toggle-loaded', loadedIds });
    expect(allLoadedSelected(all, loadedIds)).toBe(true);
    expect(selectedCount(all, 120)).toBe(3);
    expect(selectedCount(selectionReducer(all, { type: 'toggle-loaded', loadedIds }), 120)).toBe(0);
  });

  it('offers "select all matching" only when every loaded row is chosen and more exist', () => {
    const all = run({ type: 'toggle-loaded', loadedIds });
    expect(canSelectAllMatching(all, loadedIds, 120)).toBe(true);
    expect(canSelectAllMatching(all, loadedIds, 3)).toBe(false);
    expect(canSelectAllMatching(run({ type: 'toggle', id: 'a', loadedIds }), loadedIds, 120)).toBe(false);
  });

  it('counts the whole match once all matching is selected, rows not loaded included', () => {
    const state = run({ type: 'toggle-loaded', loadedIds }, { type: 'select-all-matching' });
    expect(selectedCount(state, 120)).toBe(120);
    expect(isSelected(state, 'not-loaded-yet')).toBe(true);
    expect(canSelectAllMatching(state, loadedIds, 120)).toBe(false);
  });

  it('falls back to the other loaded rows when one is unchecked out of all matching', () => {
    const state = run({ type: 'select-all-matching' }, { type: 'toggle', id: 'b', loadedIds });
    expect(state).toEqual({ kind: 'ids', ids: new Set(['a', 'c']) });
  });

  it('targets the ids, or the list filter for all matching', () => {
    const filter = { portalStatus: ['not_invited' as const], q: 'harbor' };
    expect(inviteTarget(run({ type: 'toggle', id: 'c', loadedIds }), filter)).toEqual({ contactIds: ['c'] });
    expect(inviteTarget(run({ type: 'select-all-matching' }), filter)).toEqual({ filter });
  });

  it('clears', () => {
    expect(run({ type: 'select-all-matching' }, { type: 'clear' })).toEqual(emptySelection);
  });
});

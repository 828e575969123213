/**
 * Which contacts of the list are chosen for an invite: some rows by id, or every contact that
 * matches the filter ("select all N matching"), which the API resolves itself, so rows not
 * loaded yet count too.
 */
export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'all-matching' };

export type SelectionAction =
  /** Check or uncheck one row; `loadedIds` are the rows on screen. */
  | { type: 'toggle'; id: string; loadedIds: readonly string[] }
  /** The header checkbox: all loaded rows, or none when they all are selected already. */
  | { type: 'toggle-loaded'; loadedIds: readonly string[] }
  | { type: 'select-all-matching' }
  | { type: 'clear' };

export const emptySelection: Selection = { kind: 'ids', ids: new Set() };

export function selectionReducer(state: Selection, action: SelectionAction): Selection {
  switch (action.type) {
    case 'toggle': {
      // Unchecking a row out of "all matching" leaves the other loaded rows chosen, as Gmail does:
      // the API cannot take "all matching except these".
      const ids = new Set(state.kind === 'ids' ? state.ids : action.loadedIds);
      if (state.kind === 'ids' && !ids.has(action.id)) ids.add(action.id);
      else ids.delete(action.id);
      return { kind: 'ids', ids };
    }
    case 'toggle-loaded': {
      if (allLoadedSelected(state, action.loadedIds)) return emptySelection;
      const ids = new Set(state.kind === 'ids' ? state.ids : []);
      for (const id of action.loadedIds) ids.add(id);
      return { kind: 'ids', ids };
    }
    case 'select-all-matching':
      return { kind: 'all-matching' };
    case 'clear':
      return emptySelection;
  }
}

export function isSelected(state: Selection, id: string): boolean {
  return state.kind === 'all-matching' || state.ids.has(id);
}

export function allLoadedSelected(state: Selection, loadedIds: readonly string[]): boolean {
  return loadedIds.length > 0 && loadedIds.every((id) => isSelected(state, id));
}

export function someLoadedSelected(state: Selection, loadedIds: readonly string[]): boolean {
  return loadedIds.some((id) => isSelected(state, id));
}

/** How many contacts an invite would go to; `total` is the list's count across all pages. */
export function selectedCount(state: Selection, total: number): number {
  return state.kind === 'all-matching' ? total : state.ids.size;
}

/** Offer "Select all N matching" once every loaded row is chosen and more exist beyond them. */
export function canSelectAllMatching(state: Selection, loadedIds: readonly string[], total: number): boolean {
  return state.kind === 'ids' && allLoadedSelected(state, loadedIds) && total > loadedIds.length;
}

/** The bulk invite's target: the ids, or the filter the list was loaded with. */
export function inviteTarget<F>(state: Selection, filter: F): { contactIds: string[] } | { filter: F } {
  return state.kind === 'all-matching' ? { filter } : { contactIds: [...state.ids] };
}

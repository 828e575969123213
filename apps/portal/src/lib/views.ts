import { queryClient } from './api';
import { useStore } from './external-store';
import { rememberView, viewStore } from './portal-view';
import type { PortalMe, PortalView } from './session';

/** How a view reads in the switcher: a group user picks the whole group or one client. */
export function viewLabel(view: PortalView): string {
  switch (view.kind) {
    case 'all':
      return 'All your accounts';
    case 'group':
      return `${view.name} (all clients)`;
    case 'account':
      return view.name;
  }
}

/** The view in use and a way to change it (kept on this device, sent with every portal request). */
export function usePortalView(me: PortalMe) {
  const chosen = useStore(viewStore);
  const current = me.views.find((v) => v.key === chosen) ?? me.views.find((v) => v.key === me.defaultView);
  return {
    current,
    choose(key: string) {
      rememberView(me.id, key);
      viewStore.set(key);
      // Everything the portal shows depends on the view, `me` included (its panels are the
      // layout of the view's accounts); only the session check does not.
      void queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] !== 'session' });
    },
  };
}

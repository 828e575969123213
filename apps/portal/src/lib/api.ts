import { createPortalApi } from './portal-api';

// '' = same origin: Vite proxies /portal in development, the reverse proxy does in production.
export const {
  authStore,
  queryClient,
  api,
  $api,
  meQueryOptions,
  startSession,
  startPreview,
  forgetSession,
} = createPortalApi({ baseUrl: import.meta.env.VITE_API_URL ?? '' });

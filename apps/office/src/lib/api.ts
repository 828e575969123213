import { createApiClient, createApiQuery, createAuthStore, retryTransient } from '@portico/api-client';
import { QueryClient } from '@tanstack/react-query';

export const authStore = createAuthStore();

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: retryTransient, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export const api = createApiClient({
  // '' = same origin: Vite proxies /api in development, the reverse proxy does in production.
  baseUrl: import.meta.env.VITE_API_URL ?? '',
  auth: authStore,
  // One organization's data must not outlive the session that was allowed to see it.
  onSessionEnded: () => queryClient.clear(),
});

export const $api = createApiQuery(api);

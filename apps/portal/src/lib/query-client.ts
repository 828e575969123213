import { retryTransient } from '@portico/api-client';
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: retryTransient }, mutations: { retry: false } },
});

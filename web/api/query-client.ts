import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.js';

/**
 * The cache every page reads through. Data stays fresh for a minute: live
 * events (live-cache.ts) invalidate what they change, so pages need not
 * refetch on every visit. A refusal (4xx) is an answer, not a glitch: it is
 * never retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

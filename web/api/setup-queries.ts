import { queryOptions } from '@tanstack/react-query';
import { setupApi } from './setup-api.js';

/** The organisation pages' queries; a recorded setup entry invalidates them (use-setup-entry.ts). */
export const setupQueries = {
  organisation: () => queryOptions({ queryKey: ['organisation'], queryFn: setupApi.organisation }),
  audit: () => queryOptions({ queryKey: ['audit', 'setup'], queryFn: () => setupApi.audit(40) }),
};

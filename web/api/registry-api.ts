import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { answerOf, client } from './client.js';
import type { paths } from './openapi.js';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type AuditQuery = NonNullable<paths['/api/registry/audit']['get']['parameters']['query']>;
export type AuditPage = Json<paths['/api/registry/audit']['get']['responses'][200]>;
export type AuditFamily = AuditPage['families'][number];
export type Verification = NonNullable<
  Json<paths['/api/registry/verification']['get']['responses'][200]>['verification']
>;

/** The filters of the audit page, as its address holds them. */
export type AuditFilters = Pick<AuditQuery, 'actor' | 'family' | 'action' | 'since' | 'until'>;

/** Entries on one page of the audit log. */
const AUDIT_PAGE = 50;

/** The registry clerk's desk: the audit log, verification and backups (auditors only). */
export const registryApi = {
  async audit(filters: AuditFilters, before?: number): Promise<AuditPage> {
    const query = { ...filters, limit: AUDIT_PAGE, ...(before ? { before } : {}) };
    return answerOf(client.GET('/api/registry/audit', { params: { query } }));
  },
  async verification(): Promise<Verification | null> {
    return (await answerOf(client.GET('/api/registry/verification'))).verification;
  },
  async verify(): Promise<Verification> {
    return (await answerOf(client.POST('/api/registry/verification'))).verification;
  },
};

export const registryQueries = {
  /** The audit log page by page, newest first: each page names the position the next starts before. */
  audit: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: ['audit', 'registry', filters],
      queryFn: ({ pageParam }) => registryApi.audit(filters, pageParam),
      initialPageParam: undefined as number | undefined,
      getNextPageParam: (last) => last.next ?? undefined,
    }),
  /** The latest verification: polled every half second while it runs. */
  verification: () =>
    queryOptions({
      queryKey: ['verification'],
      queryFn: registryApi.verification,
      refetchInterval: (query) => (query.state.data?.state === 'running' ? 500 : false),
    }),
};

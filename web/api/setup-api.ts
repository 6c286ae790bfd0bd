import { answerOf, client } from './client.js';
import type { paths } from './openapi.js';

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type Organisation = Json<paths['/api/admin/organisation']['get']['responses'][200]>['organisation'];
export type OrganisationPerson = Organisation['people'][string];
export type OrganisationConference = Organisation['conferences'][string];
export type SetupChangeRequest = Json<
  NonNullable<paths['/api/admin/setup']['post']['requestBody']>
>['changes'][number];
export type SetupAnswer = Json<paths['/api/admin/setup']['post']['responses'][201]>;
export type FirstAdministrator = Json<NonNullable<paths['/api/first-run']['post']['requestBody']>>;
export type AuditEntry = Json<paths['/api/admin/audit']['get']['responses'][200]>['entries'][number];

/** The registry clerk's and the secretariat's calls: the organisation, its setup entries, people's accounts. */
export const setupApi = {
  async organisation(): Promise<Organisation> {
    return (await answerOf(client.GET('/api/admin/organisation'))).organisation;
  },

  /** One signed setup entry holding every change, all or none. */
  record(changes: SetupChangeRequest[]): Promise<SetupAnswer> {
    return answerOf(client.POST('/api/admin/setup', { body: { changes, dryRun: false } }));
  },

  async setPassword(id: string, password: string): Promise<void> {
    await answerOf(
      client.POST('/api/admin/people/{id}/password', { params: { path: { id } }, body: { password } }),
    );
  },

  async disable(id: string): Promise<void> {
    await answerOf(client.POST('/api/admin/people/{id}/disable', { params: { path: { id } } }));
  },

  async enable(id: string): Promise<void> {
    await answerOf(client.POST('/api/admin/people/{id}/enable', { params: { path: { id } } }));
  },

  async unlock(login: string): Promise<void> {
    await answerOf(client.POST('/api/admin/logins/{login}/unlock', { params: { path: { login } } }));
  },

  async audit(limit = 30): Promise<AuditEntry[]> {
    return (await answerOf(client.GET('/api/admin/audit', { params: { query: { limit } } }))).entries;
  },

  async firstRunOpen(): Promise<boolean> {
    return (await answerOf(client.GET('/api/first-run'))).open;
  },

  async claimFirstRun(body: FirstAdministrator): Promise<void> {
    await answerOf(client.POST('/api/first-run', { body }));
  },
};

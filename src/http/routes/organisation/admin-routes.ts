import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { disablePerson, enablePerson } from '../../../services/accounts/person-disablement.js';
import { unlockLogin } from '../../../services/accounts/unlock-login.js';
import { AuditQuerySchema, listAudit } from '../../../services/integrity/list-audit.js';
import {
  addMember,
  createGroup,
  createPerson,
  endMember,
  NewGroupSchema,
  NewMemberSchema,
  NewPersonSchema,
} from '../../../services/organisation/administer-organisation.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import {
  AuditEntrySchema,
  GroupSchema,
  MembershipSchema,
  PersonStatusSchema,
  UnlockedLoginSchema,
} from '../../schemas/admin-schemas.js';
import { PersonSchema } from '../../schemas/common-schemas.js';

type GroupParams = { Params: { id: string } };
type PersonParams = { Params: { id: string } };
type LoginParams = { Params: { login: string } };
type MemberParams = { Params: { id: string; person: string } };

/**
 * The registry clerk's API: people (and disabling them), groups, memberships,
 * unlocking logins and the audit log. Administrators only (403 otherwise).
 */
export function adminRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  const asAdmin = (request: Parameters<typeof requireCaller>[0]) => ({
    admin: requireCaller(request).person.id,
  });

  routes.add({
    method: 'POST',
    url: '/api/admin/people',
    summary: 'Add a person (login = id) with a new signing key; administrators only',
    tag: 'admin',
    auth: true,
    body: NewPersonSchema,
    responses: { 201: z.object({ person: PersonSchema }) },
  });
  app.post('/api/admin/people', async (request, reply) => {
    const person = await createPerson(services, asAdmin(request), request.body);
    return reply.status(201).send({ person });
  });

  for (const [action, change] of [
    ['disable', disablePerson],
    ['enable', enablePerson],
  ] as const) {
    routes.add({
      method: 'POST',
      url: `/api/admin/people/:id/${action}`,
      summary:
        action === 'disable'
          ? 'Disable a person: sign-in refused, every session and API token ended, live streams closed; administrators only'
          : 'Enable a disabled person again (they sign in anew); administrators only',
      tag: 'admin',
      auth: true,
      responses: { 200: PersonStatusSchema },
    });
    app.post<PersonParams>(`/api/admin/people/:id/${action}`, async (request) =>
      change(services, asAdmin(request), request.params.id),
    );
  }

  routes.add({
    method: 'POST',
    url: '/api/admin/logins/:login/unlock',
    summary: 'Lift a login’s lock after wrong passwords, and forget them; administrators only',
    tag: 'admin',
    auth: true,
    responses: { 200: UnlockedLoginSchema },
  });
  app.post<LoginParams>('/api/admin/logins/:login/unlock', async (request) =>
    unlockLogin(services, asAdmin(request), { login: request.params.login }),
  );

  routes.add({
    method: 'POST',
    url: '/api/admin/groups',
    summary: 'Add a group; administrators only',
    tag: 'admin',
    auth: true,
    body: NewGroupSchema,
    responses: { 201: z.object({ group: GroupSchema }) },
  });
  app.post('/api/admin/groups', async (request, reply) => {
    const group = await createGroup(services, asAdmin(request), request.body);
    return reply.status(201).send({ group });
  });

  routes.add({
    method: 'POST',
    url: '/api/admin/groups/:id/members',
    summary: 'Make a person a member of the group from now on; administrators only',
    tag: 'admin',
    auth: true,
    body: NewMemberSchema,
    responses: { 201: z.object({ membership: MembershipSchema }) },
  });
  app.post<GroupParams>('/api/admin/groups/:id/members', async (request, reply) => {
    const membership = await addMember(services, asAdmin(request), request.params.id, request.body);
    return reply.status(201).send({ membership });
  });

  routes.add({
    method: 'DELETE',
    url: '/api/admin/groups/:id/members/:person',
    summary: 'End a person’s membership of the group now (cables already registered keep their readers)',
    tag: 'admin',
    auth: true,
    responses: { 204: null },
  });
  app.delete<MemberParams>('/api/admin/groups/:id/members/:person', async (request, reply) => {
    await endMember(services, asAdmin(request), request.params.id, request.params.person);
    return reply.status(204).send();
  });

  routes.add({
    method: 'GET',
    url: '/api/admin/audit',
    summary: 'The hash-chained audit log, newest first; administrators only',
    tag: 'admin',
    auth: true,
    query: AuditQuerySchema,
    responses: { 200: z.object({ entries: z.array(AuditEntrySchema) }) },
  });
  app.get('/api/admin/audit', async (request) => ({
    entries: await listAudit(services, asAdmin(request), request.query),
  }));
}

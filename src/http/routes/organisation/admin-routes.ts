import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
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
import { AuditEntrySchema, GroupSchema, MembershipSchema } from '../../schemas/admin-schemas.js';
import { PersonSchema } from '../../schemas/common-schemas.js';

type GroupParams = { Params: { id: string } };
type MemberParams = { Params: { id: string; person: string } };

/** The registry clerk's API: people, groups, memberships and the audit log. Administrators only (403 otherwise). */
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

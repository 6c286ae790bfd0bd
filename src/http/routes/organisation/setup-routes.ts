import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SetupChangeRequestSchema, SetupChangeSchema, SetupDocumentSchema } from '../../../core/index.js';
import { setPassword } from '../../../services/accounts/set-password.js';
import { applySetupDocument } from '../../../services/organisation/apply-setup-document.js';
import { recordSetup } from '../../../services/organisation/record-setup.js';
import { viewOrganisation } from '../../../services/organisation/view-organisation.js';
import { parseInput } from '../../../services/parse-input.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { OrganisationStateSchema } from '../../schemas/organisation-schemas.js';

const SetupRequestSchema = z.strictObject({
  changes: z.array(SetupChangeRequestSchema).min(1).max(5000),
  dryRun: z.boolean().default(false),
});
const ApplyRequestSchema = z.strictObject({
  document: SetupDocumentSchema,
  dryRun: z.boolean().default(false),
});
const PasswordRequestSchema = z.strictObject({
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
});

const SetupResponseSchema = z.object({
  entry: z
    .object({ id: z.string(), number: z.string() })
    .nullable()
    .meta({ description: 'null for a dry run or nothing to change' }),
  changes: z
    .array(SetupChangeSchema)
    .meta({ description: 'the changes as signed, with what the registry filled in' }),
});

type PersonParams = { Params: { id: string } };

/**
 * The organisation and conferences as data (PRODUCT.md §Setup): each request
 * is one signed setup entry of the registry. Administrators change everything;
 * the conference secretariat, conferences and their plans.
 */
export function setupRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  const asCaller = (request: Parameters<typeof requireCaller>[0]) => ({
    admin: requireCaller(request).person.id,
  });
  const present = (result: Awaited<ReturnType<typeof recordSetup>>) => ({
    entry: result.entry ? { id: result.entry.id, number: result.entry.number } : null,
    changes: result.changes,
  });

  routes.add({
    method: 'GET',
    url: '/api/admin/organisation',
    summary:
      'The organisation and conferences as the chain’s setup entries make them; administrators, secretariat, auditors',
    tag: 'admin',
    auth: true,
    responses: { 200: z.object({ organisation: OrganisationStateSchema }) },
  });
  app.get('/api/admin/organisation', async (request) => ({
    organisation: await viewOrganisation(services, requireCaller(request).person.id),
  }));

  routes.add({
    method: 'POST',
    url: '/api/admin/setup',
    summary: 'Record changes to the organisation or a conference as one signed setup entry, all or none',
    tag: 'admin',
    auth: true,
    body: SetupRequestSchema,
    responses: { 201: SetupResponseSchema, 200: SetupResponseSchema },
  });
  app.post('/api/admin/setup', async (request, reply) => {
    const { changes, dryRun } = parseInput(SetupRequestSchema, request.body);
    const result = await recordSetup(services, asCaller(request), changes, { dryRun });
    return reply.status(result.entry ? 201 : 200).send(present(result));
  });

  routes.add({
    method: 'POST',
    url: '/api/admin/setup/apply',
    summary:
      'Make the organisation and conferences what a setup document says: records the difference as one entry',
    tag: 'admin',
    auth: true,
    body: ApplyRequestSchema,
    responses: { 201: SetupResponseSchema, 200: SetupResponseSchema },
  });
  app.post('/api/admin/setup/apply', async (request, reply) => {
    const body = request.body as { document?: unknown; dryRun?: unknown } | null;
    const dryRun = parseInput(z.object({ dryRun: z.boolean().default(false) }).loose(), body ?? {}).dryRun;
    const result = await applySetupDocument(services, asCaller(request), body?.document, { dryRun });
    return reply.status(result.entry ? 201 : 200).send(present(result));
  });

  routes.add({
    method: 'POST',
    url: '/api/admin/people/:id/password',
    summary: 'Set a person’s password (their first, or a reset); administrators only',
    tag: 'admin',
    auth: true,
    body: PasswordRequestSchema,
    responses: { 204: null },
  });
  app.post<PersonParams>('/api/admin/people/:id/password', async (request, reply) => {
    const { password } = parseInput(PasswordRequestSchema, request.body);
    await setPassword(services, asCaller(request), request.params.id, password);
    return reply.status(204).send();
  });
}

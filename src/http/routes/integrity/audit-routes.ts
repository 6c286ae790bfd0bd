import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_FAMILIES, AuditQuerySchema, auditPage } from '../../../services/integrity/list-audit.js';
import type { Services } from '../../../services/services.js';
import { requireCaller } from '../../authenticate-request.js';
import type { RouteCatalogue } from '../../route-spec.js';
import { AuditEntrySchema } from '../../schemas/admin-schemas.js';

const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  next: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'Pass as `before` for the page after this one; null on the last page' }),
  families: z.array(z.enum(AUDIT_FAMILIES)).meta({ description: 'The action families one may filter by' }),
});

/** The audit log for the registry clerk's desk: auditors read it (an administrator is one), nobody else. */
export function auditRoutes(app: FastifyInstance, services: Services, routes: RouteCatalogue) {
  routes.add({
    method: 'GET',
    url: '/api/registry/audit',
    summary:
      'The hash-chained audit log, newest first, by actor, action or action family and time, a page at a ' +
      'time; auditors only (an administrator is one)',
    tag: 'registry',
    auth: true,
    query: AuditQuerySchema,
    responses: { 200: AuditPageSchema },
  });
  app.get('/api/registry/audit', async (request) => {
    const page = await auditPage(services, { auditor: requireCaller(request).person.id }, request.query);
    return { ...page, families: [...AUDIT_FAMILIES] };
  });
}

import openapiTS, { astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import type { Services } from '../../src/services/services.js';

const HEADER = `/**
 * The API's types, generated from GET /api/openapi.json (the routes' own zod
 * schemas) by openapi-typescript. Do not edit: run \`npm run api:types\`.
 */

`;

/** The document as the server serves it; routes only keep their services for later, so none are opened. */
async function openApiDocumentText(): Promise<string> {
  const app = await buildApp({} as Services);
  const answer = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  await app.close();
  return answer.body;
}

it('the committed API types are the ones the OpenAPI document gives (npm run api:types rewrites them)', async () => {
  const types = astToString(await openapiTS(await openApiDocumentText()));
  await expect(HEADER + types).toMatchFileSnapshot('./openapi.d.ts');
});

import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/** How a server logs: a short line per request (the default), pino's JSON (`--log-json`), or nothing. */
export type LogFormat = 'lines' | 'json' | 'none';

/** Headers that carry secrets: never logged, in any format. */
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];

/**
 * Fastify's logger for a format: pino's JSON with the secrets redacted; or,
 * beside the request lines, only warnings and errors (an unexpected error's
 * stack) as plain lines on `problems`.
 */
export function loggerFor(
  format: LogFormat,
  problems: (line: string) => void,
): FastifyServerOptions['logger'] {
  if (format === 'json') return { redact: REDACTED };
  if (format === 'none') return false;
  return {
    level: 'warn',
    redact: REDACTED,
    stream: {
      write(json: string) {
        const entry = JSON.parse(json) as { level: number; msg?: string; err?: { stack?: string } };
        const level = entry.level >= 50 ? 'error' : 'warning';
        problems(`plenipo: ${level}: ${entry.msg ?? ''}${entry.err?.stack ? `\n${entry.err.stack}` : ''}`);
      },
    },
  };
}

/**
 * One line per answered request: time (UTC), method, path, status and
 * milliseconds. The query string is left out (it carries search words), and
 * so is every header.
 */
export function requestLine(at: Date, method: string, url: string, status: number, ms: number): string {
  const path = url.split('?')[0];
  return `${at.toISOString().slice(11, 19)} ${method} ${path} ${status} ${Math.round(ms)} ms`;
}

export function logRequestLines(app: FastifyInstance, write: (line: string) => void): void {
  app.addHook('onResponse', async (request, reply) => {
    write(requestLine(new Date(), request.method, request.url, reply.statusCode, reply.elapsedTime));
  });
}

import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../core/index.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/** A refusal Fastify-style (status and code), so the error handler answers it as it does its own 415s. */
function unsupportedCharset(charset: string) {
  return Object.assign(new Error(`charset=${charset}`), {
    statusCode: 415,
    code: 'PLENIPO_UNSUPPORTED_CHARSET',
  });
}

/**
 * Reads `application/json` bodies strictly. JSON exchanged between systems is
 * UTF-8 (RFC 8259 §8.1): a body declared in another charset is refused with
 * 415, and bytes that are not UTF-8 are refused with 400 instead of being
 * decoded to U+FFFD and registered as if the author had written them. The
 * parsing itself stays Fastify's, which refuses `__proto__` and
 * `constructor.prototype` keys.
 */
export function parseJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) return done(unsupportedCharset(charset), undefined);
    let text: string;
    try {
      text = STRICT_UTF8.decode(body as Buffer);
    } catch {
      return done(invalidInput('body', 'is not valid UTF-8'), undefined);
    }
    parseJson(request, text, (error, value) => {
      if (error && isPlainJson(text)) {
        return done(invalidInput('body', 'must not contain a "__proto__" or "constructor.prototype" key'));
      }
      done(error, value);
    });
  });
}

/** Whether the text is JSON by the plain parser, i.e. refused by Fastify's for a poisoning key only. */
function isPlainJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

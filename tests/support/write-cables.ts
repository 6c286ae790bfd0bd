import { DEMO_PASSWORD } from '../../scenarios/load-scenario.js';
import { aCable } from './a-cable.js';

/** A person of the London example writing cables through the API with their token. */
export interface Writer {
  login: string;
  /** Whom their cables go to: a person or a group. */
  to: string;
  /** `Bearer …`, their API token. */
  authorization: string;
}

/** A cable whose whole 201 answer reached its writer. */
export interface AcknowledgedCable {
  id: string;
  number: string;
  /** A word found in this cable's body and no other. */
  marker: string;
  writer: Writer;
}

/** An API token for a demo login from a listening server, as the `authorization` header value. */
export async function apiTokenFor(baseUrl: string, login: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD, name: 'test writer' }),
  });
  if (response.status !== 201) throw new Error(`token for ${login}: HTTP ${response.status}`);
  return `Bearer ${((await response.json()) as { token: string }).token}`;
}

/**
 * Registers cables as `writer`, one after another, until `shouldStop()`, the
 * `max`th cable, or the first request the server does not answer. Each body
 * carries a marker word `${label}${login}n${i}`; every third cable replies to
 * the writer's previous one, so reference links are written too. A cable is
 * pushed to `acknowledged` only once its whole 201 answer has been read. The
 * result names the marker of a request cut off without an answer ("in doubt":
 * it may or may not have committed), or null. Any other answer than 201 throws.
 */
export async function writeCables(
  baseUrl: string,
  writer: Writer,
  options: { label: string; acknowledged: AcknowledgedCable[]; shouldStop?: () => boolean; max: number },
): Promise<{ inDoubt: string | null }> {
  let previous: AcknowledgedCable | undefined;
  for (let n = 0; n < options.max && !options.shouldStop?.(); n += 1) {
    const marker = `${options.label}${writer.login}n${n}`;
    const draft = aCable({
      to: [writer.to],
      subject: `Cable ${n} of ${writer.login} (${options.label})`,
      body: `Cable ${marker}, registered under load.`,
      issues: ['trieste', options.label.toLowerCase()],
      ...(previous && n % 3 === 0 ? { inReplyTo: previous.id } : {}),
    });
    let status: number;
    let answer: { cable: { id: string; number: string } };
    try {
      const response = await fetch(`${baseUrl}/api/cables`, {
        method: 'POST',
        headers: { authorization: writer.authorization, 'content-type': 'application/json' },
        body: JSON.stringify(draft),
      });
      status = response.status;
      answer = (await response.json()) as typeof answer;
    } catch {
      return { inDoubt: marker };
    }
    if (status !== 201) throw new Error(`POST /api/cables as ${writer.login}: HTTP ${status}`);
    previous = { id: answer.cable.id, number: answer.cable.number, marker, writer };
    options.acknowledged.push(previous);
  }
  return { inDoubt: null };
}

import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createApiToken } from '../src/services/accounts/authenticate.js';
import { BENCH_PASSWORD, benchDraft, benchRegistry } from './bench-organisation.js';
import { percentile, report } from './report.js';
import { serveForBench } from './serve-for-bench.js';

const READERS = 200;
const GROUPS = 20;
const RATE = Number(process.env.BENCH_PUSH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_PUSH_SECONDS ?? 10);
/** The first second is warm-up: its cables are sent but not counted. */
const WARMUP_SECONDS = 1;

/** When each pushed cable reached each reader, by the cable's send index. */
type Arrivals = Map<number, number[]>;

/**
 * push: from the acknowledgement of a registration to its arrival over
 * Server-Sent Events at a connected reader, with 200 readers connected and
 * cables sent at a steady 500/s (open loop: a slow server does not slow the
 * sender). Each cable reaches its own dozen of the 200 (a person and a group
 * of ten), as the register benchmark addresses them. Every (cable, reader)
 * pair is one sample; a pair that never arrives is counted as lost.
 */
export async function benchPush(): Promise<void> {
  const { services, dir } = await benchRegistry(READERS, GROUPS);
  try {
    // Tokens are made here, not through POST /api/tokens, whose per-address limit stops 200 logins.
    const tokens = await Promise.all(
      Array.from({ length: READERS }, (_, i) =>
        createApiToken(services, { login: `p${i}`, password: BENCH_PASSWORD, name: 'bench' }),
      ),
    );
    await services.store.close();
    const server = await serveForBench(join(dir, 'plenipo.db'), 7963);
    try {
      const arrivals: Arrivals = new Map();
      const streams = await Promise.all(tokens.map(({ token }) => listen(server.url, token, arrivals)));
      const sent = await sendSteadily(server.url, tokens[0]!.token);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      for (const stream of streams) stream.abort();
      summarise(sent, arrivals);
    } finally {
      senders.destroy();
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Sent {
  index: number;
  sentAt: number;
  ackedAt: number;
  readers: number;
}

/** Sends RATE cables a second for SECONDS, each without waiting for the previous one. */
async function sendSteadily(url: string, token: string): Promise<Sent[]> {
  const total = RATE * SECONDS;
  const started = performance.now();
  const pending: Promise<Sent>[] = [];
  while (pending.length < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE) + 1);
    while (pending.length < due) pending.push(sendOne(url, token, pending.length));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return Promise.all(pending);
}

// A bounded pool, as a real client has: past it, requests wait their turn here (and that wait counts
// in push-from-send) rather than opening connections faster than a busy server can accept them.
const senders = new Agent({ keepAlive: true, maxSockets: 64 });

async function sendOne(url: string, token: string, index: number): Promise<Sent> {
  const draft = { ...benchDraft(index, READERS, GROUPS), subject: `push ${index}` };
  const sentAt = performance.now();
  const { status, body } = await postJson(`${url}/api/cables`, token, JSON.stringify(draft));
  const ackedAt = performance.now();
  if (status !== 201) throw new Error(`POST /api/cables: ${status} ${body}`);
  const { cable } = JSON.parse(body) as { cable: { readers: string[] } };
  return { index, sentAt, ackedAt, readers: cable.readers.length };
}

function postJson(url: string, token: string, json: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sending = request(url, {
      method: 'POST',
      agent: senders,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
        authorization: `Bearer ${token}`,
      },
    });
    sending.on('error', reject);
    sending.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    sending.end(json);
  });
}

/** Opens one reader's event stream and records the arrival of every cable on it. */
async function listen(url: string, token: string, arrivals: Arrivals): Promise<AbortController> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const connected = (async () => {
    while (!buffer.includes(': connected')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('an event stream ended before it was connected');
      buffer += value;
    }
  })();
  await connected;
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const subject = /^data: .*"subject":"push (\d+)"/m.exec(buffer.slice(0, end));
          if (subject) {
            const index = Number(subject[1]);
            arrivals.set(index, [...(arrivals.get(index) ?? []), at]);
          }
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();
  return controller;
}

function summarise(sent: Sent[], arrivals: Arrivals): void {
  const counted = sent.filter((s) => s.sentAt - sent[0]!.sentAt >= WARMUP_SECONDS * 1000);
  const fromAck: number[] = [];
  const fromSend: number[] = [];
  let lost = 0;
  for (const cable of counted) {
    const times = arrivals.get(cable.index) ?? [];
    lost += cable.readers - times.length;
    for (const at of times) {
      fromAck.push(at - cable.ackedAt);
      fromSend.push(at - cable.sentAt);
    }
  }
  const offeredSpan = (counted.at(-1)!.sentAt - counted[0]!.sentAt) / 1000;
  const lastAck = Math.max(...counted.map((cable) => cable.ackedAt));
  const note = `${READERS} readers connected, ${RATE} cables/s offered, ${fromAck.length} deliveries`;
  report({ name: 'push-offered', value: counted.length / offeredSpan, unit: 'cables/s', note });
  // Below the offered rate, the server fell behind and the later cables queued: see push-from-send.
  report({
    name: 'push-registered',
    value: counted.length / ((lastAck - counted[0]!.sentAt) / 1000),
    unit: 'cables/s',
  });
  report({
    name: 'push-p50',
    value: percentile(fromAck, 0.5),
    unit: 'ms',
    note: 'acknowledgement to arrival; negative: the push overtook the acknowledgement',
  });
  report({ name: 'push-p99', value: percentile(fromAck, 0.99), unit: 'ms' });
  report({ name: 'push-from-send-p50', value: percentile(fromSend, 0.5), unit: 'ms' });
  report({ name: 'push-from-send-p99', value: percentile(fromSend, 0.99), unit: 'ms' });
  report({ name: 'push-lost', value: lost, unit: 'deliveries' });
}

import Fastify from 'fastify';

// The ceiling for register-http: a Fastify route that parses the same JSON body and answers 201,
// doing nothing else. Run as its own process, like the real server.
const app = Fastify({ bodyLimit: 256 * 1024 });
app.post('/bare', async (request, reply) => reply.status(201).send({ ok: typeof request.body === 'object' }));
await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.stdout.write(`${(app.server.address() as { port: number }).port}\n`);

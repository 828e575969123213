/** The HTTP baseline: a bare Fastify route answering a constant, started the way the API is. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3991) });
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});

import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useTestApp } from '../../../test/test-app';

describe('health', () => {
  const t = useTestApp();

  it('answers liveness', async () => {
    const res = await request(t.app.server).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('reports PostgreSQL and Redis ready', async () => {
    const res = await request(t.app.server).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });

  it('answers unknown routes with problem+json', async () => {
    const res = await request(t.app.server).get('/nope');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

import { createHmac } from 'node:crypto';

/** An HS256 access token signed the way the API signs them (office or portal audience). */
export function accessToken(secret: string, aud: 'office' | 'portal', sub: string, org: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  // Long-lived on purpose: a full run outlasts the API's 15-minute tokens.
  const claims = { sub, org, aud, iat: now, exp: now + 6 * 3600 };
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

import type { FastifyReply } from 'fastify';

/** Where each audience's refresh token lives: httpOnly, SameSite=Strict, sent only to its auth routes. */
export interface RefreshCookie {
  name: string;
  path: string;
}

export const officeRefreshCookie: RefreshCookie = { name: 'portico_office_refresh', path: '/api/v1/auth' };
export const portalRefreshCookie: RefreshCookie = { name: 'portico_portal_refresh', path: '/portal/v1/auth' };

export function setRefreshCookie(
  reply: FastifyReply,
  cookie: RefreshCookie,
  issued: { token: string; expiresAt: Date; persistent: boolean },
  secure: boolean,
) {
  reply.setCookie(cookie.name, issued.token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: cookie.path,
    // Without "stay signed in" the cookie ends with the browser session.
    ...(issued.persistent && { expires: issued.expiresAt }),
  });
}

export function clearRefreshCookie(reply: FastifyReply, cookie: RefreshCookie, secure: boolean) {
  reply.clearCookie(cookie.name, { path: cookie.path, httpOnly: true, secure, sameSite: 'strict' });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedToken } from './token.service.js';

/**
 * The web console's session cookie: it carries the access token, out of reach of the page's
 * scripts (httpOnly), never sent by another site (SameSite=Strict), only to the API.
 */
export const SESSION_COOKIE = 'despacho_sesion';

/**
 * The header the console sends with every request. A cookie alone authenticates nothing that
 * changes data: a form or image of another origin cannot add a header, and a script of another
 * origin needs a CORS preflight the API never grants (custom request header defense, OWASP).
 */
export const WEB_HEADER = 'x-despacho-web';

const COOKIE_PATH = '/api/';

/** Methods that may change data: with the cookie, they need WEB_HEADER. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  issued: IssuedToken,
): void {
  void reply.setCookie(SESSION_COOKIE, issued.token, {
    httpOnly: true,
    sameSite: 'strict',
    // Behind a TLS proxy (TRUST_PROXY), X-Forwarded-Proto says https.
    secure: request.protocol === 'https',
    path: COOKIE_PATH,
    expires: issued.expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: COOKIE_PATH,
  });
}

/** Whether the request carries the console's header (any non-empty value). */
export const fromConsole = (request: FastifyRequest): boolean =>
  (request.headers[WEB_HEADER] ?? '') !== '';

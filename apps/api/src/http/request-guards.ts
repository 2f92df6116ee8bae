import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '#core';
import { problem, type ProblemDetails } from './problem-details.js';

/** Longest request target (path + query) served; longer is 414. Real URLs stay under 1 KB. */
export const MAX_URL_LENGTH = 2048;
/** Deepest JSON body accepted; the deepest real body (resolution addressees) is 3. */
export const MAX_JSON_DEPTH = 20;

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

const send = (reply: FastifyReply, body: ProblemDetails): FastifyReply =>
  reply.status(body.status).header('content-type', PROBLEM_TYPE).send(body);

/**
 * Errors Fastify raises while routing, before any hook or Nest filter runs (adapter option
 * `frameworkErrors`): a bad percent-encoding, a path parameter longer than `maxParamLength`.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_BAD_URL')
    void send(
      reply,
      problem(ErrorCode.MALFORMED_REQUEST, 'La URL contiene una codificación (%xx) inválida.'),
    );
  else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    void send(reply, problem(ErrorCode.URI_TOO_LONG));
  else void send(reply, problem(ErrorCode.INTERNAL_ERROR));
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (adapter option
 * `clientErrorHandler`): headers past `maxHeaderSize` (431) or an unparsable request (400).
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem(ErrorCode.HEADERS_TOO_LARGE)
      : problem(ErrorCode.MALFORMED_REQUEST, 'La solicitud HTTP está mal formada.');
  const text = JSON.stringify(body);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Length: ${Buffer.byteLength(text)}\r\n` +
        `Content-Type: ${PROBLEM_TYPE}\r\nConnection: close\r\n\r\n${text}`,
    );
  socket.destroy(error);
}

/** How deep a parsed JSON value nests, stopping early past `limit`; iterative, so no stack. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

const routePattern = (url: string): RegExp =>
  new RegExp(
    `^${url
      .split('/')
      .map((part) =>
        part.startsWith(':')
          ? '[^/]+'
          : part === '*'
            ? '.*'
            : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}/?$`,
  );

/**
 * Limits checked before a request reaches a controller: URL length (414), a known path with
 * another method (405 with `Allow`, not 404) and JSON nesting depth (400, before validators and
 * hashing recurse into it). Call before `app.init()`, so every route is seen.
 */
export function installRequestGuards(fastify: FastifyInstance): void {
  const routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  fastify.addHook('onRoute', (route) => {
    const entry = routes.get(route.url) ?? { pattern: routePattern(route.url), methods: new Set() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    routes.set(route.url, entry);
  });

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.raw.url !== undefined && request.raw.url.length > MAX_URL_LENGTH)
      return send(
        reply,
        problem(
          ErrorCode.URI_TOO_LONG,
          `La URL de la solicitud excede ${MAX_URL_LENGTH} caracteres.`,
        ),
      );
    if (!request.is404) return;
    const path = (request.raw.url ?? '').split('?')[0] ?? '';
    const allowed = new Set<string>();
    for (const { pattern, methods } of routes.values())
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    if (allowed.size === 0) return;
    const allow = [...allowed].sort().join(', ');
    void reply.header('allow', allow);
    return send(
      reply,
      problem(
        ErrorCode.METHOD_NOT_ALLOWED,
        `Método ${request.method} no permitido en ${path}; use: ${allow}.`,
      ),
    );
  });

  fastify.addHook('preValidation', async (request) => {
    if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH))
      throw new DomainError(
        ErrorCode.MALFORMED_REQUEST,
        `El cuerpo JSON está anidado en más de ${MAX_JSON_DEPTH} niveles.`,
      );
  });
}

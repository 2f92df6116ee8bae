import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Paths that are never the console's: an unknown one there is the API's 404, not index.html. */
const NOT_THE_CONSOLE = /^\/(api|health|metrics)(\/|\?|$)/;

/**
 * Where `npm run build` puts the console (vite → dist/web): next to the compiled server, or under
 * dist/ when the server runs from its sources (tests).
 */
export function webConsoleDir(moduleUrl: string = import.meta.url): string {
  const root = fileURLToPath(new URL('../../../../', moduleUrl));
  return root.endsWith('/dist/') ? `${root}web` : `${root}dist/web`;
}

/**
 * Serves the web console at `/`: its files as they are (hashed names under /assets cache for a
 * year), and index.html for any other GET that no route answers outside the API, so the
 * console's own routes (/pendientes, /resoluciones/…) survive a reload. Call after
 * installRequestGuards (its 405 comes first). Without a build, nothing is mounted.
 */
export async function mountWebConsole(
  fastify: FastifyInstance,
  dir: string = webConsoleDir(),
): Promise<boolean> {
  if (!existsSync(`${dir}/index.html`)) return false;
  await fastify.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: ['index.html'],
    // Set below, per file: @fastify/static's own would say max-age=0 for everything.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  // Not a route: a catch-all would answer every method and path, hiding the API's 404 and 405.
  fastify.addHook('onRequest', async (request, reply) => {
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!request.is404 || !read || NOT_THE_CONSOLE.test(request.url)) return;
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}

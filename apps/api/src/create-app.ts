import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { workflowKinds } from '#kinds';
import type { Runtime } from '#platform';
import type { WorkflowKind } from '#workflow';
import { ErrorCode } from '#core';
import { AppModule } from './app.module.js';
import { SESSION_COOKIE, WEB_HEADER } from './auth/web-session.js';
import {
  API_DOCS_CSP,
  fastifyTrustProxy,
  rateLimits,
  requestIdOf,
  securityHeaders,
} from './http/edge-security.js';
import { declareRequestId } from './http/openapi.js';
import { problem } from './http/problem-details.js';
import {
  clientErrorHandler,
  frameworkErrors,
  installRequestGuards,
} from './http/request-guards.js';
import { MetricsService } from './operations/metrics.service.js';
import { mountWebConsole } from './http/web-console.js';

export const API_PREFIX = 'api/v1';

/**
 * Builds the configured HTTP application; `main` and the e2e tests both use it (tests may run
 * other kinds than the installation's list, e.g. a toy kind).
 */
export async function createApp(
  runtime: Runtime,
  kinds: readonly WorkflowKind[] = workflowKinds,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(runtime, kinds),
    new FastifyAdapter({
      // Only configured proxies may say who the client is (TRUST_PROXY); by default nobody.
      trustProxy: fastifyTrustProxy(runtime.config.edge.trustProxy),
      bodyLimit: 1_048_576,
      // Request ids: the caller's X-Request-Id when it is a sane token, else a fresh UUID; logged and echoed.
      requestIdHeader: false,
      genReqId: requestIdOf,
      // Routing and HTTP-parser errors answer problem+json too (see request-guards.ts).
      frameworkErrors,
      clientErrorHandler,
    }),
    // Fastify's own JSON parser only: Nest's would add a form parser, and a form body would reach
    // validation as if it were JSON.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // Built once: @fastify/helmet would parse the whole configuration again on every request.
  const applySecurityHeaders = helmet(securityHeaders);
  fastify.addHook('onRequest', (request, reply, done) =>
    applySecurityHeaders(request.raw, reply.raw, () => done()),
  );
  await app.register(fastifyRateLimit, rateLimits(runtime.config));
  // The web console's session cookie (auth/web-session.ts); unsigned: it holds a signed JWT.
  await app.register(fastifyCookie);
  // Parsed lazily, as a stream, by the routes that opt in (attachments); the limits are set there.
  await app.register(fastifyMultipart, { throwFileSizeLimit: false });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health', 'metrics'] });

  // The API speaks JSON only: other bodies get 415 instead of reaching validation as strings.
  fastify.removeContentTypeParser('text/plain');
  // Multipart only where a route asks for it (`@RouteConfig({ multipart: true })`): elsewhere
  // it is refused before a byte of the body is read.
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'];
    const config = request.routeOptions.config as { multipart?: boolean } | undefined;
    if (type?.toLowerCase().startsWith('multipart/') && config?.multipart !== true)
      await reply
        .status(415)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
  });
  installRequestGuards(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (request.url === '/api/docs' || request.url.startsWith('/api/docs/'))
      void reply.header('content-security-policy', API_DOCS_CSP);
  });
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration
      .labels(request.method, request.routeOptions.url ?? 'desconocida', String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
    done();
  });

  if (runtime.config.edge.exposeApiDocs) mountApiDocs(app, runtime.config.publicUrl, kinds);
  // The web console at `/`, when it was built (npm run build).
  await mountWebConsole(fastify);
  await app.init();
  await fastify.ready();
  return app;
}

/** Tags of the fixed controllers, with their descriptions (each kind adds its own). */
const API_TAGS: readonly (readonly [string, string])[] = [
  ['auth', 'Sesión: login, renovación y cierre del token; el usuario que llama'],
  ['directorio', 'Unidades orgánicas y personas de la municipalidad del usuario'],
  ['calendario', 'Días hábiles, feriados y cómputo de plazos (D1–D3)'],
  [
    'pendientes',
    'Pendientes conmigo: lo que el usuario, su unidad o el cargo que ejerce por delegación debe hacer, en todo tipo de expediente',
  ],
  [
    'tablero',
    'Despacho de Alcaldía: qué espera a quién, vencidos, plazos próximos, tiempos por estado, firmas y escalamientos (Alcalde y Gerente Municipal)',
  ],
  ['bandeja', 'Notificaciones del usuario: pedidos, recordatorios, alertas y escalamientos'],
  ['adjuntos', 'Documentos adjuntos a cualquier expediente'],
  [
    'concejo',
    'Concejo Municipal: miembros, sesiones, asistencia y quórum, votaciones y Acuerdos numerados (la Secretaría General conduce la sesión)',
  ],
  ['delegaciones', 'Delegaciones y encargaturas (D10), solo para administradores'],
  ['usuarios', 'Cuentas de la municipalidad: altas, roles, desactivación y contraseñas (ADMIN)'],
  ['auditoría', 'Verificación de la cadena de auditoría'],
  ['administración', 'Reloj manual y verificación de colas, solo para administradores'],
  ['verificación pública', 'Verificación de copias impresas por su clave, sin sesión'],
  ['operación', 'Salud del servicio y métricas Prometheus'],
];

/** OpenAPI UI at /api/docs and JSON at /api/docs-json (EXPOSE_API_DOCS). */
function mountApiDocs(
  app: NestFastifyApplication,
  publicUrl: string,
  kinds: readonly WorkflowKind[],
): void {
  const builder = new DocumentBuilder()
    .setTitle('Despacho API')
    .setDescription(
      'Motor de flujos de la Gerencia Municipal. Errores en application/problem+json (docs/errores.md).',
    )
    .setVersion('1')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addServer(publicUrl, 'Esta instalación (PUBLIC_URL)')
    .addBearerAuth()
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description: `Sesión de la consola web (POST /api/v1/auth/session). Con ella, toda solicitud que cambia datos trae la cabecera ${WEB_HEADER}.`,
      },
      SESSION_COOKIE,
    );
  for (const kind of kinds)
    builder.addTag(
      kind.tag,
      `Expedientes de tipo ${kind.name}: crear, listar, leer, eventos, historia`,
    );
  for (const [name, description] of API_TAGS) builder.addTag(name, description);
  const document = declareRequestId(SwaggerModule.createDocument(app, builder.build()));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyRateLimitStore, RateLimitPluginOptions } from '@fastify/rate-limit';
import type { HelmetOptions } from 'helmet';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { AppConfig, TrustProxy } from '#core';

/** A caller's request id is kept only if it is a plain token: it ends up in logs and headers. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestIdOf = (request: { headers: IncomingHttpHeaders }): string => {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
};

/**
 * Fastify's form of TRUST_PROXY: `false`, the trusted addresses, or for a hop count the same
 * function Fastify makes of a number (the adapter's type does not admit numbers).
 */
export const fastifyTrustProxy = (
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) => {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return [...trust];
};

/** Which limit a route opts into; the login's is the default (see `rateLimits`). */
type RateLimitPolicy = 'login' | 'public-verify';

/** Marks a route as limited by a policy of `rateLimits` (`@RouteConfig` carries it to Fastify). */
export const RateLimit = (policy: RateLimitPolicy) =>
  RouteConfig({ rateLimit: {}, rateLimitPolicy: policy });

const policyOf = (request: FastifyRequest): RateLimitPolicy =>
  (request.routeOptions.config as { rateLimitPolicy?: RateLimitPolicy } | undefined)
    ?.rateLimitPolicy ?? 'login';

/** Counters kept at most; past it the oldest go first (keys carry attacker-chosen usernames). */
export const COUNTERS_LIMIT = 10_000;

/**
 * One fixed-window counter per key for every limited route: @fastify/rate-limit's own store
 * gives each route a store of its own, and then the API's login and the console's would each
 * allow the limit (the keys already name the policy, the address and the account).
 */
export class SharedWindowStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, { current: number; startedAt: number }>();

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.startedAt + timeWindow <= now) {
      window = { current: 0, startedAt: now };
      this.windows.delete(key);
      if (this.windows.size >= COUNTERS_LIMIT) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      this.windows.set(key, window);
    }
    window.current += 1;
    callback(null, { current: window.current, ttl: window.startedAt + timeWindow - now });
  }

  child(): FastifyRateLimitStore {
    return this;
  }
}

/**
 * Only routes that opt in are limited. The login, per address and account: guessing one account's
 * password is slowed without letting one noisy address lock everybody out (the per-account lockout
 * in PostgreSQL covers many addresses). The public verification, per address. The address is the
 * socket's unless TRUST_PROXY names the proxies allowed to forward it. Runs after body parsing.
 */
export const rateLimits = (config: AppConfig): RateLimitPluginOptions => ({
  global: false,
  hook: 'preHandler',
  store: SharedWindowStore,
  max: (request) =>
    policyOf(request) === 'public-verify'
      ? config.edge.publicVerifyRateLimit
      : config.loginRateLimit.limit,
  timeWindow: (request) =>
    policyOf(request) === 'public-verify' ? 60_000 : config.loginRateLimit.ttlSeconds * 1000,
  keyGenerator: (request) => {
    if (policyOf(request) === 'public-verify') return `verify|${request.ip}`;
    const body = request.body as { username?: unknown } | undefined;
    const username =
      typeof body?.username === 'string' ? body.username.toLowerCase().slice(0, 100) : '';
    return `login|${request.ip}|${username}`;
  },
  // Thrown as is: the problem filter turns statusCode 429 into RATE_LIMITED.
  errorResponseBuilder: (_request, context) => ({ statusCode: 429, retryAfter: context.after }),
});

/**
 * Security headers for everything, with a CSP the web console (served from `/`, its own scripts
 * only) lives with. Inline styles are allowed: the component and chart libraries set them, and
 * they cannot run code. No `upgrade-insecure-requests`: the embedded mode is often plain HTTP on
 * a LAN address, where it would break every asset.
 */
export const securityHeaders: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
};

/** Swagger UI boots from an inline script and styles: only its own pages get this CSP. */
export const API_DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>`; constant time. */
export function hasMetricsToken(config: AppConfig, authorization: string | undefined): boolean {
  const expected = config.edge.metricsToken;
  if (!expected || !authorization) return false;
  const [scheme, token] = authorization.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) return false;
  return timingSafeEqual(digest(token), digest(expected));
}

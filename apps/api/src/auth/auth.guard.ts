import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig, DomainError, ErrorCode } from '#core';
import { type Role, SessionClock } from '#org';
import { type AuthenticatedUser, IS_PUBLIC, REQUIRED_ROLES } from './authenticated-user.js';
import { TokenService } from './token.service.js';
import {
  clearSessionCookie,
  fromConsole,
  SESSION_COOKIE,
  setSessionCookie,
  UNSAFE_METHODS,
  WEB_HEADER,
} from './web-session.js';

/**
 * Global: every route needs a valid token unless marked @Public(); @Roles() narrows it. The token
 * comes as `Authorization: Bearer` (API clients) or in the web console's session cookie, which
 * also needs the console's header on anything that changes data and slides while it is used.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly clock: SessionClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const reply = http.getResponse<FastifyReply>();
    const user = request.headers.authorization
      ? await this.tokens.verify(bearerToken(request))
      : await this.fromCookie(request, reply);
    request.user = user;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => user.roles.includes(role))) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Esta operación requiere uno de los roles: ${required.join(', ')}.`,
      );
    }
    return true;
  }

  private async fromCookie(request: FastifyRequest, reply: FastifyReply) {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw missingToken();
    if (UNSAFE_METHODS.has(request.method) && !fromConsole(request))
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Con la cookie de sesión, toda solicitud que cambia datos debe traer la cabecera ${WEB_HEADER}.`,
      );
    let user: AuthenticatedUser;
    try {
      user = await this.tokens.verify(token);
    } catch (error: unknown) {
      // A dead cookie is not sent again.
      clearSessionCookie(request, reply);
      throw error;
    }
    // Sliding: used in the second half of its life, the cookie gets a fresh token (never past
    // the session's absolute end); unused for a whole token lifetime, it lapses.
    const left = user.tokenExpiresAt.getTime() - this.clock.now().getTime();
    if (
      left < (this.config.jwtTtlSeconds * 1000) / 2 &&
      user.tokenExpiresAt < user.sessionExpiresAt
    )
      setSessionCookie(
        request,
        reply,
        await this.tokens.issue({
          sessionId: user.sessionId,
          userId: user.id,
          municipalityId: user.municipalityId,
          expiresAt: user.sessionExpiresAt,
        }),
      );
    return user;
  }
}

function bearerToken(request: FastifyRequest): string {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw missingToken();
  return token;
}

const missingToken = () =>
  new DomainError(
    ErrorCode.UNAUTHENTICATED,
    'Debe iniciar sesión: falta el token (Authorization: Bearer …).',
  );

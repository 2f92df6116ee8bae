import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '#core';
import type { Role } from '#org';
import { type AuthenticatedUser, IS_PUBLIC, REQUIRED_ROLES } from './authenticated-user.js';
import { TokenService } from './token.service.js';

/** Global: every route needs a valid bearer token unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new DomainError(
        ErrorCode.UNAUTHENTICATED,
        'Debe iniciar sesión: falta el token (Authorization: Bearer …).',
      );
    }
    const user = await this.tokens.verify(token);
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
}

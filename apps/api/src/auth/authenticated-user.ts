import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '#org';

/**
 * Who is calling: a verified token's live session and its user as stored now (roles and unit are
 * re-read, so a change applies within the session cache bound). Every query is scoped by `municipalityId`.
 */
export interface AuthenticatedUser {
  readonly id: string;
  readonly username: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly Role[];
  readonly sessionId: string;
  /** The absolute end of the login: no refresh goes beyond it. */
  readonly sessionExpiresAt: Date;
  /** When the token of this request stops being accepted. */
  readonly tokenExpiresAt: Date;
}

export const IS_PUBLIC = 'despacho:public';
export const REQUIRED_ROLES = 'despacho:roles';

/** No token needed (login, health, public verification). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser =>
    context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);

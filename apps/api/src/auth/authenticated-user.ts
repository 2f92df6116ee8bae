import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '#org';

/** Who is calling, from a verified token. Every query is scoped by `municipalityId`. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly username: string;
  readonly municipalityId: string;
  readonly unitId: string | null;
  readonly roles: readonly Role[];
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

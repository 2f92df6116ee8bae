import type { Role } from './roles.js';

/** User names: the municipality's code, a dot, then lower-case letters and digits in dotted parts. */
export const USERNAME_PATTERN = /^[a-z0-9]+\.[a-z0-9]+(?:\.[a-z0-9]+)*$/;
export const USERNAME_MAX_LENGTH = 60;
export const FULL_NAME_MAX_LENGTH = 200;
export const POST_MAX_LENGTH = 200;
export const DEACTIVATION_REASON_MAX_LENGTH = 2000;

export interface NewUser {
  readonly username: string;
  readonly fullName: string;
  readonly post: string;
  readonly unitId: string;
  readonly roles: readonly string[];
  readonly password: string;
}

export interface UserChange {
  readonly fullName?: string;
  readonly post?: string;
  readonly unitId?: string;
  readonly roles?: readonly string[];
}

export interface UserListQuery {
  readonly active?: boolean;
  readonly role?: Role;
  readonly unitId?: string;
  /** Words in the user name, full name or post (case-insensitive). */
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** A user as its administrator sees it; never the password hash. */
export interface AdminUserView {
  readonly id: string;
  readonly username: string;
  readonly fullName: string;
  readonly post: string;
  readonly unit: { readonly id: string; readonly code: string; readonly name: string } | null;
  readonly roles: string[];
  readonly active: boolean;
  /** A demonstration account (SEED_DEMO): the console shows a banner. */
  readonly demo: boolean;
  /** Locked now by failed logins (LOGIN_LOCKOUT_THRESHOLD): an administrator may unlock it. */
  readonly locked: boolean;
  /** When the lock ends on its own; null when not locked. */
  readonly lockedUntil: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The caller of a self-service operation: who, and under which session. */
export interface SelfServiceCaller {
  readonly id: string;
  readonly username: string;
  readonly municipalityId: string;
  readonly sessionId: string;
}

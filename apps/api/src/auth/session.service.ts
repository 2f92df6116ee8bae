import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '#core';
import {
  LoginLockouts,
  MunicipalitiesService,
  PasswordHasher,
  SessionStore,
  UnitsService,
  type User,
  UsersService,
} from '#org';
import type { AuthenticatedUser } from './authenticated-user.js';
import { TokenService } from './token.service.js';

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  post: string;
  roles: string[];
  /** A demonstration account (SEED_DEMO): the console shows a banner. */
  demo: boolean;
  municipality: { id: string; code: string; name: string; shortName: string };
  unit: { id: string; code: string; name: string; kind: string } | null;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly users: UsersService,
    private readonly units: UnitsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly store: SessionStore,
    private readonly lockouts: LoginLockouts,
  ) {}

  /** Opens a session for an API client: the token goes in the body (Bearer). */
  async login(username: string, password: string) {
    const { issued, sessionExpiresAt, user } = await this.open(username, password);
    return {
      accessToken: issued.token,
      tokenType: 'Bearer',
      tokenExpiresAt: issued.expiresAt.toISOString(),
      sessionExpiresAt,
      user,
    };
  }

  /**
   * Opens a session and issues its token; `login` hands it to API clients, the web console's login
   * puts it in the session cookie. Unknown user, wrong password and disabled account get the same
   * answer, in the same time; a locked name (known or not) gets 429 before its password is checked.
   */
  async open(username: string, password: string) {
    const user = await this.users.findForLogin(username);
    await this.lockouts.assertNotLocked(username, user);
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok || !user.active) {
      await this.lockouts.recordFailure(username, user);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Usuario o contraseña incorrectos.');
    }
    await this.lockouts.recordSuccess(username);
    const session = await this.store.open(user);
    const issued = await this.tokens.issue({
      ...session,
      userId: user.id,
      municipalityId: user.municipalityId,
    });
    return {
      issued,
      sessionExpiresAt: session.expiresAt.toISOString(),
      user: await this.describe(user),
    };
  }

  /** A fresh access token for the caller's live session; the password is not asked again. */
  async refresh(caller: AuthenticatedUser) {
    const issued = await this.tokens.issue({
      sessionId: caller.sessionId,
      userId: caller.id,
      municipalityId: caller.municipalityId,
      expiresAt: caller.sessionExpiresAt,
    });
    return {
      accessToken: issued.token,
      tokenType: 'Bearer',
      tokenExpiresAt: issued.expiresAt.toISOString(),
      sessionExpiresAt: caller.sessionExpiresAt.toISOString(),
    };
  }

  /** Ends the caller's session: its tokens stop working at once on this process. */
  logout(caller: AuthenticatedUser): Promise<void> {
    return this.store.revoke(
      { sessionId: caller.sessionId, userId: caller.id, municipalityId: caller.municipalityId },
      'logout',
    );
  }

  async me(caller: AuthenticatedUser): Promise<SessionUser> {
    return this.describe(await this.users.get(caller.municipalityId, caller.id));
  }

  private async describe(user: User): Promise<SessionUser> {
    const municipality = await this.municipalities.get(user.municipalityId);
    const unit = user.unitId ? await this.units.get(user.municipalityId, user.unitId) : null;
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      post: user.post,
      roles: user.roles,
      demo: user.demo,
      municipality: {
        id: municipality.id,
        code: municipality.code,
        name: municipality.name,
        shortName: municipality.shortName,
      },
      unit: unit ? { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind } : null,
    };
  }
}

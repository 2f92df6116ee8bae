import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, BoundedMemo, DomainError, ErrorCode } from '#core';
import { type LiveSession, SessionClock, SessionStore } from '#org';
import type { AuthenticatedUser } from './authenticated-user.js';

/** What an access token says: who, in which municipality, under which session, until when. */
interface TokenClaims {
  sub: string;
  mun: string;
  sid: string;
  iat: number;
  exp: number;
}

export interface IssuedToken {
  readonly token: string;
  /** When the token stops being accepted (never after its session's end). */
  readonly expiresAt: Date;
}

/** Tolerated drift between the clocks of the API processes, for `iat`. */
const CLOCK_SKEW_SECONDS = 60;

/** Tokens whose signature was checked, kept up to this many (a client sends its token many times). */
const VERIFIED_LIMIT = 10_000;

const refused = () =>
  new DomainError(
    ErrorCode.UNAUTHENTICATED,
    'Debe iniciar sesión: el token no es válido o venció.',
  );

/**
 * Short-lived HS256 access tokens bound to a server-side session. A token is accepted only when its
 * signature, issuer and lifetime are right *and* its session is live and its user active; roles and
 * unit come from the database, never from the token.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionStore,
    private readonly sessionClock: SessionClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims of tokens whose signature and issuer were checked: those never change for a token, so
   * the HMAC is computed once per token. Time, shape and session are checked on every request.
   */
  private readonly verified = new BoundedMemo<Partial<TokenClaims>>(VERIFIED_LIMIT);

  /** A token for the session, never valid beyond the session's absolute expiry. */
  async issue(session: {
    sessionId: string;
    userId: string;
    municipalityId: string;
    expiresAt: Date;
  }): Promise<IssuedToken> {
    const iat = Math.floor(this.sessionClock.now().getTime() / 1000);
    const exp = Math.min(
      iat + this.config.jwtTtlSeconds,
      Math.floor(session.expiresAt.getTime() / 1000),
    );
    if (exp <= iat) throw refused();
    const claims: TokenClaims = {
      sub: session.userId,
      mun: session.municipalityId,
      sid: session.sessionId,
      iat,
      exp,
    };
    return {
      token: await this.jwt.signAsync(claims, { algorithm: 'HS256', issuer: 'despacho' }),
      expiresAt: new Date(exp * 1000),
    };
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    const now = Math.floor(this.sessionClock.now().getTime() / 1000);
    const claims = await this.signedClaims(token, now);
    const { sub, mun, sid, iat, exp } = claims;
    // A token without an expiry, or with one longer than any this server issues, was not made here.
    if (
      typeof exp !== 'number' ||
      typeof iat !== 'number' ||
      exp - iat > this.config.jwtTtlSeconds ||
      iat > now + CLOCK_SKEW_SECONDS ||
      typeof sid !== 'string' ||
      typeof sub !== 'string' ||
      typeof mun !== 'string'
    )
      throw refused();
    const session = await this.sessions.resolve(sid);
    // The session must be the token's own: same user, same municipality.
    if (!session || session.userId !== sub || session.municipalityId !== mun) throw refused();
    return toUser(session, new Date(exp * 1000));
  }

  private async signedClaims(token: string, now: number): Promise<Partial<TokenClaims>> {
    const known = this.verified.get(token);
    if (known) {
      // As the library checks it: expired from the second `exp` on.
      if (typeof known.exp === 'number' && now < known.exp) return known;
      this.verified.forget(token);
      throw refused();
    }
    let claims: Partial<TokenClaims> & { nbf?: unknown };
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: ['HS256'],
        issuer: 'despacho',
        clockTimestamp: now,
      });
    } catch {
      throw refused();
    }
    // Only what needs no other check than expiry later (this server never issues `nbf`).
    return claims.nbf === undefined ? this.verified.remember(token, claims) : claims;
  }
}

const toUser = (session: LiveSession, tokenExpiresAt: Date): AuthenticatedUser => ({
  id: session.userId,
  username: session.username,
  municipalityId: session.municipalityId,
  unitId: session.unitId,
  roles: session.roles,
  sessionId: session.sessionId,
  sessionExpiresAt: session.expiresAt,
  tokenExpiresAt,
});

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, DomainError, ErrorCode } from '#core';
import { ROLES, type Role, type User } from '#org';
import type { AuthenticatedUser } from './authenticated-user.js';

interface TokenClaims {
  sub: string;
  usr: string;
  mun: string;
  unit: string | null;
  roles: Role[];
}

/** HS256 only: a token signed any other way (or `alg: none`) is refused. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(user: User): Promise<string> {
    const claims: TokenClaims = {
      sub: user.id,
      usr: user.username,
      mun: user.municipalityId,
      unit: user.unitId,
      roles: user.roles,
    };
    return this.jwt.signAsync(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'despacho',
    });
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        algorithms: ['HS256'],
        issuer: 'despacho',
      });
      if (!Array.isArray(claims.roles) || !claims.roles.every((r) => ROLES.includes(r))) {
        throw new Error('roles inválidos');
      }
      return {
        id: claims.sub,
        username: claims.usr,
        municipalityId: claims.mun,
        unitId: claims.unit,
        roles: claims.roles,
      };
    } catch {
      throw new DomainError(
        ErrorCode.UNAUTHENTICATED,
        'Debe iniciar sesión: el token no es válido o venció.',
      );
    }
  }
}

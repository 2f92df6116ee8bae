import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { RUNTIME, type Runtime } from '#platform';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [RUNTIME],
      useFactory: (runtime: Runtime) => ({
        // A KeyObject, made once: given a string, jsonwebtoken tries (and fails) to parse it as a
        // public key on every verification, which cost a tenth of the CPU of a request.
        secret: createSecretKey(Buffer.from(runtime.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [TokenService, SessionService, { provide: APP_GUARD, useClass: AuthGuard }],
  // The health check shows details to administrators.
  exports: [TokenService],
})
export class AuthModule {}

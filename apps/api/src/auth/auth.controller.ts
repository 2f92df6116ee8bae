import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ResponseHeaders } from '../http/openapi.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '#core';
import {
  AccessTokenDto,
  LoginResponseDto,
  SessionUserDto,
  WebSessionDto,
} from '../http/responses.dto.js';
import { type AuthenticatedUser, CurrentUser, Public } from './authenticated-user.js';
import { LoginDto } from './login.dto.js';
import { SessionService } from './session.service.js';
import {
  clearSessionCookie,
  fromConsole,
  SESSION_COOKIE,
  setSessionCookie,
  WEB_HEADER,
} from './web-session.js';

const CONSOLE_HEADER = {
  name: WEB_HEADER,
  required: true,
  description: 'Cualquier valor no vacío (p. ej. `1`): la consola web lo envía siempre.',
};

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly sessions: SessionService) {}

  @Public()
  @RouteConfig({ rateLimit: {} }) // limits set in create-app (login rate limit)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Inicia sesión y devuelve un token Bearer de corta duración',
    description:
      'Sin autenticación. Valida usuario y contraseña y abre una sesión en el servidor: devuelve el token de acceso, el fin absoluto de la sesión y el usuario. Limitado por dirección y usuario (429 con Retry-After); tras varios intentos fallidos la cuenta se bloquea un tiempo desde cualquier dirección.',
  })
  @ApiOkResponse({ type: LoginResponseDto, headers: ResponseHeaders.rateLimit })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginDto) {
    return this.sessions.login(body.username, body.password);
  }

  @Public()
  @RouteConfig({ rateLimit: {} }) // the login's limit, as POST auth/login
  @Post('auth/session')
  @HttpCode(200)
  @ApiHeader(CONSOLE_HEADER)
  @ApiOperation({
    summary: 'Inicia sesión en la consola web: el token va en una cookie httpOnly',
    description: `Sin autenticación; los mismos datos, límites y bloqueos que POST /auth/login. El token no viaja en el cuerpo: queda en la cookie \`${SESSION_COOKIE}\` (HttpOnly, SameSite=Strict, Path=/api/, Secure bajo https), que el navegador envía sola. Con esa cookie, toda solicitud que cambia datos debe traer la cabecera \`${WEB_HEADER}\` (si no, 403). La cookie se renueva sola cuando se usa en la segunda mitad de su vigencia (JWT_TTL_SECONDS) y vence si no se usa en ese tiempo, o al fin absoluto de la sesión.`,
  })
  @ApiOkResponse({ type: WebSessionDto, headers: ResponseHeaders.rateLimit })
  @ApiProblems(400, 401, 403, 429)
  async openWebSession(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WebSessionDto> {
    if (!fromConsole(request))
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Falta la cabecera ${WEB_HEADER}: este inicio de sesión es el de la consola web.`,
      );
    const { issued, sessionExpiresAt, user } = await this.sessions.open(
      body.username,
      body.password,
    );
    setSessionCookie(request, reply, issued);
    return { tokenExpiresAt: issued.expiresAt.toISOString(), sessionExpiresAt, user };
  }

  @Delete('auth/session')
  @HttpCode(204)
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiHeader(CONSOLE_HEADER)
  @ApiOperation({
    summary: 'Cierra la sesión de la consola web y borra su cookie',
    description:
      'Revoca la sesión (la cookie y cualquier token de la misma sesión dejan de valer al instante) y pide al navegador borrar la cookie. Responde 204 sin cuerpo.',
  })
  @ApiNoContentResponse({ description: 'Sesión cerrada' })
  @ApiProblems(401, 403)
  async closeWebSession(
    @CurrentUser() caller: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.sessions.logout(caller);
    clearSessionCookie(request, reply);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Emite un nuevo token de acceso para la sesión vigente, sin pedir la contraseña',
    description:
      'Requiere un token aún vigente. El nuevo token nunca dura más allá del fin absoluto de la sesión (SESSION_MAX_HOURS desde el login).',
  })
  @ApiOkResponse({ type: AccessTokenDto })
  @ApiProblems(401)
  refresh(@CurrentUser() caller: AuthenticatedUser) {
    return this.sessions.refresh(caller);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Cierra la sesión: sus tokens dejan de valer',
    description:
      'Revoca la sesión del token con que se llama: ese token, y cualquier otro emitido para la misma sesión, deja de valer al instante. Responde 204 sin cuerpo.',
  })
  @ApiNoContentResponse({ description: 'Sesión cerrada' })
  @ApiProblems(401)
  async logout(@CurrentUser() caller: AuthenticatedUser): Promise<void> {
    await this.sessions.logout(caller);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOperation({
    summary: 'El usuario que llama: municipalidad, unidad y roles',
    description:
      'Cualquier usuario con sesión. Municipalidad, unidad y roles se leen de la base de datos en cada solicitud (el token no los lleva): un cambio de roles se ve aquí sin volver a iniciar sesión.',
  })
  @ApiOkResponse({ type: SessionUserDto })
  @ApiProblems(401)
  me(@CurrentUser() caller: AuthenticatedUser) {
    return this.sessions.me(caller);
  }
}

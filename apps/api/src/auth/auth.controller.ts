import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, ResponseHeaders } from '../http/openapi.js';
import { AccessTokenDto, LoginResponseDto, SessionUserDto } from '../http/responses.dto.js';
import { type AuthenticatedUser, CurrentUser, Public } from './authenticated-user.js';
import { LoginDto } from './login.dto.js';
import { SessionService } from './session.service.js';

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

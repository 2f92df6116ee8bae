import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Inicia sesión y devuelve un token Bearer de corta duración' })
  login(@Body() body: LoginDto) {
    return this.sessions.login(body.username, body.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'El usuario que llama: municipalidad, unidad y roles' })
  me(@CurrentUser() caller: AuthenticatedUser) {
    return this.sessions.me(caller);
  }
}

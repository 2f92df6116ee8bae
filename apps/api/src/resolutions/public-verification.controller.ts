import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ResponseHeaders } from '../http/openapi.js';
import { PublicVerificationDto } from '../http/responses.dto.js';
import { ResolutionVerification } from '#resolutions';
import { Public } from '../auth/authenticated-user.js';
import { RateLimit } from '../http/edge-security.js';

/** Anyone holding a printed copy checks it by the key under its QR (D16). */
@ApiTags('verificación pública')
@Controller('public/verify')
export class PublicVerificationController {
  constructor(private readonly verification: ResolutionVerification) {}

  @Public()
  @RateLimit('public-verify') // per address, PUBLIC_VERIFY_RATE_LIMIT a minute: no guessing codes
  @Get(':code')
  @ApiOperation({
    summary:
      'Verifica una copia impresa por su clave: {valid, number, subject, signedAt, signer, sha256}',
    description:
      'Sin autenticación: la clave está impresa bajo el QR de la resolución (D16). Una clave desconocida responde 200 con valid: false, nunca 404; limitado por dirección (PUBLIC_VERIFY_RATE_LIMIT por minuto, 429 con Retry-After) para que no se adivinen claves.',
  })
  @ApiOkResponse({ type: PublicVerificationDto, headers: ResponseHeaders.rateLimit })
  @ApiProblems(429)
  verify(@Param('code') code: string) {
    return this.verification.verify(code.slice(0, 40));
  }
}

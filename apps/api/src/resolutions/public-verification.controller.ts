import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ResolutionVerification } from '#resolutions';
import { Public } from '../auth/authenticated-user.js';

/** Anyone holding a printed copy checks it by the key under its QR (D16). */
@ApiTags('verificación pública')
@Controller('public/verify')
export class PublicVerificationController {
  constructor(private readonly verification: ResolutionVerification) {}

  @Public()
  @Get(':code')
  @ApiOperation({
    summary:
      'Verifica una copia impresa por su clave: {valid, number, subject, signedAt, signer, sha256}',
  })
  verify(@Param('code') code: string) {
    return this.verification.verify(code.slice(0, 40));
  }
}

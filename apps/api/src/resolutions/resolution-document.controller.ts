import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiUuidParam, ResponseHeaders } from '../http/openapi.js';
import type { FastifyReply } from 'fastify';
import { RESOLUTIONS, SignedDocuments } from '#resolutions';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { uuidParam } from '../http/uuid-param.pipe.js';

/** The signed PDF, byte for byte as stored at signature (D13, D16). */
@ApiTags('resoluciones')
@ApiBearerAuth()
@Controller(RESOLUTIONS)
export class ResolutionDocumentController {
  constructor(private readonly documents: SignedDocuments) {}

  @Get(':id/document')
  @ApiOperation({
    summary: 'El PDF firmado de la resolución (no cambia nunca)',
    description:
      'Cualquier usuario de la municipalidad, desde la firma (404 antes). Los bytes son los que se guardaron al firmar: el ETag y X-Content-SHA256 llevan su SHA-256 (el mismo documentSha256 del recurso y de la verificación pública) y se puede guardar en caché sin límite.',
  })
  @ApiUuidParam()
  @ApiOkResponse({
    description: 'El PDF firmado',
    headers: {
      ETag: ResponseHeaders.contentEtag,
      'X-Content-SHA256': {
        description: 'SHA-256 del PDF en hexadecimal (documentSha256 del recurso)',
        required: true,
        schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
      'Cache-Control': ResponseHeaders.immutable,
      'Content-Disposition': ResponseHeaders.contentDisposition,
    },
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 404)
  async document(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const document = await this.documents.read(caller.municipalityId, id);
    void reply
      .header('content-type', document.contentType)
      .header(
        'content-disposition',
        `inline; filename="resolucion-${document.verificationCode}.pdf"`,
      )
      .header('etag', `"${document.sha256}"`)
      .header('x-content-sha256', document.sha256)
      .header('cache-control', 'private, max-age=31536000, immutable');
    return document.bytes;
  }
}

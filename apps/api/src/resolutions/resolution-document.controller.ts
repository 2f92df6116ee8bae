import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApiProblems,
  ApiUuidParam,
  PDF_CONTENT,
  RENDERED_PDF_HEADERS,
  ResponseHeaders,
} from '../http/openapi.js';
import type { FastifyReply } from 'fastify';
import {
  type NoticeFile,
  ResolutionNotices,
  ResolutionPreview,
  RESOLUTIONS,
  SignedDocuments,
} from '#resolutions';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { indexParam, uuidParam } from '../http/uuid-param.pipe.js';

/** A cédula as a download: rendered from the act, the same bytes for the same act. */
function sendNotice(reply: FastifyReply, notice: NoticeFile): Buffer {
  void reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${notice.filename}"`)
    .header('cache-control', 'private, no-cache');
  return notice.bytes;
}

/**
 * The signed PDF, byte for byte as stored at signature (D13, D16), and the cédulas de notificación
 * of the act and of the decisions on its remedies (D6, Art. 24.1).
 */
@ApiTags('resoluciones')
@ApiBearerAuth()
@Controller(RESOLUTIONS)
export class ResolutionDocumentController {
  constructor(
    private readonly documents: SignedDocuments,
    private readonly notices: ResolutionNotices,
    private readonly previews: ResolutionPreview,
  ) {}

  @Get(':id/preview')
  @ApiOperation({
    summary: 'Vista previa en PDF del proyecto, como se imprimiría hoy (sin número ni firma)',
    description:
      'Para revisar el texto antes de firmarlo: el mismo documento que produce la firma, con la fecha de hoy, el lugar del número en blanco y, en lugar del recuadro de verificación, el aviso de que no tiene valor oficial. Se genera en cada pedido y no se guarda. Cualquier usuario de la municipalidad; 409 si ya está firmada (su documento es GET :id/document).',
  })
  @ApiUuidParam()
  @ApiOkResponse({
    description: 'El PDF de la vista previa',
    headers: RENDERED_PDF_HEADERS,
    content: PDF_CONTENT,
  })
  @ApiProblems(400, 401, 404, 409)
  async preview(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const bytes = await this.previews.render(caller.municipalityId, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="proyecto-${id}.pdf"`)
      .header('cache-control', 'private, no-cache');
    return bytes;
  }

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
    content: PDF_CONTENT,
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

  @Get(':id/notices/:addressee')
  @ApiOperation({
    summary: 'La cédula de notificación de la resolución para un destinatario (PDF)',
    description:
      'Cédula de notificación (TUO de la Ley 27444, Art. 24.1) de una resolución firmada de alcance particular, para el destinatario en la posición `addressee` de `addressees` (desde 0): el texto íntegro del acto, la autoridad que lo emitió, si agota la vía administrativa, los recursos que proceden, ante quién y dónde se presentan (perfil `kinds.resolutions.remedies.filingPlace` y horario de atención) y el plazo, contado desde el día hábil siguiente a aquel en que surta efecto la notificación (Art. 144), y el espacio del cargo (Art. 21). Se genera a partir del acto: el mismo acto da los mismos bytes. No existe para un acto de alcance general (se publica) ni antes de la firma: 404.',
  })
  @ApiUuidParam()
  @ApiParam({
    name: 'addressee',
    description: 'Posición del destinatario en `addressees` (desde 0)',
    schema: { type: 'integer', minimum: 0, maximum: 999 },
  })
  @ApiOkResponse({
    description: 'La cédula en PDF',
    headers: RENDERED_PDF_HEADERS,
    content: PDF_CONTENT,
  })
  @ApiProblems(400, 401, 404)
  async notice(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuidParam()) id: string,
    @Param('addressee', indexParam('addressee')) addressee: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendNotice(reply, await this.notices.forAddressee(caller.municipalityId, id, addressee));
  }

  @Get(':id/remedies/:remedy/notice')
  @ApiOperation({
    summary: 'La cédula de notificación de la decisión sobre un recurso (PDF)',
    description:
      'Cédula de notificación de la decisión sobre el recurso en la posición `remedy` de `remedies` (desde 0), para quien lo interpuso: la decisión (infundado, improcedente o fundado en parte, con lo que se modifica), el acto que la emite si se registró su número, si agota la vía administrativa y, tras una reconsideración, el recurso de apelación y su plazo, que corre desde esta notificación y no desde la decisión (Art. 144, 218.2). Un recurso aún no resuelto, declarado fundado (el acto quedó sin efecto) o de un expediente de la versión anterior del flujo no tiene cédula: 404.',
  })
  @ApiUuidParam()
  @ApiParam({
    name: 'remedy',
    description: 'Posición del recurso en `remedies` (desde 0)',
    schema: { type: 'integer', minimum: 0, maximum: 999 },
  })
  @ApiOkResponse({
    description: 'La cédula en PDF',
    headers: RENDERED_PDF_HEADERS,
    content: PDF_CONTENT,
  })
  @ApiProblems(400, 401, 404)
  async decisionNotice(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('id', uuidParam()) id: string,
    @Param('remedy', indexParam('remedy')) remedy: number,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendNotice(reply, await this.notices.forDecision(caller.municipalityId, id, remedy));
  }
}

import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ACCEPTED_TYPES,
  ATTACHMENT_KINDS,
  type Attachment,
  type AttachmentList,
  AttachmentsService,
  type SpooledUpload,
} from '#attachments';
import { DomainError, ErrorCode } from '#core';
import { type AuthenticatedUser, CurrentUser } from '../auth/authenticated-user.js';
import { ApiProblems, ApiUuidParam, ResponseHeaders } from '../http/openapi.js';
import { AttachmentDto, AttachmentListDto } from '../http/responses.dto.js';
import { uuidParam } from '../http/uuid-param.pipe.js';
import { actorOf } from '../workflow/workflow-request.js';
import { contentDisposition } from './content-disposition.js';

/** Fastify route config that lets a route receive multipart/form-data (see create-app.ts). */
export const MULTIPART_ROUTE = { multipart: true } as const;

const kindParam = ApiParam({
  name: 'kind',
  description: 'Tipo de expediente, como en su ruta: resolutions, mandates…',
});

const malformed = (detail: string, field = 'file') =>
  new DomainError(ErrorCode.VALIDATION_FAILED, detail, {
    errors: [{ field, messages: [detail] }],
  });

/**
 * Attachments of any workflow kind, at `/<kind>/:id/attachments`: one controller for every kind
 * in the registry, so a new kind gets them without wiring.
 */
@ApiTags('adjuntos')
@ApiBearerAuth()
@ApiProblems(401)
@Controller(':kind/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @HttpCode(201)
  @RouteConfig(MULTIPART_ROUTE)
  @kindParam
  @ApiOperation({
    summary: 'Adjunta un documento al expediente (multipart/form-data, campo file)',
    description:
      'PDF o documento de oficina (docx, xlsx, pptx, odt, ods, odp, doc, xls, ppt), reconocido por su contenido. ' +
      'Tamaño máximo: ATTACHMENTS_MAX_BYTES (25 MiB por defecto). No se admite una vez firmado el acto o cerrado el expediente.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: Object.keys(ATTACHMENT_KINDS), default: 'otro' },
        description: { type: 'string', maxLength: 500 },
      },
    },
  })
  @ApiUuidParam()
  @ApiCreatedResponse({ type: AttachmentDto, description: 'El adjunto registrado' })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  async upload(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('kind') kind: string,
    @Param('id', uuidParam()) id: string,
    @Req() request: FastifyRequest,
  ): Promise<Attachment> {
    if (!request.isMultipart())
      throw new DomainError(
        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        'Envíe el archivo como multipart/form-data, en el campo «file».',
      );
    const actor = actorOf(caller);
    // Refused before a byte of the file is read; checked again under the instance's lock.
    await this.attachments.assertCanAttach(kind, id, actor);

    let upload: SpooledUpload | undefined;
    let fileName: string | undefined;
    const fields = new Map<string, string>();
    try {
      const parts = request.parts({
        // One byte more than allowed reaches the spool, which refuses it (413).
        limits: {
          fileSize: this.attachments.maxBytes + 1,
          files: 1,
          fields: 5,
          fieldSize: 2000,
          parts: 6,
        },
      });
      for await (const part of parts) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields.set(part.fieldname, part.value);
          continue;
        }
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw malformed(`el archivo va en el campo «file», no en «${part.fieldname}»`);
        }
        fileName = part.filename;
        upload = await this.attachments.receive(part.file);
      }
    } catch (error) {
      await upload?.discard();
      // What is left of the body is read and dropped, so the client gets this answer.
      request.raw.resume();
      throw error;
    }
    if (!upload) throw malformed('falta el archivo: envíelo en el campo «file»');
    return this.attachments.add(kind, id, actor, {
      upload,
      fileName,
      kind: fields.get('kind'),
      description: fields.get('description'),
    });
  }

  @Get()
  @kindParam
  @ApiOperation({
    summary: 'Adjuntos del expediente: {items, total, canAttach}',
    description:
      'Cualquier usuario de la municipalidad del expediente (404 si no existe o es de otra), para cualquier tipo de expediente. canAttach dice si usted puede adjuntar ahora (no es ADMIN y el expediente no está cerrado a adjuntos).',
  })
  @ApiUuidParam()
  @ApiOkResponse({ type: AttachmentListDto })
  @ApiProblems(400, 404)
  list(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('kind') kind: string,
    @Param('id', uuidParam()) id: string,
  ): Promise<AttachmentList> {
    return this.attachments.list(kind, id, actorOf(caller));
  }

  @Get(':attachmentId')
  @kindParam
  @ApiOperation({
    summary: 'Datos de un adjunto',
    description:
      'Nombre, tipo (por su contenido), tamaño, SHA-256, quién y cuándo lo subió, y la ruta de su contenido; 404 si no es de ese expediente.',
  })
  @ApiUuidParam()
  @ApiUuidParam('attachmentId')
  @ApiOkResponse({ type: AttachmentDto })
  @ApiProblems(400, 404)
  get(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('kind') kind: string,
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
  ): Promise<Attachment> {
    return this.attachments.get(kind, id, attachmentId, actorOf(caller));
  }

  @Get(':attachmentId/content')
  @kindParam
  @ApiOperation({
    summary: 'El archivo, byte por byte como se subió (ETag y Repr-Digest: su SHA-256)',
    description:
      'Descarga el contenido con su tipo real y su nombre en Content-Disposition. Nunca cambia: se puede guardar en caché sin límite, y con If-None-Match igual al ETag responde 304 sin cuerpo.',
  })
  @ApiUuidParam()
  @ApiUuidParam('attachmentId')
  @ApiOkResponse({
    description: 'El archivo, con su tipo de contenido',
    headers: {
      ETag: ResponseHeaders.contentEtag,
      'Cache-Control': ResponseHeaders.immutable,
      'Repr-Digest': {
        description: 'SHA-256 del contenido (RFC 9530): sha-256=:<base64>:',
        required: true,
        schema: { type: 'string', pattern: '^sha-256=:[A-Za-z0-9+/]+=*:$' },
      },
      Digest: {
        description: 'El mismo SHA-256 en la forma anterior (RFC 3230): sha-256=<base64>',
        required: true,
        schema: { type: 'string', pattern: '^sha-256=[A-Za-z0-9+/]+=*$' },
      },
      'Content-Disposition': ResponseHeaders.contentDisposition,
    },
    // The type the content was recognized as, never the one the uploader declared.
    content: Object.fromEntries(
      ACCEPTED_TYPES.map((t) => [t.mediaType, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'ETag de una copia guardada: si coincide, 304 sin cuerpo',
    schema: { type: 'string' },
  })
  @ApiResponse({
    status: 304,
    description: 'No cambió (If-None-Match)',
    headers: { ETag: ResponseHeaders.contentEtag, 'Cache-Control': ResponseHeaders.immutable },
  })
  @ApiProblems(400, 404)
  async content(
    @CurrentUser() caller: AuthenticatedUser,
    @Param('kind') kind: string,
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    const actor = actorOf(caller);
    const attachment = await this.attachments.get(kind, id, attachmentId, actor);
    const etag = `"${attachment.sha256}"`;
    // The bytes of an attachment never change: a cached copy with this tag is current.
    void reply.header('etag', etag).header('cache-control', 'private, max-age=31536000, immutable');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      void reply.status(304);
      return undefined;
    }
    const content = await this.attachments.content(attachment);
    const digest = Buffer.from(attachment.sha256, 'hex').toString('base64');
    void reply
      .header('repr-digest', `sha-256=:${digest}:`)
      .header('digest', `sha-256=${digest}`)
      .header('x-content-type-options', 'nosniff');
    return new StreamableFile(content, {
      type: attachment.mediaType,
      length: attachment.sizeBytes,
      disposition: contentDisposition(attachment.fileName),
    });
  }
}

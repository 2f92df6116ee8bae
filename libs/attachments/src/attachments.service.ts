import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Clock, DomainError, ErrorCode, NotFoundError } from '#core';
import { queryOne, queryRows } from '#database';
import { type Actor, AuditChain } from '#audit';
import {
  administratorRefusal,
  type InstanceRow,
  WorkflowEngine,
  WorkflowRegistry,
} from '#workflow';
import { ATTACHMENT_KINDS, type AttachmentKind, isAttachmentKind } from './attachment-kinds.js';
import { ATTACHMENT_STORE, type AttachmentStore } from './attachment.store.js';
import { claimedType, sniffMediaType, ACCEPTED_TYPES } from './media-type.sniffer.js';
import { removeStaleUploads } from './stale-uploads.js';
import { type SpooledUpload, spoolUpload } from './upload.spool.js';
import { verified } from './verified.stream.js';

export interface Attachment {
  id: string;
  instanceId: string;
  kind: AttachmentKind;
  fileName: string;
  description: string | null;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { id: string; username: string };
  uploadedAt: string;
  contentUrl: string;
}

export interface AttachmentList {
  items: Attachment[];
  total: number;
  /** Whether the caller may add one now (not ADMIN, and the file is not frozen). */
  canAttach: boolean;
}

/** What the HTTP layer hands over: the spooled bytes and the form's fields, unchecked. */
export interface NewAttachment {
  readonly upload: SpooledUpload;
  readonly fileName: string | undefined;
  readonly kind: string | undefined;
  readonly description: string | undefined;
}

interface AttachmentRow {
  id: string;
  instance_id: string;
  kind: AttachmentKind;
  file_name: string;
  description: string | null;
  media_type: string;
  size_bytes: string;
  sha256: string;
  uploaded_by: string;
  username: string;
  uploaded_at: Date;
}

const COLUMNS = `a.id, a.instance_id, a.kind, a.file_name, a.description, a.media_type, a.size_bytes,
  a.sha256, a.uploaded_by, u.username, a.uploaded_at`;

const invalid = (field: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, `Datos inválidos en: ${field}.`, {
    errors: [{ field, messages: [message] }],
  });

const ACCEPTED_LABELS = ACCEPTED_TYPES.map((t) => t.extension).join(', ');

/** A file name as shown and downloaded: no path, no control characters, at most 255 characters. */
export function cleanFileName(raw: string): string {
  const name = basename(raw.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (name.length <= 255) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, 255 - extension.length) + extension;
}

/**
 * Attachments of any workflow instance: received to a spool file (hashed, size-limited), typed
 * by content, then stored content-addressed and recorded with an audit entry in one transaction
 * that holds the instance's row lock, so no transition (a signature) slips in between the check
 * that the file is still open and the insert.
 */
@Injectable()
export class AttachmentsService implements OnModuleInit {
  private readonly logger = new Logger('Adjuntos');

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: WorkflowRegistry,
    private readonly engine: WorkflowEngine,
    private readonly audit: AuditChain,
    private readonly clock: Clock,
    @Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.logger.log(`Almacén de adjuntos: ${this.store.description}`);
    const removed = await removeStaleUploads(this.config.attachments.spoolDir);
    if (removed > 0) this.logger.warn(`${removed} subidas interrumpidas eliminadas`);
  }

  get maxBytes(): number {
    return this.config.attachments.maxBytes;
  }

  /** Refuses early (404, 403, 409), before the upload is read; the insert checks again under lock. */
  async assertCanAttach(workflowKind: string, instanceId: string, actor: Actor): Promise<void> {
    const row = await this.engine.find(
      this.knownKind(workflowKind),
      instanceId,
      actor.municipalityId,
    );
    this.refuseUnlessOpen(row, actor);
  }

  /** Spools an upload stream (bounded memory, at most ATTACHMENTS_MAX_BYTES, else 413). */
  receive(content: Readable): Promise<SpooledUpload> {
    const { spoolDir, maxBytes } = this.config.attachments;
    return spoolUpload(content, spoolDir, maxBytes);
  }

  /** Checks, stores and records a spooled upload; the spool file is gone afterwards either way. */
  async add(
    workflowKind: string,
    instanceId: string,
    actor: Actor,
    input: NewAttachment,
  ): Promise<Attachment> {
    const { upload } = input;
    try {
      const kind = input.kind ?? 'otro';
      if (!isAttachmentKind(kind))
        throw invalid('kind', `debe ser uno de: ${Object.keys(ATTACHMENT_KINDS).join(', ')}`);
      const description = input.description?.trim() || null;
      if (description !== null && description.length > 500)
        throw invalid('description', 'debe tener como máximo 500 caracteres');
      let fileName = cleanFileName(input.fileName ?? '');
      if (fileName === '') throw invalid('file', 'el archivo debe tener nombre');
      if (upload.size === 0) throw invalid('file', 'el archivo está vacío');

      const type = await sniffMediaType(upload.path);
      if (!type)
        throw new DomainError(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          `El contenido de «${fileName}» no es un documento admitido. Se aceptan PDF y documentos de oficina (${ACCEPTED_LABELS}); no se aceptan ejecutables, documentos con macros, imágenes ni comprimidos.`,
        );
      // The name downloaded must say what the content is: "informe.exe" with a PDF inside
      // becomes "informe.exe.pdf".
      if (claimedType(fileName) !== type) fileName = cleanFileName(`${fileName}.${type.extension}`);

      const id = await this.dataSource.transaction(async (manager) => {
        const row = await this.engine.lock(
          manager,
          instanceId,
          actor.municipalityId,
          this.knownKind(workflowKind),
        );
        this.refuseUnlessOpen(row, actor);
        // Before the row: a failed store leaves no row; a failed commit leaves at most an
        // unreferenced blob, which no one can reach (and the same upload would reuse).
        await this.store.put(upload, type.mediaType);
        const now = this.clock.now();
        const inserted = await queryOne<{ id: string }>(
          manager,
          `INSERT INTO attachments (municipality_id, instance_id, kind, file_name, description,
             media_type, size_bytes, sha256, uploaded_by, uploaded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            actor.municipalityId,
            instanceId,
            kind,
            fileName,
            description,
            type.mediaType,
            upload.size,
            upload.sha256,
            actor.userId,
            now,
          ],
        );
        if (!inserted) throw new Error('INSERT attachments no devolvió fila');
        await this.audit.append(manager, {
          municipalityId: actor.municipalityId,
          instanceId,
          kind: row.kind,
          type: 'attachment.added',
          from: null,
          to: null,
          actor,
          at: now,
          payload: {
            attachmentId: inserted.id,
            kind,
            fileName,
            mediaType: type.mediaType,
            sizeBytes: upload.size,
            sha256: upload.sha256,
          },
        });
        return inserted.id;
      });
      return await this.get(workflowKind, instanceId, id, actor);
    } finally {
      await upload.discard();
    }
  }

  async list(workflowKind: string, instanceId: string, actor: Actor): Promise<AttachmentList> {
    const instance = await this.engine.find(
      this.knownKind(workflowKind),
      instanceId,
      actor.municipalityId,
    );
    const rows = await queryRows<AttachmentRow>(
      this.dataSource.manager,
      `SELECT ${COLUMNS} FROM attachments a JOIN users u ON u.id = a.uploaded_by
       WHERE a.municipality_id = $1 AND a.instance_id = $2 ORDER BY a.uploaded_at, a.id`,
      [actor.municipalityId, instanceId],
    );
    return {
      items: rows.map((r) => this.view(workflowKind, r)),
      total: rows.length,
      canAttach: this.refusal(instance, actor) === null,
    };
  }

  async get(
    workflowKind: string,
    instanceId: string,
    attachmentId: string,
    actor: Actor,
  ): Promise<Attachment> {
    const row = await queryOne<AttachmentRow>(
      this.dataSource.manager,
      `SELECT ${COLUMNS} FROM attachments a
         JOIN users u ON u.id = a.uploaded_by
         JOIN workflow_instances i ON i.id = a.instance_id
       WHERE a.id = $1 AND a.instance_id = $2 AND a.municipality_id = $3 AND i.kind = $4`,
      [attachmentId, instanceId, actor.municipalityId, this.knownKind(workflowKind)],
    );
    if (!row) throw new NotFoundError('El adjunto');
    return this.view(workflowKind, row);
  }

  /** The bytes of an attachment got with `get`, streamed and checked against their SHA-256 on the way. */
  async content(attachment: Attachment): Promise<Readable> {
    return verified(await this.store.get(attachment.sha256), attachment.sha256);
  }

  private knownKind(workflowKind: string): string {
    if (!this.registry.kinds().includes(workflowKind))
      throw new NotFoundError(`El tipo de expediente «${workflowKind.slice(0, 40)}»`);
    return workflowKind;
  }

  private refusal(
    row: Pick<InstanceRow, 'kind' | 'machine_version' | 'state' | 'context'>,
    actor: Actor,
  ): DomainError | null {
    // ADMIN configures the system and never acts in a workflow (the kernel's rule).
    const administrator = administratorRefusal(actor);
    if (administrator) return DomainError.of(administrator);
    if (actor.userId === null)
      return new DomainError(ErrorCode.FORBIDDEN, 'Solo una persona adjunta documentos.');
    const definition = this.registry.get(row.kind, row.machine_version);
    const frozen = definition.attachmentsFrozen
      ? definition.attachmentsFrozen(row.state, row.context)
      : definition.machine.root.states[row.state]?.type === 'final';
    if (frozen)
      return new DomainError(
        ErrorCode.ATTACHMENTS_FROZEN,
        `El expediente está en estado «${row.state}»: sus adjuntos ya no se modifican (el acto al que sustentan quedó firmado o el expediente se cerró).`,
        { state: row.state },
      );
    return null;
  }

  private refuseUnlessOpen(
    row: Pick<InstanceRow, 'kind' | 'machine_version' | 'state' | 'context'>,
    actor: Actor,
  ): void {
    const refusal = this.refusal(row, actor);
    if (refusal) throw refusal;
  }

  private view(workflowKind: string, row: AttachmentRow): Attachment {
    return {
      id: row.id,
      instanceId: row.instance_id,
      kind: row.kind,
      fileName: row.file_name,
      description: row.description,
      mediaType: row.media_type,
      sizeBytes: Number(row.size_bytes),
      sha256: row.sha256,
      uploadedBy: { id: row.uploaded_by, username: row.username },
      uploadedAt: row.uploaded_at.toISOString(),
      contentUrl: `/api/v1/${workflowKind}/${row.instance_id}/attachments/${row.id}/content`,
    };
  }
}

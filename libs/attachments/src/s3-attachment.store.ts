import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3StoreConfig } from '#core';
import { type AttachmentStore, isSha256 } from './attachment.store.js';
import type { SpooledUpload } from './upload.spool.js';

/**
 * Blobs in an S3-compatible bucket under `<prefix><first two hex digits>/<sha256>`. The upload is
 * already on local disk with its hash and size known, so it goes up in one streamed PUT with its
 * length and SHA-256 checksum (the service refuses bytes that do not match it). A PUT is atomic:
 * the object appears whole or not at all. Limited to 5 GiB by S3; ATTACHMENTS_MAX_BYTES is ≤ 1 GiB.
 */
export class S3AttachmentStore implements AttachmentStore {
  readonly description: string;
  private readonly client: S3Client;

  constructor(
    private readonly config: S3StoreConfig,
    client?: S3Client,
  ) {
    this.description = `s3:${config.bucket}/${config.prefix}`;
    this.client =
      client ??
      new S3Client({
        region: config.region,
        endpoint: config.endpoint,
        forcePathStyle: config.forcePathStyle,
        credentials: config.credentials,
        // Our own SHA-256 goes with each PUT; the SDK's default CRC trailers (aws-chunked bodies)
        // are not understood by every S3-compatible service.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      });
  }

  keyOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`No es un SHA-256: ${sha256}`);
    return `${this.config.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  async put(upload: SpooledUpload, mediaType: string): Promise<void> {
    if (await this.exists(upload.sha256)) return;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.keyOf(upload.sha256),
        Body: createReadStream(upload.path),
        ContentLength: upload.size,
        ContentType: mediaType,
        ChecksumSHA256: Buffer.from(upload.sha256, 'hex').toString('base64'),
      }),
    );
  }

  async get(sha256: string): Promise<Readable> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(sha256) }),
    );
    if (!(object.Body instanceof Readable))
      throw new Error(`S3 no devolvió un flujo para ${sha256}`);
    return object.Body;
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(sha256) }),
      );
      return true;
    } catch (error) {
      if (
        error instanceof NotFound ||
        (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
      )
        return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

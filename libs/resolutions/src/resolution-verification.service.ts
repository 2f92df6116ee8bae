import { Injectable } from '@nestjs/common';
import { normalizeVerificationCode, SignedDocuments } from './signed-documents.service.js';
import type { ResolutionContext } from './resolution.machine.js';

export interface VerificationAnswer {
  valid: boolean;
  number: string | null;
  subject: string | null;
  signedAt: string | null;
  signer: string | null;
  sha256: string | null;
  /** Not part of the minimum contract: whether the act still stands. */
  state?: string;
}

const NOT_VALID: VerificationAnswer = {
  valid: false,
  number: null,
  subject: null,
  signedAt: null,
  signer: null,
  sha256: null,
};

/** Public verification of a printed copy by its key (D16): unknown keys are simply not valid. */
@Injectable()
export class ResolutionVerification {
  constructor(private readonly documents: SignedDocuments) {}

  async verify(input: string): Promise<VerificationAnswer> {
    const code = normalizeVerificationCode(input);
    if (!code) return NOT_VALID;
    const found = await this.documents.findByCode(code);
    if (!found) return NOT_VALID;
    const context = found.context as unknown as ResolutionContext;
    const signature = context.signature;
    return {
      valid: true,
      number: context.number,
      subject: context.subject,
      signedAt: context.signedAt,
      signer: signature
        ? [signature.name, signature.post, signature.mention].filter(Boolean).join(', ')
        : null,
      sha256: found.sha256,
      state: found.state,
    };
  }
}

/** What an attachment is to its file, as stored and sent by clients. Codes are stable. */
export const ATTACHMENT_KINDS = {
  informe: 'Informe',
  borrador_convenio: 'Borrador de convenio',
  documento_contraparte: 'Documento de la contraparte',
  evidencia: 'Evidencia',
  otro: 'Otro',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

export const isAttachmentKind = (value: string): value is AttachmentKind =>
  Object.hasOwn(ATTACHMENT_KINDS, value);

import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../api/client';
import { formatDateTime } from '../format';
import {
  type AttachmentKind,
  type AttachmentsOf,
  useAttachments,
  useUploadAttachment,
} from './attachments';

export const ATTACHMENT_KIND_LABELS: Record<string, string> = {
  informe: 'Informe',
  borrador_convenio: 'Borrador de convenio',
  documento_contraparte: 'Documento de la contraparte',
  evidencia: 'Evidencia',
  otro: 'Otro',
};

const size = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/**
 * A file's attachments (any workflow kind): the list, and the upload form while the caller may
 * attach (`canAttach`), with the API's refusals (type, size, a closed file) on its fields.
 */
export function AttachmentsPanel({
  of,
  kinds,
  formLabel,
  empty = 'Sin adjuntos.',
}: {
  of: AttachmentsOf;
  /** The kinds offered; the first is the default, and with one only no choice is shown. */
  kinds: AttachmentKind[];
  /** The upload form's accessible name. */
  formLabel: string;
  empty?: string;
}) {
  const attachments = useAttachments(of);
  return (
    <Stack gap="sm">
      {attachments.isPending && <Loader size="sm" aria-label="Cargando los adjuntos" />}
      {attachments.isError && (
        <Alert color="red" role="alert" title="No se pudieron cargar los adjuntos">
          {attachments.error instanceof ApiProblem
            ? attachments.error.problem.detail
            : 'No hay conexión con el servidor. Intente de nuevo.'}
        </Alert>
      )}
      {attachments.data && attachments.data.items.length === 0 && (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      )}
      {attachments.data && attachments.data.items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Archivo</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Tipo
              </Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Subido
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attachments.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor
                    href={a.contentUrl}
                    download={a.fileName}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {a.fileName}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {size(a.sizeBytes)}
                    {a.description && ` · ${a.description}`}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">{ATTACHMENT_KIND_LABELS[a.kind] ?? a.kind}</Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{formatDateTime(a.uploadedAt)}</Text>
                  <Text size="xs" c="gray.7">
                    {a.uploadedBy.username}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {attachments.data?.canAttach && <UploadForm of={of} kinds={kinds} label={formLabel} />}
    </Stack>
  );
}

/** The messages the API gave for each field (VALIDATION_FAILED), by field name. */
function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem) || !error.problem.errors) return {};
  return Object.fromEntries(
    error.problem.errors.map((e) => {
      const text = e.messages.join('; ');
      return [e.field, `${text.charAt(0).toUpperCase()}${text.slice(1)}.`];
    }),
  );
}

function UploadForm({
  of,
  kinds,
  label,
}: {
  of: AttachmentsOf;
  kinds: AttachmentKind[];
  label: string;
}) {
  const upload = useUploadAttachment(of);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<AttachmentKind>(kinds[0] ?? 'otro');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(file === null);
    if (file)
      upload.mutate(
        { file, kind, description },
        {
          onSuccess: () => {
            setFile(null);
            setDescription('');
          },
        },
      );
  };
  const problem = upload.error instanceof ApiProblem ? upload.error.problem : null;
  const api = fieldErrors(upload.error);
  // A refused file (type, size) belongs to the file field; anything else too, unless it names another.
  const fileError =
    (missing ? 'Elija un archivo.' : undefined) ??
    api['file'] ??
    (upload.isError && !api['description'] && !api['kind'] ? problem?.detail : undefined);
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: kinds.length > 1 ? 3 : 2 }} spacing="sm">
          <FileInput
            label="Documento"
            description="PDF, Word, Excel, PowerPoint u OpenDocument"
            placeholder="Elegir archivo"
            // The placeholder is the button's text here: it must read at AA contrast.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            clearable
            clearButtonProps={{ 'aria-label': 'Quitar el archivo elegido' }}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
            error={fileError}
          />
          {kinds.length > 1 && (
            <NativeSelect
              label="Tipo de documento"
              data={kinds.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] ?? k }))}
              value={kind}
              error={api['kind']}
              onChange={(e) => setKind(e.currentTarget.value as AttachmentKind)}
            />
          )}
          <TextInput
            label="Descripción"
            value={description}
            error={api['description']}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Button type="submit" variant="light" loading={upload.isPending} w="fit-content">
          Adjuntar
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Anchor, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { formatDateTime } from '../format';
import { problemText } from '../resolutions/problems';
import { FileSection } from '../resolutions/FilePanels';

/** The pieces every file of the kernel (resolutions, convenios) shows alike around its own panels. */

/** The file while it loads, or why it could not be opened, with the way back to its list. */
export function FileNotLoaded({
  query,
  listTo,
  listLabel,
}: {
  query: { isError: boolean; error: unknown };
  listTo: string;
  /** «Volver a la lista de convenios». */
  listLabel: string;
}) {
  if (!query.isError) return <Loader aria-label="Cargando el expediente" />;
  return (
    <Stack>
      <Alert color="red" role="alert" title="No se pudo abrir el expediente">
        {problemText(query.error)}
      </Alert>
      <Anchor component={Link} to={listTo}>
        {listLabel}
      </Anchor>
    </Stack>
  );
}

/** The way back to the list, the file's title and subject, its state, version and date. */
export function FileHeading({
  backTo,
  backLabel,
  title,
  subject,
  badge,
  version,
  createdWord,
  createdAt,
  children,
}: {
  backTo: string;
  backLabel: string;
  title: string;
  subject: ReactNode;
  badge: ReactNode;
  version: number;
  /** «creado» or «creada», as the file's noun asks. */
  createdWord: string;
  createdAt: string;
  /** Lines under the state: the deadline running, the term. */
  children?: ReactNode;
}) {
  return (
    <>
      <Anchor component={Link} to={backTo} size="sm">
        ← {backLabel}
      </Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Text size="lg">{subject}</Text>
        <Group gap="sm">
          {badge}
          <Text size="sm" c="gray.7">
            Versión {version} · {createdWord} el {formatDateTime(createdAt)}
          </Text>
        </Group>
        {children}
      </Stack>
    </>
  );
}

/** What was just registered, until closed. */
export function DoneNotice({ message, onClose }: { message: string | null; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert
      color="green"
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel="Cerrar el aviso"
    >
      {message}
    </Alert>
  );
}

/** The actions the caller may take now, in the lifecycle's order; EDIT opens the form's page. */
export function FileActions<T extends string>({
  actions,
  labels,
  secondary,
  editTo,
  editVariant = 'filled',
  onAct,
}: {
  actions: readonly T[];
  labels: Record<T, string>;
  secondary: ReadonlySet<T>;
  editTo: string;
  editVariant?: 'filled' | 'default';
  onAct: (type: T) => void;
}) {
  return (
    <Group gap="xs" aria-label="Acciones">
      {actions.length === 0 && (
        <Text size="sm" c="gray.7">
          Usted no tiene acciones pendientes en este expediente.
        </Text>
      )}
      {actions.map((type) =>
        type === 'EDIT' ? (
          <Button key={type} variant={editVariant} component={Link} to={editTo}>
            {labels[type]}
          </Button>
        ) : (
          <Button
            key={type}
            variant={secondary.has(type) ? 'default' : 'filled'}
            onClick={() => onAct(type)}
          >
            {labels[type]}
          </Button>
        ),
      )}
    </Group>
  );
}

/** The file's attachments; its history records each upload. */
export function FileAttachments({
  kind,
  id,
  queryKey,
  historyKey,
  kinds,
}: {
  kind: ComponentProps<typeof AttachmentsPanel>['of']['kind'];
  id: string;
  queryKey: QueryKey;
  historyKey: QueryKey;
  kinds: ComponentProps<typeof AttachmentsPanel>['kinds'];
}) {
  return (
    <FileSection title="Adjuntos">
      <AttachmentsPanel
        of={{ kind, id, queryKey, alsoRefresh: [historyKey] }}
        kinds={kinds}
        formLabel="Adjuntar un documento al expediente"
      />
    </FileSection>
  );
}

/** A label and its value: side by side from tablets up, the value under its label on a phone. */
export function DataRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid gap={{ base: 0, sm: 'xs' }}>
      <Grid.Col span={{ base: 12, sm: 4 }} py={{ base: 0, sm: 2 }}>
        <Text size="sm" c="gray.7">
          {label}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }} py={{ base: 0, sm: 2 }}>
        <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      </Grid.Col>
    </Grid>
  );
}

/** The file's own panels, and beside them (under them on a phone) its deadlines and history. */
export function FileColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>{main}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack>{side}</Stack>
      </Grid.Col>
    </Grid>
  );
}

import { Alert, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Problem } from '../api/client';
import { problemText } from '../resolutions/problems';

/** The pieces the project forms (resolutions, convenios) share: load, refusal, items, footer. */

/** The project to edit while it loads, or why it could not be loaded. */
export function DraftNotLoaded({ query }: { query: { isError: boolean; error: unknown } }) {
  if (!query.isError) return <Loader aria-label="Cargando el proyecto" />;
  return (
    <Alert color="red" role="alert" title="No se pudo cargar el proyecto">
      {problemText(query.error)}
    </Alert>
  );
}

/** «Corrija lo marcado en: asunto, destinatarios.» — the API's paths by the names on the form. */
export function invalidFields(paths: string[], fieldNames: Record<string, string>): string {
  const names = [...new Set(paths.map((p) => fieldNames[p.split('.')[0] ?? ''] ?? p))];
  return names.length > 0
    ? `Corrija lo marcado en: ${names.join(', ')}.`
    : 'Corrija lo marcado y vuelva a guardar.';
}

/** Why the save was refused: the fields to fix by their names on the form, or the API's word. */
export function SaveRefused({
  error,
  problem,
  errors,
  fieldNames,
}: {
  error: unknown;
  problem: Problem | null;
  errors: Record<string, string>;
  fieldNames: Record<string, string>;
}) {
  const invalid = problem?.code === 'VALIDATION_FAILED';
  return (
    <Alert
      color="red"
      role="alert"
      title={invalid ? 'Revise los campos marcados' : 'No se pudo guardar'}
    >
      {invalid ? invalidFields(Object.keys(errors), fieldNames) : problemText(error)}
    </Alert>
  );
}

/** An error about a whole list (`articles`), focusable so the form can lead there. */
export function GroupError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <Text id={id} c="red.8" size="sm" tabIndex={-1} data-invalid-group>
      {message}
    </Text>
  );
}

/** One item of a list on the form (an addressee, an obligation), with its «Quitar». */
export function RemovableItem({
  title,
  titleId,
  removeLabel,
  onRemove,
  children,
}: {
  title: string;
  titleId?: string;
  /** «Quitar el destinatario 2». */
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm" id={titleId}>
            {title}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            c="red.9"
            aria-label={removeLabel}
            onClick={onRemove}
          >
            Quitar
          </Button>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Cancel (back to the file, or to the list for a new one) and save. */
export function DraftFooter({
  cancelTo,
  editing,
  saving,
}: {
  cancelTo: string;
  editing: boolean;
  saving: boolean;
}) {
  return (
    <Group justify="space-between">
      <Button variant="default" component={Link} to={cancelTo}>
        Cancelar
      </Button>
      <Button type="submit" loading={saving}>
        {editing ? 'Guardar cambios' : 'Guardar proyecto'}
      </Button>
    </Group>
  );
}

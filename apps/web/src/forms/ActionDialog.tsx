import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { problemText } from '../resolutions/problems';
import { hint } from '../resolutions/StateBadge';
import { useFormProblems } from './useFormProblems';

export type Option = { value: string; label: string };
export type ActionField =
  | {
      name: string;
      label: string;
      kind: 'text' | 'textarea';
      description?: string;
      initial?: string;
    }
  | { name: string; label: string; kind: 'select' | 'radio'; options: Option[]; initial?: string }
  | { name: string; label: string; kind: 'datetime' | 'date'; description?: string }
  | { name: string; label: string; kind: 'checkbox' };
/** The form's values as typed (strings; a checkbox is 'true' or ''). */
export type Values = Record<string, string>;

export const CHOOSE: Option = { value: '', label: 'Elija…' };

/** A date and time typed in the browser's zone (datetime-local) with its UTC offset, as the API asks. */
export function zoned(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${local.length === 16 ? `${local}:00` : local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The values without the empty ones (the API says which are missing), date-times zoned. */
export function plainValues(values: Values, fields: ActionField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name]?.trim() ?? '';
    if (field.kind === 'checkbox') out[field.name] = value === 'true';
    else if (value !== '') out[field.name] = field.kind === 'datetime' ? zoned(value) : value;
  }
  return out;
}

interface FormState {
  values: Values;
  set: (name: string, value: string) => void;
  errors: Record<string, string>;
}

/**
 * One action of a file, in a modal: its fields, the API's refusals on them (a change in between
 * offers to reload the file), and the send with the version the person saw when deciding.
 */
export function ActionDialog<TEvent, TResult>({
  title,
  confirm,
  danger,
  fields: fieldsOf,
  version: seen,
  send,
  toEvent,
  onDone,
  onClose,
  onReload,
  staleCodes = ['VERSION_CONFLICT'],
  placedElsewhere = () => false,
  before,
  after,
}: {
  title: string;
  confirm: string;
  danger?: boolean;
  fields: () => ActionField[];
  version: number;
  send: UseMutationResult<TResult, Error, { version: number; event: TEvent }>;
  toEvent: (values: Values, fields: ActionField[]) => TEvent;
  onDone: (updated: TResult) => void;
  onClose: () => void;
  onReload: () => void;
  /** The refusals that mean the file changed since it was read. */
  staleCodes?: readonly string[];
  /** Field errors that `after` shows, not a field of the list. */
  placedElsewhere?: (key: string) => boolean;
  /** Shown before the refusal and the fields (the intro). */
  before?: (form: FormState) => ReactNode;
  /** Shown after the fields, before the buttons. */
  after?: (form: FormState) => ReactNode;
}) {
  const [fields] = useState(fieldsOf);
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, 'initial' in f ? (f.initial ?? '') : ''])),
  );
  // The version the person saw when deciding: a change in between is refused, not overwritten.
  const [version] = useState(seen);
  const { errors, problem, form } = useFormProblems(send);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      { version, event: toEvent(values, fields) },
      { onSuccess: (updated) => onDone(updated) },
    );
  };
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const state: FormState = { values, set, errors };
  const stale = problem !== null && staleCodes.includes(problem.code);
  // Field errors the form has no input for (`type`, a header) go to the general message.
  const unplaced = Object.keys(errors).some(
    (k) => !fields.some((f) => f.name === k) && !placedElsewhere(k),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          {before?.(state)}
          {send.isError && (problem?.code !== 'VALIDATION_FAILED' || unplaced) && (
            <Alert
              color="red"
              role="alert"
              title={stale ? 'El expediente cambió' : 'No se pudo registrar'}
            >
              <Stack gap="xs">
                <Text size="sm">{problemText(send.error)}</Text>
                {stale && (
                  <Button size="xs" variant="default" w="fit-content" onClick={onReload}>
                    Volver a cargar el expediente
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {send.isError && problem?.code === 'VALIDATION_FAILED' && !unplaced && (
            <Text c="red.8" size="sm" role="alert">
              Revise los campos marcados.
            </Text>
          )}
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              error={errors[field.name]}
              onChange={(value) => set(field.name, value)}
            />
          ))}
          {after?.(state)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={send.isPending}>
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: ActionField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          label={field.label}
          description={hint(field.description)}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          label={field.label}
          description={hint(field.description)}
          autosize
          minRows={3}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <NativeSelect
          label={field.label}
          data={field.options}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'radio':
      return (
        <Radio.Group label={field.label} value={value} error={error} onChange={onChange}>
          <Stack gap="xs" mt="xs">
            {field.options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'checkbox':
      return (
        <Checkbox
          label={field.label}
          checked={value === 'true'}
          error={error}
          onChange={(e) => onChange(e.currentTarget.checked ? 'true' : '')}
        />
      );
    case 'datetime':
    case 'date':
      return (
        <TextInput
          label={field.label}
          description={hint(field.description)}
          type={field.kind === 'datetime' ? 'datetime-local' : 'date'}
          value={value}
          error={error}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}

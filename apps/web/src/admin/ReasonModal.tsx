import { Button, Group, Stack, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { fieldErrors } from '../resolutions/problems';
import { AdminModal, RefusalAlert, useFocusFirstInvalid } from './AdminModal';

/**
 * A change that the API records with its reason (revoke a delegation, deactivate an account): what
 * it does, the reason with the API's refusal on its field, and a red confirmation.
 */
export function ReasonModal({
  title,
  explanation,
  reasonHint,
  refusalTitle,
  confirmLabel,
  error,
  pending,
  onConfirm,
  onClose,
}: {
  title: string;
  explanation: ReactNode;
  reasonHint: string;
  refusalTitle: string;
  confirmLabel: string;
  error: unknown;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(error);
  useFocusFirstInvalid(form, error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(reason);
  };
  return (
    <AdminModal title={title} onClose={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          {explanation}
          <RefusalAlert error={error} fields={['reason']} title={refusalTitle} />
          <Textarea
            label="Motivo"
            description={reasonHint}
            required
            data-autofocus
            autosize
            minRows={2}
            value={reason}
            error={errors['reason']}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" color="red.9" loading={pending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminModal>
  );
}

import { Alert, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, type RefObject, useEffect } from 'react';
import { fieldErrors, focusFirstInvalid, problemText } from '../resolutions/problems';

/** The administration's dialogs: centred on a desktop, the whole screen on a phone. */
export function AdminModal({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      {children}
    </Modal>
  );
}

/**
 * The API's refusal when none of its field messages lands on one of the form's fields: the
 * Spanish `detail` it sent (or that there is no connection).
 */
export function RefusalAlert({
  error,
  fields,
  title = 'No se pudo guardar',
}: {
  error: unknown;
  fields: readonly string[];
  title?: string;
}) {
  if (!error) return null;
  const placed = Object.keys(fieldErrors(error)).some((field) =>
    fields.some((own) => field === own || field.startsWith(`${own}.`)),
  );
  if (placed) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {problemText(error)}
    </Alert>
  );
}

/** The message for a field: the API's, under its own name or one of its items (`roles.0`). */
export function fieldError(errors: Record<string, string>, field: string): string | undefined {
  return (
    errors[field] ??
    Object.entries(errors).find(([name]) => name.startsWith(`${field}.`))?.[1] ??
    undefined
  );
}

/** After each refusal, the first field it marks takes the focus (as the resolution form does). */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown) {
  useEffect(() => {
    if (error) focusFirstInvalid(form.current);
  }, [error, form]);
}

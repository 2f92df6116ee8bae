import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { fieldErrors, focusFirstInvalid, problemOf, problemText } from '../resolutions/problems';
import { hint } from '../resolutions/StateBadge';
import { type BudgetReview, useChangeDate } from './budget';

/**
 * ADMIN's change of the last day, of the document or of one of its phases: a new version with its
 * legal source, never an overwrite.
 */
export function ChangeDateDialog({
  review,
  phase,
  onClose,
}: {
  review: BudgetReview;
  phase?: BudgetReview['phases'][number];
  onClose: () => void;
}) {
  const [dueOn, setDueOn] = useState(phase?.dueOn ?? review.dueOn ?? '');
  const [basis, setBasis] = useState('');
  const change = useChangeDate(review.id);
  const errors = fieldErrors(change.error);
  const problem = problemOf(change.error);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (change.isError) focusFirstInvalid(form.current);
  }, [change.isError, change.error]);
  const unplaced = Object.keys(errors).some((k) => k !== 'dueOn' && k !== 'basis');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { dueOn, basis: basis.trim(), ...(phase ? { phase: phase.code } : {}) },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="Cambiar el último día"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {review.documentName} {review.fiscalYear}
            {phase ? `, fase «${phase.name}»` : ''}: la fecha anterior se conserva y el expediente
            rearma su plazo.
          </Text>
          {change.isError && (problem?.code !== 'VALIDATION_FAILED' || unplaced) && (
            <Alert color="red" role="alert" title="No se pudo cambiar la fecha">
              {problemText(change.error)}
            </Alert>
          )}
          {change.isError && problem?.code === 'VALIDATION_FAILED' && !unplaced && (
            <Text c="red.8" size="sm" role="alert">
              Revise los campos marcados.
            </Text>
          )}
          <TextInput
            label="Nuevo último día"
            type="date"
            value={dueOn}
            error={errors.dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
          <Textarea
            label="Fuente legal de la nueva fecha"
            description={hint('Por ejemplo: Directiva N° 0001-2026-EF/50.01, Art. 12')}
            autosize
            minRows={2}
            value={basis}
            error={errors.basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={change.isPending}>
              Cambiar la fecha
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

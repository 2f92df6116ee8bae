import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiProblem, type SessionUser } from './api/client';
import { useLogout, useResume } from './session';

/**
 * The session ended while the console was open (15 minutes without use, its maximum length, or
 * closed elsewhere): the same user signs in again over whatever screen is open, which keeps what
 * was being written.
 */
export function SessionExpiredModal({ user, opened }: { user: SessionUser; opened: boolean }) {
  const resume = useResume();
  const logout = useLogout();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(password === '');
    if (password !== '')
      resume.mutate({ username: user.username, password }, { onSuccess: () => setPassword('') });
  };
  const problem = resume.error instanceof ApiProblem ? resume.error.problem : null;
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Su sesión terminó"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            La sesión se cierra tras 15 minutos sin actividad, al cumplir su duración máxima o si se
            cerró en otro lugar. Ingrese su contraseña para continuar: lo que estaba haciendo sigue
            aquí.
          </Text>
          {resume.isError && (
            <Alert color="red" role="alert" title="No se pudo continuar">
              {problem?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.'}
            </Alert>
          )}
          <Text size="sm">
            Usuario: <strong>{user.username}</strong>
          </Text>
          <PasswordInput
            label="Contraseña"
            autoComplete="current-password"
            data-autofocus
            value={password}
            error={missing ? 'Ingrese su contraseña.' : undefined}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Group justify="space-between">
            <Button variant="default" onClick={() => logout.mutate()}>
              Salir
            </Button>
            <Button type="submit" loading={resume.isPending}>
              Continuar
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

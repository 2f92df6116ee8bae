import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiProblem } from '../api/client';
import { useLogin } from '../session';

/** Sign-in: user and password; the API's refusal (wrong password, locked account) as it says it. */
export function LoginPage() {
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ username: false, password: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = { username: username.trim() === '', password: password === '' };
    setMissing(empty);
    if (!empty.username && !empty.password) login.mutate({ username: username.trim(), password });
  };
  const problem = login.error instanceof ApiProblem ? login.error.problem : null;
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                Despacho
              </Title>
              <Text c="gray.7">Gerencia Municipal — inicie sesión para continuar</Text>
            </div>
            {login.isError && (
              <Alert color="red" title="No se pudo iniciar sesión" role="alert">
                {problem?.detail ?? 'No hay conexión con el servidor. Intente de nuevo.'}
              </Alert>
            )}
            <TextInput
              label="Usuario"
              name="username"
              autoComplete="username"
              required
              value={username}
              error={missing.username ? 'Ingrese su usuario.' : undefined}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
            <PasswordInput
              label="Contraseña"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              error={missing.password ? 'Ingrese su contraseña.' : undefined}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={login.isPending}>
              Ingresar
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

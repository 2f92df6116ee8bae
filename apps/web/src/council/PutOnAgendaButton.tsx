import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionUser } from '../api/client';
import { conveneFor } from './referred-files';

/** On a file the Alcalde referred to the Concejo, Secretaría General's way to its agenda. */
export function PutOnAgendaButton({
  fileId,
  awaitingCouncil,
  user,
}: {
  fileId: string;
  awaitingCouncil: boolean;
  user: SessionUser;
}) {
  if (!awaitingCouncil || !user.roles.includes('SECRETARIA_GENERAL')) return null;
  return (
    <Group>
      <Button component={Link} to={conveneFor(fileId)}>
        Poner en la agenda de una sesión
      </Button>
    </Group>
  );
}

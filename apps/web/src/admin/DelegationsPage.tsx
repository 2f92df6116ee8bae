import { Title } from '@mantine/core';

export function DelegationsPage() {
  return (
    <Title order={1} size="h2">
      Delegations
    </Title>
  );
}

import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Indicator,
  Loader,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import type { components } from '../api/schema';
import { formatDateTime } from '../format';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './notifications';

type Notification = components['schemas']['NotificationDto'];

const KIND_NAMES: Record<Notification['kind'], string> = {
  request: 'Pedido de acción',
  reminder: 'Recordatorio',
  overdue: 'Plazo vencido',
  escalation: 'Escalamiento',
};
const KIND_COLORS: Record<Notification['kind'], string> = {
  request: 'indigo',
  reminder: 'yellow',
  overdue: 'red',
  escalation: 'grape',
};

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The bell of the header: unread count, and a drawer with the user's notifications. */
export function NotificationsBell() {
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? `Notificaciones: ${unread} sin leer` : 'Notificaciones';
  return (
    <>
      <Indicator label={unread} size={18} disabled={unread === 0} color="red.8" offset={4}>
        <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setOpened(true)}>
          <BellIcon />
        </ActionIcon>
      </Indicator>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        title="Notificaciones"
        closeButtonProps={{ 'aria-label': 'Cerrar notificaciones' }}
      >
        {opened && <NotificationList unread={unread} />}
      </Drawer>
    </>
  );
}

function NotificationList({ unread }: { unread: number }) {
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  if (list.isPending) return <Loader aria-label="Cargando notificaciones" />;
  if (list.isError)
    return (
      <Alert color="red" role="alert" title="No se pudieron cargar las notificaciones">
        {list.error.message}
      </Alert>
    );
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <Text>No tiene notificaciones.</Text>;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">{unread > 0 ? `${unread} sin leer` : 'Todas leídas'}</Text>
        {unread > 0 && (
          <Button
            size="xs"
            variant="light"
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Marcar todas como leídas
          </Button>
        )}
      </Group>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((n) => (
          <Card
            key={n.id}
            component="li"
            withBorder
            padding="sm"
            bg={n.readAt ? undefined : 'indigo.0'}
          >
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                {/* Dark text on the light tint: a yellow or red label alone fails AA contrast. */}
                <Badge color={KIND_COLORS[n.kind]} variant="light" c="dark.8">
                  {KIND_NAMES[n.kind]}
                </Badge>
                <Text size="xs" c="gray.7">
                  {formatDateTime(n.createdAt)}
                </Text>
              </Group>
              <Text fw={n.readAt ? 400 : 700}>{n.title}</Text>
              <Text size="sm">{n.body}</Text>
              {!n.readAt && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  w="fit-content"
                  onClick={() => markRead.mutate(n.id)}
                  aria-label={`Marcar como leída: ${n.title}`}
                >
                  Marcar como leída
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {list.hasNextPage && (
        <Button
          variant="default"
          loading={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          Ver más
        </Button>
      )}
    </Stack>
  );
}

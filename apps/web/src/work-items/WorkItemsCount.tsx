import { Badge } from '@mantine/core';
import { useWorkItemCounts } from './work-items';

/** The navigation's count: how many are pending, in red when some are overdue. */
export function WorkItemsCount() {
  const counts = useWorkItemCounts();
  const data = counts.data;
  if (!data || data.total === 0) return null;
  const label =
    data.overdue > 0
      ? `${data.total} pendientes, ${data.overdue} vencidos`
      : `${data.total} pendientes`;
  return (
    <Badge
      color={data.overdue > 0 ? 'red.9' : 'indigo.8'}
      variant="filled"
      size="sm"
      circle={data.total < 10}
      aria-label={label}
      title={label}
    >
      {data.total > 99 ? '99+' : data.total}
    </Badge>
  );
}

/** Dates as people in Peru write them: dd/mm/aaaa hh:mm (24 h), in the browser's time zone. */
const dateTime = new Intl.DateTimeFormat('es-PE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));

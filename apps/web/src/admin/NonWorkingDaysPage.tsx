import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { YearInput } from '../YearInput';
import { type FormEvent, useRef, useState } from 'react';
import { formatCivilDate } from '../format';
import { fieldErrors } from '../resolutions/problems';
import {
  type CalendarEntry,
  type CreateNonWorkingDay,
  KIND_NAMES,
  useAddNonWorkingDay,
  useHolidays,
  useRemoveNonWorkingDay,
} from './admin';
import { AdminModal, RefusalAlert, useFocusFirstInvalid } from './AdminModal';

/** Only the municipality's own rows (with an id) are withdrawn here; national ones are law. */
const removable = (day: CalendarEntry): day is CalendarEntry & { id: string } =>
  day.scope === 'municipal' && day.id !== null;

/**
 * The year's non-working days of the municipality, each with its norm; ADMIN adds its own days
 * (with the norm that declares them) and withdraws them: withdrawn rows are archived, never deleted.
 */
export function NonWorkingDaysPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useHolidays(year);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<(CalendarEntry & { id: string }) | null>(null);
  const data = holidays.data;

  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Días no laborables
        </Title>
        <Button onClick={() => setAdding(true)}>Agregar día no laborable</Button>
      </Group>
      <Text>
        Los plazos en días hábiles no cuentan estos días. Los feriados nacionales son ley y no se
        retiran; los días propios de la municipalidad se agregan con la norma que los declara y, al
        retirarlos, quedan archivados con quién lo hizo. Los plazos abiertos se recalculan solos.
      </Text>
      <Group align="end">
        <YearInput year={year} onChange={setYear} />
        {data && <Text size="sm">Versión {data.version} del calendario</Text>}
      </Group>
      {holidays.isPending && <Loader aria-label="Cargando los días no laborables" />}
      {holidays.isError && (
        <Alert color="red" role="alert" title="No se pudo cargar el calendario">
          {holidays.error.message}
        </Alert>
      )}
      {data && data.items.length === 0 && (
        <Text>No hay días no laborables registrados para {data.year}.</Text>
      )}
      {data && data.items.length > 0 && (
        <>
          <Table striped visibleFrom="sm">
            <Table.Caption style={{ color: 'var(--mantine-color-gray-8)' }}>
              {data.items.length === 1
                ? '1 día no laborable'
                : `${data.items.length} días no laborables`}{' '}
              en {data.year}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Fecha</Table.Th>
                <Table.Th scope="col">Motivo</Table.Th>
                <Table.Th scope="col">Tipo</Table.Th>
                <Table.Th scope="col">Norma</Table.Th>
                <Table.Th scope="col">Acción</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((day) => (
                <Table.Tr key={`${day.date}-${day.name}`}>
                  <Table.Td>{formatCivilDate(day.date)}</Table.Td>
                  <Table.Td>{day.name}</Table.Td>
                  <Table.Td>
                    <DayKind day={day} />
                  </Table.Td>
                  <Table.Td>{day.source}</Table.Td>
                  <Table.Td>
                    {removable(day) && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Retirar ${day.name} (${formatCivilDate(day.date)})`}
                        onClick={() => setWithdrawing(day)}
                      >
                        Retirar
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap="sm" hiddenFrom="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {data.items.map((day) => (
              <Card key={`${day.date}-${day.name}`} component="li" withBorder padding="sm">
                <Stack gap={4}>
                  <Text fw={600}>{formatCivilDate(day.date)}</Text>
                  <Text>{day.name}</Text>
                  <DayKind day={day} />
                  <Text size="sm">Norma: {day.source}</Text>
                  {removable(day) && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Retirar ${day.name} (${formatCivilDate(day.date)})`}
                      onClick={() => setWithdrawing(day)}
                    >
                      Retirar
                    </Button>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
      {adding && <AddDayModal onClose={() => setAdding(false)} onAdded={setYear} />}
      {withdrawing && <WithdrawModal day={withdrawing} onClose={() => setWithdrawing(null)} />}
    </Stack>
  );
}

function DayKind({ day }: { day: CalendarEntry }) {
  return (
    <Group gap={4}>
      <Text size="sm">{KIND_NAMES[day.kind] ?? day.kind}</Text>
      <Badge
        variant="light"
        c="dark.8"
        color={day.scope === 'municipal' ? 'indigo' : 'gray'}
        size="sm"
      >
        {day.scope === 'municipal' ? 'Municipal' : 'Nacional'}
      </Badge>
      {day.adoption && !day.adoption.adopted && (
        <Badge variant="light" c="dark.8" color="yellow" size="sm">
          No adoptado: día hábil
        </Badge>
      )}
    </Group>
  );
}

const FIELDS = ['date', 'name', 'kind', 'source'] as const;

function AddDayModal({
  onClose,
  onAdded,
}: {
  onClose: () => void;
  onAdded: (year: number) => void;
}) {
  const add = useAddNonWorkingDay();
  const form = useRef<HTMLFormElement>(null);
  const [day, setDay] = useState<CreateNonWorkingDay>({
    date: '',
    name: '',
    source: '',
    kind: 'dia_no_laborable',
  });
  const errors = fieldErrors(add.error);
  useFocusFirstInvalid(form, add.error);
  const set = (changes: Partial<CreateNonWorkingDay>) => setDay((d) => ({ ...d, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(day, {
      onSuccess: (added) => {
        onAdded(Number(added.date.slice(0, 4)));
        onClose();
      },
    });
  };

  return (
    <AdminModal title="Agregar día no laborable" onClose={onClose}>
      <form ref={form} onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            El día deja de ser hábil para la municipalidad y los plazos abiertos que lo cruzan se
            recalculan. La norma que lo declara es obligatoria.
          </Text>
          <RefusalAlert error={add.error} fields={FIELDS} />
          <TextInput
            label="Fecha"
            type="date"
            required
            data-autofocus
            value={day.date}
            error={errors['date']}
            onChange={(e) => set({ date: e.currentTarget.value })}
            w={200}
          />
          <TextInput
            label="Motivo"
            description="Como se leerá en el calendario, p. ej. «Aniversario de la fundación del distrito»"
            required
            value={day.name}
            error={errors['name']}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <NativeSelect
            label="Tipo"
            value={day.kind}
            error={errors['kind']}
            data={[
              { value: 'dia_no_laborable', label: KIND_NAMES['dia_no_laborable'] ?? '' },
              { value: 'feriado_regional', label: KIND_NAMES['feriado_regional'] ?? '' },
            ]}
            onChange={(e) => set({ kind: e.currentTarget.value as CreateNonWorkingDay['kind'] })}
          />
          <TextInput
            label="Norma que lo declara"
            description="P. ej. «Ordenanza Municipal N° 123-2026-MML» o «DS 000-2026-PCM»"
            required
            value={day.source}
            error={errors['source']}
            onChange={(e) => set({ source: e.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={add.isPending}>
              Agregar
            </Button>
          </Group>
        </Stack>
      </form>
    </AdminModal>
  );
}

function WithdrawModal({
  day,
  onClose,
}: {
  day: CalendarEntry & { id: string };
  onClose: () => void;
}) {
  const remove = useRemoveNonWorkingDay();
  return (
    <AdminModal title="Retirar día no laborable" onClose={onClose}>
      <Stack>
        <Text>
          ¿Retirar «{day.name}» del {formatCivilDate(day.date)}? El día vuelve a ser hábil y los
          plazos abiertos se recalculan. El registro no se borra: queda archivado con quién lo
          retiró.
        </Text>
        <RefusalAlert error={remove.error} fields={[]} title="No se pudo retirar" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancelar
          </Button>
          <Button
            color="red.9"
            loading={remove.isPending}
            onClick={() => remove.mutate(day.id, { onSuccess: onClose })}
          >
            Retirar el día
          </Button>
        </Group>
      </Stack>
    </AdminModal>
  );
}

import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionUser } from '../api/client';
import { formatDate, formatDateTime } from '../format';
import { filePath } from '../work-items/work-items';
import { Dot } from '../resolutions/StateBadge';
import { fieldErrors, problemOf, problemText } from '../resolutions/problems';
import {
  type AgendaItem,
  canConduct,
  type CouncilMember,
  type CouncilSession,
  useApproveActa,
  useAttendance,
  useBallot,
  useCastingVote,
  useCloseVote,
  useCouncilSession,
  useDispenseActa,
  useItemTypeLabel,
  useMembers,
  useOpenVote,
  useSessionList,
  type VoteResult,
} from './council';
import {
  ACTA_LABELS,
  CHOICE_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  VOTE_STATUS_LABELS,
} from './labels';
import { NOTE } from './notes';
import { AddAgendaItem, AdjournSession } from './SessionDeskActions';

/** The session desk: agenda, attendance with the live quorum, each item's vote, the acta. */
/** «4 a favor, 0 en contra, 1 abstención»: the count of a vote as the acta words it. */
const tallyText = (aFavor: number, enContra: number, abstenciones: number): string =>
  `${aFavor} a favor, ${enContra} en contra, ${abstenciones} ${abstenciones === 1 ? 'abstención' : 'abstenciones'}`;

export function SessionDesk({ user }: { user: SessionUser }) {
  const { id = '' } = useParams();
  const session = useCouncilSession(id);
  const members = useMembers();
  if (session.isPending) return <Loader aria-label="Cargando la sesión" />;
  if (session.isError)
    return (
      <Alert color="red" role="alert" title="No se pudo cargar la sesión">
        {problemText(session.error)}
      </Alert>
    );
  return (
    <Desk
      session={session.data}
      members={members.data?.items ?? []}
      secretaria={canConduct(user)}
    />
  );
}

function Desk({
  session,
  members,
  secretaria,
}: {
  session: CouncilSession;
  members: CouncilMember[];
  /** The Secretaría General conducts the session until it is levantada. */
  secretaria: boolean;
}) {
  const adjourned = session.status === 'levantada';
  const conduct = secretaria && !adjourned;
  const attendance = useAttendance(session.id);
  const openVote = useOpenVote(session.id);
  const ballot = useBallot(session.id);
  const closeVote = useCloseVote(session.id);
  const castingVote = useCastingVote(session.id);
  const dispense = useDispenseActa(session.id);
  const approve = useApproveActa(session.id);
  const itemTypeLabel = useItemTypeLabel();
  const [lastError, setLastError] = useState<unknown>(null);
  const [tieItem, setTieItem] = useState<AgendaItem | null>(null);
  const [abstaining, setAbstaining] = useState<{ item: AgendaItem; member: CouncilMember } | null>(
    null,
  );
  const [decided, setDecided] = useState<VoteResult | null>(null);
  // Each act clears the previous refusal; a new refusal replaces it.
  const handlers = {
    onSuccess: () => setLastError(null),
    onError: (error: unknown) => setLastError(error),
  };
  const present = new Set(session.quorum.presentMemberIds);
  const quorum = session.quorum;
  const presiding = members.find((m) => m.id === session.presidingMemberId);

  return (
    <Stack>
      <Anchor component={Link} to="/concejo" size="sm">
        Volver al Concejo
      </Anchor>
      <Group justify="space-between" align="end">
        <Title order={1} size="h2">
          Sesión {KIND_LABELS[session.kind].toLowerCase()} del {formatDate(session.date)}
        </Title>
        <Group gap="xs">
          <Dot
            color={session.status === 'en_curso' ? 'green' : 'gray'}
            label={STATUS_LABELS[session.status]}
          />
          <Dot color="gray" label={ACTA_LABELS[session.actaStatus]} />
        </Group>
      </Group>
      <Text size="sm" c="gray.7">
        Preside {session.presidingMemberName} · convocada el {formatDate(session.convokedOn)}
        {session.agendaLocked ? ' · agenda cerrada' : ''}
      </Text>
      {adjourned && (
        <Text size="sm" c="gray.7">
          Sesión levantada: ya no se registra en ella asistencia, votos ni asuntos.
        </Text>
      )}
      {session.status !== 'convocada' && (
        // From the first arrival on: the acta as recorded so far, a BORRADOR until settled.
        <Group gap="xs">
          <Button
            component="a"
            variant="default"
            href={`/api/v1/council/sessions/${session.id}/acta.pdf`}
            download={`acta-${session.date}-${session.id}.pdf`}
          >
            Descargar acta (PDF)
          </Button>
          {session.actaStatus === 'pendiente' && (
            <Text size="xs" c="gray.7">
              Borrador: el acta aún no se aprueba ni se dispensa.
            </Text>
          )}
        </Group>
      )}

      <Alert
        role="status"
        color={quorum.hasQuorum ? 'green' : 'yellow'}
        styles={NOTE}
        title={quorum.hasQuorum ? 'Hay quórum' : 'No hay quórum'}
      >
        Presentes hábiles: {quorum.present} · requerido: {quorum.required} · número hábil:{' '}
        {quorum.numeroHabil}
      </Alert>

      {lastError !== null && (
        <Alert
          color="red"
          role="alert"
          title="No se pudo registrar"
          withCloseButton
          closeButtonLabel="Cerrar el aviso"
          onClose={() => setLastError(null)}
        >
          {problemText(lastError)}
        </Alert>
      )}
      {decided?.acuerdo && (
        <Alert color="green" styles={NOTE} role="status" title="Asunto aprobado">
          {decided.acuerdo.number}
        </Alert>
      )}

      <Title order={2} size="h3">
        Agenda
      </Title>
      {session.agenda.length === 0 && <Text>La sesión aún no tiene asuntos en su agenda.</Text>}
      {session.agenda.map((item) => (
        <Paper key={item.id} withBorder p="md" component="section" aria-label={item.title}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {item.position}. {item.title}
              </Title>
              <Dot
                color={item.voteStatus === 'en_votacion' ? 'blue' : 'gray'}
                label={VOTE_STATUS_LABELS[item.voteStatus] ?? item.voteStatus}
              />
            </Group>
            <Text size="sm" c="gray.7">
              {itemTypeLabel(item.itemType)}
              {item.workflowInstanceId && item.workflowKind && (
                <>
                  {' · '}
                  <Anchor
                    component={Link}
                    to={filePath({ kind: item.workflowKind, instanceId: item.workflowInstanceId })}
                    underline="always"
                  >
                    {item.workflowKind === 'convenios'
                      ? 'Ver el expediente del convenio'
                      : 'Ver el expediente del documento'}
                  </Anchor>
                  {item.authorisesAddenda && ' · el Acuerdo autoriza también sus adendas'}
                </>
              )}
            </Text>
            {item.decision && (
              <Text>
                {item.decision.outcome === 'approved' ? 'Aprobado' : 'Desaprobado'}:{' '}
                {tallyText(
                  item.decision.aFavor,
                  item.decision.enContra,
                  item.decision.abstenciones,
                )}
                {item.decision.castingVote ? ' (con voto dirimente)' : ''}.
              </Text>
            )}
            {item.acuerdo && (
              <Text fw={700}>
                {item.acuerdo.number}
                {item.acuerdo.inForceFrom
                  ? ` · rige desde ${formatDateTime(item.acuerdo.inForceFrom)}`
                  : ' · rige cuando se apruebe o dispense el acta'}
              </Text>
            )}
            {conduct && item.voteStatus === 'pendiente' && (
              <Group>
                <Button
                  loading={openVote.isPending && openVote.variables === item.id}
                  onClick={() => openVote.mutate(item.id, handlers)}
                >
                  Abrir la votación del asunto {item.position}
                </Button>
              </Group>
            )}
            {item.voteStatus !== 'pendiente' && item.ballots.length > 0 && (
              <Text size="sm">
                Votos:{' '}
                {tallyText(
                  item.ballots.filter((b) => b.choice === 'a_favor').length,
                  item.ballots.filter((b) => b.choice === 'en_contra').length,
                  item.ballots.filter((b) => b.choice === 'abstencion').length,
                )}
                .
              </Text>
            )}
            {item.voteStatus === 'en_votacion' && (
              <BallotTable
                item={item}
                members={members.filter((m) => present.has(m.id))}
                conduct={conduct}
                busy={ballot.isPending}
                onVote={(member, choice) =>
                  choice === 'abstencion'
                    ? setAbstaining({ item, member })
                    : ballot.mutate(
                        { itemId: item.id, body: { memberId: member.id, choice } },
                        handlers,
                      )
                }
              />
            )}
            {conduct && item.voteStatus === 'en_votacion' && (
              <Group>
                <Button
                  color="dark"
                  loading={closeVote.isPending}
                  onClick={() =>
                    closeVote.mutate(item.id, {
                      onSuccess: (result) => {
                        setLastError(null);
                        setDecided(result.outcome === 'approved' ? result : null);
                        if (result.outcome === 'tie') setTieItem(item);
                      },
                      onError: (error) => setLastError(error),
                    })
                  }
                >
                  Cerrar la votación del asunto {item.position}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}

      {conduct && <AddAgendaItem session={session} />}

      <Title order={2} size="h3">
        Asistencia
      </Title>
      <Table striped verticalSpacing="xs" aria-label="Asistencia de los miembros">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Miembro</Table.Th>
            <Table.Th scope="col">En la sala</Table.Th>
            {conduct && <Table.Th scope="col">Registrar</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => {
            const here = present.has(member.id);
            return (
              <Table.Tr key={member.id}>
                <Table.Td>
                  {member.name}
                  <Text size="sm" c="gray.7">
                    {member.role === 'alcalde' ? 'Alcalde' : 'Regidor(a)'}
                    {member.habilToday ? '' : ' · con licencia o suspendido'}
                  </Text>
                </Table.Td>
                <Table.Td>{here ? 'Presente' : 'Ausente'}</Table.Td>
                {conduct && (
                  <Table.Td>
                    {here ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Se retiró: ${member.name}`}
                        onClick={() =>
                          attendance.mutate({ memberId: member.id, kind: 'retiro' }, handlers)
                        }
                      >
                        Se retiró
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        aria-label={`Llegó: ${member.name}`}
                        onClick={() =>
                          attendance.mutate({ memberId: member.id, kind: 'llegada' }, handlers)
                        }
                      >
                        Llegó
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      {secretaria && session.actaStatus === 'pendiente' && (
        <ActaActions
          session={session}
          dispensable={session.status === 'en_curso'}
          dispensing={dispense.isPending}
          approving={approve.isPending}
          onDispense={() => dispense.mutate(undefined, handlers)}
          onApprove={(approvingSessionId) => approve.mutate(approvingSessionId, handlers)}
        />
      )}

      {conduct && <AdjournSession session={session} />}

      <AbstentionDialog
        target={abstaining}
        onClose={() => setAbstaining(null)}
        onSubmit={(reason, done) =>
          abstaining &&
          ballot.mutate(
            {
              itemId: abstaining.item.id,
              body: { memberId: abstaining.member.id, choice: 'abstencion', reason },
            },
            {
              onSuccess: () => {
                setLastError(null);
                setAbstaining(null);
              },
              onError: done,
            },
          )
        }
      />
      <CastingVoteDialog
        item={tieItem}
        presiding={presiding?.name ?? session.presidingMemberName}
        busy={castingVote.isPending}
        error={castingVote.error}
        onClose={() => setTieItem(null)}
        onSubmit={(choice) =>
          tieItem &&
          castingVote.mutate(
            { itemId: tieItem.id, body: { memberId: session.presidingMemberId, choice } },
            {
              onSuccess: (result) => {
                setTieItem(null);
                setDecided(result.outcome === 'approved' ? result : null);
              },
            },
          )
        }
      />
    </Stack>
  );
}

function BallotTable({
  item,
  members,
  conduct,
  busy,
  onVote,
}: {
  item: AgendaItem;
  members: CouncilMember[];
  conduct: boolean;
  busy: boolean;
  onVote: (member: CouncilMember, choice: keyof typeof CHOICE_LABELS) => void;
}) {
  const byMember = new Map(item.ballots.map((b) => [b.memberId, b]));
  return (
    <Table verticalSpacing="xs" aria-label={`Votos del asunto ${item.position}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Miembro presente</Table.Th>
          <Table.Th scope="col">Voto</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const cast = byMember.get(member.id);
          return (
            <Table.Tr key={member.id}>
              <Table.Td>{member.name}</Table.Td>
              <Table.Td>
                {cast ? (
                  `${CHOICE_LABELS[cast.choice]}${cast.reason ? `: ${cast.reason}` : ''}`
                ) : conduct ? (
                  <Group gap="xs">
                    {(Object.keys(CHOICE_LABELS) as (keyof typeof CHOICE_LABELS)[]).map(
                      (choice) => (
                        <Button
                          key={choice}
                          size="xs"
                          variant="default"
                          disabled={busy}
                          aria-label={`${CHOICE_LABELS[choice]}: ${member.name}`}
                          onClick={() => onVote(member, choice)}
                        >
                          {CHOICE_LABELS[choice]}
                        </Button>
                      ),
                    )}
                  </Group>
                ) : (
                  'Aún no vota'
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function AbstentionDialog({
  target,
  onClose,
  onSubmit,
}: {
  target: { item: AgendaItem; member: CouncilMember } | null;
  onClose: () => void;
  onSubmit: (reason: string, onError: (error: unknown) => void) => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const problem = problemOf(error);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    onSubmit(reason.trim(), setError);
  };
  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title="Registrar abstención"
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {target?.member.name} se abstiene en «{target?.item.title}».
          </Text>
          {problem && problem.code !== 'VALIDATION_FAILED' && (
            <Alert color="red" role="alert" title="No se pudo registrar">
              {problemText(error)}
            </Alert>
          )}
          <Textarea
            label="Fundamento de la abstención"
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            autosize
            minRows={2}
          />
          <Group justify="end">
            <Button variant="default" onClick={close}>
              Cancelar
            </Button>
            <Button type="submit">Registrar abstención</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CastingVoteDialog({
  item,
  presiding,
  busy,
  error,
  onClose,
  onSubmit,
}: {
  item: AgendaItem | null;
  presiding: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: (choice: 'a_favor' | 'en_contra') => void;
}) {
  const [choice, setChoice] = useState<'a_favor' | 'en_contra'>('a_favor');
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title="Voto dirimente"
      closeButtonProps={{ 'aria-label': 'Cerrar' }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(choice);
        }}
      >
        <Stack>
          <Text>
            La votación de «{item?.title}» está empatada. Dirime {presiding}, quien preside.
          </Text>
          {error !== null && (
            <Alert color="red" role="alert" title="No se pudo registrar">
              {problemText(error)}
            </Alert>
          )}
          <Radio.Group
            label="Voto de quien preside"
            value={choice}
            onChange={(value) => setChoice(value as 'a_favor' | 'en_contra')}
          >
            <Group mt="xs">
              <Radio value="a_favor" label="A favor" />
              <Radio value="en_contra" label="En contra" />
            </Group>
          </Radio.Group>
          <Group justify="end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={busy}>
              Registrar voto dirimente
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The acta: dispensed in this session while it is in progress, or approved by a later one under
 * way (also once this one is levantada; the API decides which session is later).
 */
function ActaActions({
  session,
  dispensable,
  dispensing,
  approving,
  onDispense,
  onApprove,
}: {
  session: CouncilSession;
  dispensable: boolean;
  dispensing: boolean;
  approving: boolean;
  onDispense: () => void;
  onApprove: (approvingSessionId: string) => void;
}) {
  const sessions = useSessionList(1);
  const later = (sessions.data?.items ?? []).filter(
    (s) => s.id !== session.id && s.status === 'en_curso' && s.date >= session.date,
  );
  const [approving_, setApproving] = useState('');
  const chosen = approving_ || later[0]?.id || '';
  if (!dispensable && later.length === 0) return null;
  return (
    <Stack>
      <Title order={2} size="h3">
        Acta
      </Title>
      {dispensable && (
        <Group>
          <Button variant="default" loading={dispensing} onClick={onDispense}>
            Dispensar la lectura del acta
          </Button>
        </Group>
      )}
      {later.length > 0 && (
        <Group align="end">
          <NativeSelect
            label="Sesión en curso que aprueba el acta"
            value={chosen}
            onChange={(e) => setApproving(e.currentTarget.value)}
            data={later.map((s) => ({
              value: s.id,
              label: `${KIND_LABELS[s.kind]} del ${formatDate(s.date)}`,
            }))}
          />
          <Button variant="default" loading={approving} onClick={() => onApprove(chosen)}>
            Aprobar el acta
          </Button>
        </Group>
      )}
    </Stack>
  );
}

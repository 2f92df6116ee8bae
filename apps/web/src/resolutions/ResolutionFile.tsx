import { Anchor, Button, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import type { SessionUser } from '../api/client';
import {
  DoneNotice,
  FileActions,
  FileAttachments,
  FileColumns,
  FileHeading,
  FileNotLoaded,
} from '../files/FileParts';
import { useFileAction } from '../files/useFileAction';
import { formatDate, formatDateTime } from '../format';
import { DeadlinesPanel, FileSection, HistoryPanel } from './FilePanels';
import { EventDialog } from './EventDialog';
import { filePath } from '../work-items/work-items';
import {
  ACTION_LABELS,
  CHANNEL_LABELS,
  EVENT_LABELS,
  LINK_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_OUTCOME_LABELS,
  RETURN_FROM_LABELS,
  SIGNATURE_MODE_LABELS,
  STATE_LABELS,
} from './labels';
import {
  type HistoryItem,
  openDeadline,
  type Resolution,
  type ResolutionEventType,
  resolutionAttachmentsKey,
  resolutionHistoryKey,
  usePeople,
  useResolution,
  useResolutionHistory,
  useUnitNames,
} from './resolutions';
import { DeadlineText, Dot, StateBadge } from './StateBadge';

/** The order of the action buttons: the lifecycle's. */
const ACTION_ORDER: ResolutionEventType[] = [
  'EDIT',
  'SUBMIT',
  'LEGAL_OPINION',
  'VISA',
  'SIGN',
  'NOTIFY',
  'PUBLISH',
  'FILE_REMEDY',
  'RESOLVE_REMEDY',
  'NOTIFY_DECISION',
  'START_ANNULMENT',
  'START_REVOCATION',
  'SERVE_HEARING',
  'FILE_ARGUMENTS',
  'ANNUL',
  'REVOKE',
  'DISMISS_REVIEW',
  'RECTIFY',
  'RETURN',
  'WITHDRAW',
];
const SECONDARY: ReadonlySet<ResolutionEventType> = new Set(['RETURN', 'WITHDRAW', 'RECTIFY']);

const STATE_NAMES = STATE_LABELS as Record<string, string>;

/** A SHA-256 that wraps on a phone instead of widening the page. */
function Hash({ value }: { value: string }) {
  return (
    <Code style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} fz="xs">
      {value}
    </Code>
  );
}

/**
 * `/resoluciones/:id`: the whole file — content, state, deadlines, opinion, visas, returns,
 * signature, service, remedies, attachments and the audit trail — with the actions the caller may
 * take now (the resource's `allowedEvents`), each in its own dialog.
 */
export function ResolutionFile({ user }: { user: SessionUser }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const resolution = useResolution(id);
  const history = useResolutionHistory(id);
  const file = useFileAction<ResolutionEventType, Resolution>({
    eventLabels: EVENT_LABELS,
    refetch: resolution.refetch,
    // A rectification creates the corrected resolution: open it.
    onDone: (type, updated) => {
      if (type !== 'RECTIFY') return;
      const created = updated.links.filter((l) => l.type === 'rectificada_por').at(-1);
      if (created?.resolutionId) navigate(`/resoluciones/${created.resolutionId}`);
    },
  });

  if (resolution.isPending || resolution.isError)
    return (
      <FileNotLoaded
        query={resolution}
        listTo="/resoluciones"
        listLabel="Volver a la lista de resoluciones"
      />
    );
  const r = resolution.data;
  const actions = ACTION_ORDER.filter((t) => r.allowedEvents.includes(t));
  const current = openDeadline(r.deadlines);

  return (
    <Stack>
      <FileHeading
        backTo="/resoluciones"
        backLabel="Resoluciones"
        title={r.number ?? 'Proyecto de resolución'}
        subject={r.subject}
        badge={<StateBadge state={r.state} />}
        version={r.version}
        createdWord="creada"
        createdAt={r.createdAt}
      >
        {current && <DeadlineText deadline={current} />}
        {r.origin && (
          <Text size="sm">
            Origen:{' '}
            <Anchor
              component={Link}
              to={filePath({ kind: r.origin.kind, instanceId: r.origin.id })}
            >
              {r.origin.label}
            </Anchor>
          </Text>
        )}
      </FileHeading>

      <DoneNotice {...file.notice} />

      <FileActions
        actions={actions}
        labels={ACTION_LABELS}
        secondary={SECONDARY}
        editTo={`/resoluciones/${r.id}/editar`}
        onAct={file.open}
      />

      {file.dialog && <EventDialog {...file.dialog} file={r} user={user} />}

      <FileColumns
        main={
          <>
            <Content r={r} />
            <Opinion r={r} />
            <Visas r={r} />
            {r.returns.length > 0 && <Returns r={r} />}
            {r.signedAt && <Signature r={r} />}
            <Service r={r} />
            <Remedies r={r} />
            <Review r={r} />
            <FileAttachments
              kind="resolutions"
              id={r.id}
              queryKey={resolutionAttachmentsKey(r.id)}
              historyKey={resolutionHistoryKey(r.id)}
              kinds={['informe', 'documento_contraparte', 'borrador_convenio', 'otro']}
            />
          </>
        }
        side={
          <>
            <DeadlinesPanel deadlines={r.deadlines} />
            <HistoryPanel
              history={history}
              eventLabels={EVENT_LABELS}
              stateNames={STATE_NAMES}
              detailOf={(item) => detailOf(item, r)}
            />
          </>
        }
      />
    </Stack>
  );
}

function Content({ r }: { r: Resolution }) {
  const unitName = useUnitNames();
  return (
    <FileSection title="Contenido">
      {!r.number && (
        // Before signing, the document as it would print today: what the Gerente reads before signing.
        <Group gap="xs">
          <Button
            component="a"
            variant="default"
            href={`/api/v1/resolutions/${r.id}/preview`}
            target="_blank"
            rel="noopener"
          >
            Vista previa del PDF
          </Button>
          <Text size="xs" c="gray.7">
            Sin número ni firma: se asignan al firmar.
          </Text>
        </Group>
      )}
      <Text size="sm">
        <strong>Unidad que elaboró el proyecto:</strong> {unitName(r.originUnitId)}
      </Text>
      <Text size="sm">
        <strong>Alcance:</strong>{' '}
        {r.scope === 'general' ? 'general (se publica)' : 'particular (se notifica)'} ·{' '}
        {r.hasBudgetImpact ? 'compromete presupuesto' : 'no compromete presupuesto'}
      </Text>
      <Title order={3} size="h5">
        Vistos
      </Title>
      {r.vistos.length === 0 ? (
        <Text size="sm" c="gray.7">
          Ninguno.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {r.vistos.map((v, i) => (
            <List.Item key={i}>{v}</List.Item>
          ))}
        </List>
      )}
      <Title order={3} size="h5">
        Considerando
      </Title>
      {r.considerandos.map((c, i) => (
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {c}
        </Text>
      ))}
      <Title order={3} size="h5">
        Se resuelve
      </Title>
      {r.articles.map((a, i) => (
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          <strong>Artículo {i + 1}.-</strong> {a}
        </Text>
      ))}
      <Title order={3} size="h5">
        Destinatarios
      </Title>
      {r.addressees.length === 0 ? (
        <Text size="sm" c="gray.7">
          Sin destinatarios.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {r.addressees.map((a, i) => (
            <List.Item key={i}>
              {a.name}
              {a.documentId && ` — ${a.documentId}`}
              {a.email && ` — ${a.email}`}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="gray.7">
        SHA-256 del contenido vigente: <Hash value={r.contentHash} />
      </Text>
    </FileSection>
  );
}

function Opinion({ r }: { r: Resolution }) {
  const opinion = r.legalOpinion;
  return (
    <FileSection title="Opinión legal">
      {!opinion ? (
        <Text size="sm" c="gray.7">
          {r.state === 'legal_review'
            ? 'Asesoría Jurídica aún no emite su opinión.'
            : 'Sin opinión legal todavía.'}
        </Text>
      ) : (
        <Stack gap={4}>
          <Group gap="xs">
            <Dot
              color={opinion.favorable ? 'green' : 'red'}
              label={opinion.favorable ? 'Favorable' : 'Desfavorable'}
            />
            <Text size="sm">{opinion.reportRef}</Text>
          </Group>
          <Text size="sm" c="gray.7">
            Emitida el {formatDateTime(opinion.at)}
          </Text>
          {opinion.reasons && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {opinion.reasons}
            </Text>
          )}
        </Stack>
      )}
    </FileSection>
  );
}

function Visas({ r }: { r: Resolution }) {
  const unitName = useUnitNames();
  const people = usePeople();
  const started = r.visas.length > 0 || r.pendingVisas.length > 0;
  return (
    <FileSection title="Visaciones">
      {!started && (
        <Text size="sm" c="gray.7">
          Empiezan con la opinión legal favorable: visan la unidad que elaboró el proyecto, Asesoría
          Jurídica y, si compromete presupuesto, Planeamiento y Presupuesto.
        </Text>
      )}
      {started && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {r.visas.map((v) => (
            <li key={`${v.unitId}-${v.at}`}>
              <Text size="sm">
                <strong>{unitName(v.unitId)}</strong>: visó {people.byId(v.userId)} el{' '}
                {formatDateTime(v.at)}
                {v.contentHash !== r.contentHash && ' (sobre un contenido anterior)'}
              </Text>
              <Text size="xs" c="gray.7">
                Contenido visado (SHA-256): <Hash value={v.contentHash} />
              </Text>
            </li>
          ))}
          {r.pendingVisas.map((unit) => (
            <li key={unit}>
              <Text size="sm">
                <strong>{unitName(unit)}</strong>: visación pendiente
              </Text>
            </li>
          ))}
        </Stack>
      )}
      {r.voidedVisas.length > 0 && (
        <Text size="xs" c="gray.7">
          {r.voidedVisas.length === 1
            ? '1 visación quedó sin efecto'
            : `${r.voidedVisas.length} visaciones quedaron sin efecto`}{' '}
          por una edición o devolución del proyecto.
        </Text>
      )}
    </FileSection>
  );
}

function Returns({ r }: { r: Resolution }) {
  const unitName = useUnitNames();
  return (
    <FileSection title="Devoluciones y observaciones">
      <Stack gap="xs">
        {r.returns.map((ret) => (
          <Stack key={ret.at} gap={2}>
            <Text size="sm" c="gray.7">
              {formatDateTime(ret.at)} · devuelto {RETURN_FROM_LABELS[ret.from] ?? ret.from}
              {ret.unitId && ` por ${unitName(ret.unitId)}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ret.reason}
            </Text>
          </Stack>
        ))}
      </Stack>
    </FileSection>
  );
}

function Signature({ r }: { r: Resolution }) {
  const s = r.signature;
  return (
    <FileSection title="Firma y número">
      <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
        {r.number}
      </Text>
      {r.signedAt && <Text size="sm">Firmada el {formatDateTime(r.signedAt)}</Text>}
      {s && (
        <Text size="sm">
          Por {s.name}, {s.post} ({SIGNATURE_MODE_LABELS[s.mode] ?? s.mode})
          {s.mention && `. ${s.mention}`}
        </Text>
      )}
      {r.verificationCode && (
        <Text size="sm">
          Clave de verificación pública: <Code>{r.verificationCode}</Code>
        </Text>
      )}
      {r.documentSha256 && (
        <Text size="xs" c="gray.7">
          SHA-256 del PDF firmado: <Hash value={r.documentSha256} />
        </Text>
      )}
      {r.documentUrl && (
        <Group gap="xs">
          <Button component="a" href={r.documentUrl} target="_blank" rel="noopener">
            Ver el PDF firmado
          </Button>
          <Button
            component="a"
            variant="default"
            href={r.documentUrl}
            download={`resolucion-${r.verificationCode ?? r.id}.pdf`}
          >
            Descargar el PDF
          </Button>
        </Group>
      )}
    </FileSection>
  );
}

function Service({ r }: { r: Resolution }) {
  if (!r.signedAt) return null;
  return (
    <FileSection title={r.scope === 'general' ? 'Publicación' : 'Notificación'}>
      {r.publication && (
        <Text size="sm">
          Publicada en {r.publication.gazette} el {formatDate(r.publication.date)}; vigente desde el{' '}
          {formatDate(r.publication.inForceFrom)}.
        </Text>
      )}
      {r.scope === 'general' && !r.publication && (
        <Text size="sm" c="gray.7">
          Aún no se publica.
        </Text>
      )}
      {r.scope === 'particular' && (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {r.addressees.map((a, i) => {
            const n = r.notifications.find((x) => x.addressee === i);
            const notice = r.notices?.find((x) => x.addressee === i);
            return (
              <li key={i}>
                <Text size="sm">
                  <strong>{a.name}</strong>:{' '}
                  {n
                    ? `notificado (${CHANNEL_LABELS[n.channel] ?? n.channel}) el ${formatDateTime(
                        'servedAt' in n ? n.servedAt : n.at,
                      )}`
                    : 'pendiente de notificar'}
                  {n && 'receipt' in n && n.receipt && ` — ${n.receipt}`}
                </Text>
                {notice && (
                  <Anchor href={notice.url} target="_blank" rel="noopener" size="sm">
                    Cédula de notificación de {a.name} (PDF)
                  </Anchor>
                )}
              </li>
            );
          })}
        </Stack>
      )}
    </FileSection>
  );
}

function Remedies({ r }: { r: Resolution }) {
  const pending = r.pending ?? [];
  const windows = r.windows ?? [];
  if (pending.length === 0 && r.remedies.length === 0 && windows.length === 0 && !r.firmAt)
    return null;
  return (
    <FileSection title="Recursos y firmeza">
      {r.firmAt && (
        <Text size="sm">Firme para todas las partes desde el {formatDateTime(r.firmAt)}.</Text>
      )}
      {windows.map((w) => (
        <Text size="sm" key={w.key}>
          Plazo para recurrir de{' '}
          {w.addressee === null
            ? 'la publicación'
            : (r.addressees[w.addressee]?.name ?? `destinatario ${w.addressee + 1}`)}
          : desde el {formatDate(w.servedOn)}
          {w.status === 'firm' ? ' — firme para esta parte' : ''}
          {w.status === 'remedied' ? ' — recurrido' : ''}
        </Text>
      ))}
      {pending.map((p) => (
        <Text size="sm" key={`${p.party}-${p.kind}`}>
          En trámite: {REMEDY_KIND_LABELS[p.kind] ?? p.kind} de {p.filedBy.name}, presentada el{' '}
          {formatDateTime(p.filedAt)}
          {p.negativeSilence && ' (silencio administrativo negativo)'}
        </Text>
      ))}
      {r.remedies.map((p, i) => (
        <Text size="sm" key={i}>
          {REMEDY_KIND_LABELS[p.kind] ?? p.kind}
          {'filedBy' in p ? ` de ${p.filedBy.name}` : ''}:{' '}
          {p.outcome ? (REMEDY_OUTCOME_LABELS[p.outcome] ?? p.outcome) : 'cerrada'}
          {p.resolvedAt && ` el ${formatDateTime(p.resolvedAt)}`}
        </Text>
      ))}
    </FileSection>
  );
}

function Review({ r }: { r: Resolution }) {
  const review = r.review;
  if (!review && !r.annulment && !r.revocation && !r.withdrawal && r.links.length === 0)
    return null;
  return (
    <FileSection title="Revisión, retiro y vínculos">
      {review && (
        <Text size="sm">
          {review.kind === 'nulidad' ? 'Nulidad de oficio' : 'Revocación'} iniciada el{' '}
          {formatDateTime(review.startedAt)}: {review.reason}
          {review.outcome && ` — ${review.outcome.replace(/_/g, ' ')}`}
          {review.instrument && ` (${review.instrument})`}
        </Text>
      )}
      {r.annulment && (
        <Text size="sm">
          Anulada el {formatDateTime(r.annulment.at)}: {r.annulment.reason}
          {r.annulment.instrument && ` (${r.annulment.instrument})`}
        </Text>
      )}
      {r.revocation && (
        <Text size="sm">
          Revocada el {formatDateTime(r.revocation.at)}: {r.revocation.reason} (
          {r.revocation.instrument})
        </Text>
      )}
      {r.withdrawal && (
        <Text size="sm">
          Retirada el {formatDateTime(r.withdrawal.at)}
          {r.withdrawal.reason && `: ${r.withdrawal.reason}`}
        </Text>
      )}
      {r.links.map((l, i) => (
        <Text size="sm" key={i}>
          {LINK_LABELS[l.type] ?? l.type}:{' '}
          {l.resolutionId ? (
            <Anchor component={Link} to={`/resoluciones/${l.resolutionId}`}>
              {l.number ?? 'proyecto vinculado'}
            </Anchor>
          ) : (
            (l.number ?? 'acto externo')
          )}
        </Text>
      ))}
    </FileSection>
  );
}

/**
 * A line about what the event carried, for the timeline (the audit keeps all of it). Parties are
 * sent by document or name: the timeline names them as the file does.
 */
function detailOf(item: HistoryItem, r: Resolution): string | null {
  const p = item.payload;
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
  const party = (key: string) => {
    const sent = text(key);
    return sent === null
      ? null
      : (r.addressees.find((a) => a.documentId === sent || a.name === sent)?.name ?? sent);
  };
  switch (item.type) {
    case 'LEGAL_OPINION':
      return `${p.favorable === true ? 'Favorable' : 'Desfavorable'} — ${text('reportRef') ?? ''}${
        text('reasons') ? `: ${text('reasons')}` : ''
      }`;
    case 'RETURN':
    case 'WITHDRAW':
    case 'START_ANNULMENT':
    case 'ANNUL':
    case 'REVOKE':
    case 'DISMISS_REVIEW':
      return text('reason');
    case 'VISA':
      return text('contentHash') ? `Contenido visado: ${text('contentHash')?.slice(0, 16)}…` : null;
    case 'SIGN':
      return text('number');
    case 'NOTIFY':
      return [party('addressee'), text('channel') && CHANNEL_LABELS[text('channel') ?? '']]
        .filter(Boolean)
        .join(' · ');
    case 'PUBLISH':
      return `${text('gazette') ?? ''} ${text('date') ? formatDate(text('date') ?? '') : ''}`;
    case 'FILE_REMEDY':
      return `${REMEDY_KIND_LABELS[text('kind') ?? ''] ?? ''} de ${party('filedBy') ?? ''}`;
    case 'SERVE_HEARING':
      return [party('addressee'), text('channel') && CHANNEL_LABELS[text('channel') ?? '']]
        .filter(Boolean)
        .join(' · ');
    case 'FILE_ARGUMENTS':
      return `${party('filedBy') ?? ''}: ${text('summary') ?? ''}`;
    case 'RESOLVE_REMEDY':
      return REMEDY_OUTCOME_LABELS[text('outcome') ?? ''] ?? null;
    default:
      return null;
  }
}

import { refusalCodes, type Refusal, refuse } from '#core';
import type { DelegationKind } from './delegation.types.js';
import type {
  DelegationGrantProfile,
  DelegationsProfile,
} from './profiles/municipality-profile.js';
import { Role, ROLE_UNIT_KINDS, ROLES, UNIT_KIND_LABELS, type UnitKind } from './roles.js';

/** Refusals of the registration of delegations (listed in docs/errores.md). */
export const DelegationRefusal = refusalCodes({
  DELEGATION_NOT_PERMITTED: [400, 'Delegación no permitida'],
});

/** Spanish name of each kind of delegation, with its article, for messages. */
export const DELEGATION_KIND_LABELS: Readonly<Record<DelegationKind, string>> = {
  delegacion_competencia: 'delegación de competencia',
  delegacion_firma: 'delegación de firma',
  encargatura: 'encargatura',
};

/** The post behind each role, as messages name it. */
export const ROLE_POST_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Administrador del sistema',
  ALCALDE: 'Alcalde',
  GERENTE_MUNICIPAL: 'Gerente Municipal',
  SECRETARIA_GENERAL: 'Secretaría General',
  ASESORIA_JURIDICA: 'Asesoría Jurídica',
  PLANEAMIENTO_PRESUPUESTO: 'Planeamiento y Presupuesto',
  GERENCIA: 'gerencia de línea u oficina',
  REGIDOR: 'Regidor',
};

const postOf = (role: string) => ROLE_POST_LABELS[role as Role] ?? role;

/** What the rules read of the delegate: its roles and the kind of its unit. */
export interface DelegateFacts {
  readonly username: string;
  readonly roles: readonly string[];
  readonly unitCode: string | null;
  readonly unitKind: string | null;
}

/** A row of the table with its position (`delegations.grants.<index>` of the profile). */
export interface FoundGrant {
  readonly index: number;
  readonly grant: DelegationGrantProfile;
}

/**
 * The row that rules `kind` granted by `delegatorRole` on `subject`: the one naming the subject,
 * else the one without subjects; null when the table does not provide for it.
 */
export function grantFor(
  grants: readonly DelegationGrantProfile[],
  delegatorRole: string,
  kind: string,
  subject: string,
): FoundGrant | null {
  const rows = grants
    .map((grant, index) => ({ grant, index }))
    .filter(({ grant }) => grant.delegatorRole === delegatorRole && grant.kind === kind);
  return (
    rows.find(({ grant }) => grant.subjects?.includes(subject)) ??
    rows.find(({ grant }) => grant.subjects === undefined) ??
    null
  );
}

/** Whether the delegate fits the row: one of its roles, a unit of one of its kinds. */
export function grantAdmits(grant: DelegationGrantProfile, delegate: DelegateFacts): boolean {
  const byRole =
    grant.delegateRoles === undefined ||
    grant.delegateRoles.some((role) => delegate.roles.includes(role));
  const byUnit =
    grant.delegateUnitKinds === undefined ||
    (delegate.unitKind !== null &&
      (grant.delegateUnitKinds as readonly string[]).includes(delegate.unitKind));
  return byRole && byUnit;
}

/** Nobody may receive it: an explicit prohibition, with its basis. */
const forbids = (grant: DelegationGrantProfile) =>
  grant.delegateRoles?.length === 0 || grant.delegateUnitKinds?.length === 0;

/** "a Gerente Municipal" / "una unidad de tipo asesoria_juridica (Asesoría Jurídica) …", for messages. */
function whoMayReceive(grant: DelegationGrantProfile): string {
  const parts: string[] = [];
  if (grant.delegateRoles) parts.push(`quien tenga el rol ${grant.delegateRoles.join(' o ')}`);
  if (grant.delegateUnitKinds)
    parts.push(
      `quien trabaje en una unidad de tipo ${grant.delegateUnitKinds
        .map((k) => `${k} (${UNIT_KIND_LABELS[k]})`)
        .join(', ')}`,
    );
  return parts.join(' y ');
}

/**
 * Checks a new delegation against the municipality's table (D10), subject by subject. Null when it
 * conforms; otherwise the refusal naming the row, its legal basis and why the delegate does not fit.
 */
export function checkAgainstDelegationTable(
  table: DelegationsProfile,
  profileCode: string,
  delegation: { kind: DelegationKind; delegatorRole: string; subjects: readonly string[] },
  delegate: DelegateFacts,
): { refusal: Refusal; extras: Record<string, unknown> } | null {
  const kind = DELEGATION_KIND_LABELS[delegation.kind];
  const delegator = postOf(delegation.delegatorRole);
  const whom = `${delegate.username} (${delegate.roles.join(', ') || 'sin roles'}; unidad ${
    delegate.unitCode ?? 'ninguna'
  }${delegate.unitKind ? ` de tipo ${delegate.unitKind}` : ''})`;
  const facts = { roles: delegate.roles, unitKind: delegate.unitKind };
  for (const subject of delegation.subjects) {
    const found = grantFor(table.grants, delegation.delegatorRole, delegation.kind, subject);
    if (!found)
      return {
        refusal: refuse(
          DelegationRefusal.DELEGATION_NOT_PERMITTED,
          `La tabla de delegaciones del perfil «${profileCode}» no prevé que el ${delegator} otorgue ${kind} en la materia «${subject}»: la competencia la ejerce el órgano que la tiene atribuida, salvo delegación prevista (TUO de la Ley 27444, Art. 76.1).`,
        ),
        extras: {
          rule: {
            table: `${profileCode}: delegations.grants`,
            delegatorRole: delegation.delegatorRole,
            kind: delegation.kind,
            subject,
            basis: null,
          },
          delegate: facts,
        },
      };
    const { grant, index } = found;
    if (grantAdmits(grant, delegate)) continue;
    const why = forbids(grant)
      ? `La ${kind} del ${delegator} en «${subject}» no se otorga a nadie.`
      : `La ${kind} del ${delegator} en «${subject}» solo se otorga a ${whoMayReceive(grant)}; ${whom} no cumple la regla.`;
    return {
      refusal: refuse(
        DelegationRefusal.DELEGATION_NOT_PERMITTED,
        `${why} Regla: ${grant.basis.replace(/\.\s*$/, '')} (perfil «${profileCode}», delegations.grants.${index}).`,
      ),
      extras: {
        rule: {
          table: `${profileCode}: delegations.grants.${index}`,
          delegatorRole: grant.delegatorRole,
          kind: grant.kind,
          subject,
          delegateRoles: grant.delegateRoles ?? null,
          delegateUnitKinds: grant.delegateUnitKinds ?? null,
          basis: grant.basis,
        },
        delegate: facts,
      },
    };
  }
  return null;
}

/**
 * What is wrong with a profile's delegation table beyond each field (checked at boot: a bad table
 * stops the start with these lines). Each row says who may receive it, and says it once.
 */
export function delegationTableProblems(table: DelegationsProfile | undefined): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const grants: unknown[] = Array.isArray(table?.grants) ? table.grants : [];
  for (const [index, row] of grants.entries()) {
    // A row that is not an object already has its message from the field validation.
    if (typeof row !== 'object' || row === null) continue;
    const grant = row as DelegationGrantProfile;
    const at = `delegations.grants.${index}`;
    if (grant.delegateRoles === undefined && grant.delegateUnitKinds === undefined)
      problems.push(
        `${at}: indique delegateRoles o delegateUnitKinds (una lista vacía: nadie puede recibirla)`,
      );
    if (
      grant.delegatorRole === Role.ADMIN ||
      (Array.isArray(grant.delegateRoles) && grant.delegateRoles.includes(Role.ADMIN))
    )
      problems.push(`${at}: el rol ADMIN configura Despacho y nunca actúa: no delega ni recibe`);
    for (const role of Array.isArray(grant.delegateRoles) ? grant.delegateRoles : []) {
      const allowed = ROLE_UNIT_KINDS[role] ?? null;
      if (!(ROLES as readonly string[]).includes(role) || allowed === null) continue;
      if (
        Array.isArray(grant.delegateUnitKinds) &&
        grant.delegateUnitKinds.length > 0 &&
        !allowed.some((k: UnitKind) => grant.delegateUnitKinds?.includes(k))
      )
        problems.push(
          `${at}: el rol ${role} no se asigna en ninguna unidad de tipo ${grant.delegateUnitKinds.join(', ')}: nadie cumpliría la regla`,
        );
    }
    for (const subject of Array.isArray(grant.subjects) ? grant.subjects : ['*']) {
      const key = `${grant.delegatorRole}/${grant.kind}/${subject}`;
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push(
          `${at}: repite la regla de ${grant.delegatorRole} → ${grant.kind}${
            subject === '*' ? ' (sin materias)' : ` en «${subject}»`
          } de delegations.grants.${earlier}`,
        );
      else seen.set(key, index);
    }
  }
  return problems;
}

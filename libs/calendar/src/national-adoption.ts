import type { MunicipalityProfile } from '#org';
import type { CivilDate } from './civil-date.js';

/**
 * Whether a municipality adopts a día no laborable decreed by DS for the public sector, and by
 * which of its own acts. `instrument` null: no decision of its own, the profile's default applies.
 */
export interface Adoption {
  readonly adopted: boolean;
  readonly instrument: string | null;
}

/** The profile setting that holds the decisions (docs/reglas/plazos.md#d1). */
export const ADOPTION_SETTING = 'nationalNonWorkingDays';

/**
 * A municipality's adoption of a national día no laborable (D1; TUO Art. 145.1 excludes only the
 * days «no laborables del servicio»): its decision on that date if it took one, else the default
 * of its profile — adopted unless `adoptedByDefault: false`.
 */
export function adoptionOf(
  profile: Pick<MunicipalityProfile, 'nationalNonWorkingDays'> | undefined,
  date: CivilDate,
): Adoption {
  const setting = profile?.nationalNonWorkingDays;
  const decision = setting?.decisions?.find((d) => d.date === date);
  if (decision) return { adopted: decision.adopted, instrument: decision.instrument };
  return { adopted: setting?.adoptedByDefault ?? true, instrument: null };
}

/**
 * The profile decisions on a date that is not a national día no laborable in force (a typo, or a
 * decree not loaded yet): each as `file-like path: message`, to stop the boot.
 */
export function undecreedDecisions(
  profiles: readonly Pick<MunicipalityProfile, 'code' | 'nationalNonWorkingDays'>[],
  decreed: ReadonlySet<CivilDate>,
): string[] {
  return profiles.flatMap((profile) =>
    (profile.nationalNonWorkingDays?.decisions ?? []).flatMap((decision, i) =>
      decreed.has(decision.date)
        ? []
        : [
            `${profile.code}.yaml ${ADOPTION_SETTING}.decisions.${i}: el ${decision.date} no es un día no laborable del sector público declarado por decreto supremo (tabla non_working_days): corrija la fecha o quite la decisión`,
          ],
    ),
  );
}

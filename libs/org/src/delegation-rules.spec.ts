import { join } from 'node:path';
import { checkAgainstDelegationTable, type DelegateFacts, grantFor } from './delegation-rules.js';
import type { DelegationKind } from './delegation.types.js';
import { loadMunicipalityProfiles } from './profiles/load-profiles.js';

const RGM = 'resoluciones_gerencia_municipal';
const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
const mml = profiles.find((p) => p.code === 'mml');
if (!mml) throw new Error('falta el perfil mml');
const table = mml.delegations;

const person = (
  username: string,
  role: string,
  unitKind: string,
  unitCode = 'X',
): DelegateFacts => ({
  username,
  roles: [role],
  unitCode,
  unitKind,
});
const GERENTE = person('mml.gerente', 'GERENTE_MUNICIPAL', 'gerencia_municipal', 'GMM');
const JURIDICA = person('mml.juridica', 'ASESORIA_JURIDICA', 'asesoria_juridica', 'GAJ');
const GDU = person('mml.gdu', 'GERENCIA', 'gerencia_linea', 'GDU');
const SECRETARIA = person('mml.secretaria', 'SECRETARIA_GENERAL', 'secretaria_general', 'SGC');
const REGIDOR = person('mml.regidor', 'REGIDOR', 'alcaldia', 'ALC');

const check = (
  delegatorRole: string,
  kind: DelegationKind,
  delegate: DelegateFacts,
  subjects = [RGM],
) => checkAgainstDelegationTable(table, 'mml', { delegatorRole, kind, subjects }, delegate);
const refusedWith = (detail: RegExp) =>
  expect.objectContaining({
    refusal: {
      refusal: expect.objectContaining({ code: 'DELEGATION_NOT_PERMITTED', status: 400 }),
      detail: expect.stringMatching(detail),
    },
  });

describe('the delegation table of the profile (D10)', () => {
  it('a row naming the subject beats the row without subjects', () => {
    expect(
      grantFor(table.grants, 'GERENTE_MUNICIPAL', 'delegacion_firma', RGM)?.grant.subjects,
    ).toEqual([RGM]);
    expect(
      grantFor(table.grants, 'GERENTE_MUNICIPAL', 'delegacion_firma', 'contrataciones')?.grant
        .subjects,
    ).toBeUndefined();
    expect(grantFor(table.grants, 'ALCALDE', 'encargatura', RGM)).toBeNull();
  });

  it('LOM Art. 20 inc. 20: the Alcalde delegates his administrative powers to the Gerente Municipal, nobody else', () => {
    expect(check('ALCALDE', 'delegacion_competencia', GERENTE, [RGM, 'contrataciones'])).toBeNull();
    for (const other of [JURIDICA, GDU, SECRETARIA, REGIDOR])
      expect(check('ALCALDE', 'delegacion_competencia', other)).toEqual(
        refusedWith(
          /solo se otorga a quien tenga el rol GERENTE_MUNICIPAL[\s\S]*LOM Art\. 20 inc\. 20[\s\S]*delegations\.grants\.0/,
        ),
      );
  });

  it('TUO Art. 83.1: the Alcalde does not delegate his signature: his acts exhaust the route (LOM Art. 50)', () => {
    const refused = check('ALCALDE', 'delegacion_firma', GERENTE);
    expect(refused).toEqual(
      refusedWith(/no se otorga a nadie[\s\S]*Art\. 83\.1[\s\S]*LOM Art\. 50/),
    );
    expect(refused?.extras).toMatchObject({
      rule: { delegatorRole: 'ALCALDE', kind: 'delegacion_firma', subject: RGM, delegateRoles: [] },
      delegate: { roles: ['GERENTE_MUNICIPAL'], unitKind: 'gerencia_municipal' },
    });
  });

  it('LOM Art. 39: a gerencia de línea receives neither the signature nor the competence of RGMs; other subjects it may (TUO Art. 83.1, 78.1)', () => {
    for (const kind of ['delegacion_firma', 'delegacion_competencia'] as const) {
      expect(check('GERENTE_MUNICIPAL', kind, GDU)).toEqual(refusedWith(/LOM Art\. 39/));
      expect(check('GERENTE_MUNICIPAL', kind, GDU, ['contrataciones'])).toBeNull();
      expect(check('GERENTE_MUNICIPAL', kind, JURIDICA)).toBeNull();
    }
    // Each subject is checked: one that is not allowed refuses the whole delegation.
    expect(check('GERENTE_MUNICIPAL', 'delegacion_firma', GDU, ['contrataciones', RGM])).toEqual(
      refusedWith(/«resoluciones_gerencia_municipal»/),
    );
  });

  it("TUO Art. 83.1: the signature goes to the Gerente's subordinates; Secretaría General depends on the Alcalde", () => {
    expect(check('GERENTE_MUNICIPAL', 'delegacion_firma', SECRETARIA, ['contrataciones'])).toEqual(
      refusedWith(/unidad SGC de tipo secretaria_general[\s\S]*Art\. 83\.1/),
    );
  });

  it('TUO Art. 84: the encargatura of the Gerencia goes to an official of the entity, a line gerente included', () => {
    for (const who of [GDU, JURIDICA, SECRETARIA])
      expect(check('GERENTE_MUNICIPAL', 'encargatura', who)).toBeNull();
    expect(check('GERENTE_MUNICIPAL', 'encargatura', REGIDOR)).toEqual(refusedWith(/Art\. 84\.1/));
  });

  it('what the table does not provide for is refused, citing TUO Art. 76.1', () => {
    expect(check('ALCALDE', 'encargatura', REGIDOR)).toEqual(
      refusedWith(/no prevé que el Alcalde otorgue encargatura[\s\S]*Art\. 76\.1/),
    );
    expect(check('SECRETARIA_GENERAL', 'delegacion_firma', JURIDICA)?.extras).toMatchObject({
      rule: { basis: null, delegatorRole: 'SECRETARIA_GENERAL' },
    });
  });
});

import { type Actor, type Authority } from '#audit';
import { contentHashOf } from './resolution-content.js';
import { signatureOf } from './resolution-signing.service.js';
import { holdsPost, resolutionPolicy, signingTitle } from './resolution.policy.js';
import type { ResolutionContext } from './resolution.machine.js';
import { sampleResolutionContext } from '#resolutions/testing';

/** A refusal with its stable code and a Spanish detail that says why. */
const refusal = (code: string, detail: RegExp) => ({
  refusal: expect.objectContaining({ code }),
  detail: expect.stringMatching(detail),
});

const actor = (
  roles: string[],
  authorities: Authority[] = [],
  unitKind: string | null = null,
): Actor => ({
  userId: 'u1',
  name: 'x',
  municipalityId: 'm1',
  unitId: 'unit',
  roles,
  authorities,
  unitKind,
});

const authority = (over: Partial<Authority>): Authority => ({
  delegationId: 'd1',
  kind: 'encargatura',
  delegatorRole: 'GERENTE_MUNICIPAL',
  delegatorPost: 'Gerente Municipal Metropolitano',
  instrument: 'Resolución de Alcaldía N° 005-2026-MML',
  subjects: ['resoluciones_gerencia_municipal'],
  ...over,
});

describe('who signs, and how it reads (D10)', () => {
  it('the Gerente signs in their own right; nobody else without a delegation in force', () => {
    expect(signingTitle(actor(['GERENTE_MUNICIPAL']), undefined)).toEqual({ authority: null });
    expect(signingTitle(actor(['SECRETARIA_GENERAL']), undefined)).toMatchObject(
      refusal('NOT_A_SIGNER', /Solo el Gerente/),
    );
    expect(
      signingTitle(actor(['GERENCIA'], [authority({ subjects: ['otra_materia'] })]), undefined),
    ).toMatchObject(refusal('NOT_A_SIGNER', /Solo el Gerente/));
  });

  it('an encargatura or delegación de firma from the Gerente lets its holder sign', () => {
    const held = authority({});
    expect(signingTitle(actor(['SECRETARIA_GENERAL'], [held]), undefined)).toEqual({
      authority: held,
    });
    const two = [held, authority({ delegationId: 'd2', kind: 'delegacion_firma' })];
    expect(signingTitle(actor(['GERENCIA'], two), undefined)).toMatchObject(
      refusal('DELEGATION_AMBIGUOUS', /más de una/),
    );
    expect(signingTitle(actor(['GERENCIA'], two), 'd2')).toEqual({ authority: two[1] });
    expect(signingTitle(actor(['GERENCIA'], two), 'd9')).toMatchObject(
      refusal('DELEGATION_NOT_IN_FORCE', /no está a su nombre/),
    );
  });

  it('prints "(e)" for an encargatura and cites the instrument of every delegation', () => {
    const signer = { id: 'u1', fullName: 'Carla Vásquez Soto', post: 'Secretaria General' };
    expect(signatureOf(signer, null)).toMatchObject({
      post: 'Secretaria General',
      mode: 'propia',
      mention: null,
    });
    expect(signatureOf(signer, authority({}))).toMatchObject({
      post: 'Gerente Municipal Metropolitano (e)',
      mode: 'encargatura',
      mention: expect.stringContaining('N° 005-2026-MML'),
    });
    expect(
      signatureOf(
        signer,
        authority({
          kind: 'delegacion_competencia',
          delegatorRole: 'ALCALDE',
          delegatorPost: 'Alcalde Metropolitano',
        }),
      ),
    ).toMatchObject({
      post: 'Secretaria General',
      mode: 'delegacion_competencia',
      delegatorRole: 'ALCALDE',
      mention: 'Por delegación del Alcalde Metropolitano (Resolución de Alcaldía N° 005-2026-MML)',
    });
  });
});

describe('what the law forbids to sign under a delegation, and who resolves the reconsideración (D10)', () => {
  const TERMS = {
    legalOpinion: 7,
    correction: 10,
    visas: 3,
    signature: 3,
    notification: 5,
    remedyFiling: 15,
    remedyResolution: 30,
  };
  const instance = (over: Partial<ResolutionContext> = {}, state = 'ready_to_sign') => ({
    id: 'r1',
    municipalityId: 'm1',
    state,
    createdBy: 'u-drafter',
    context: { ...sampleResolutionContext('particular', TERMS), ...over },
  });
  const sign = (who: Actor, delegationId?: string | null, over: Partial<ResolutionContext> = {}) =>
    resolutionPolicy(
      who,
      { type: 'SIGN', ...(delegationId === undefined ? {} : { delegationId }) },
      instance(over),
    );
  const firmaAlcalde = authority({
    kind: 'delegacion_firma',
    delegatorRole: 'ALCALDE',
    delegatorPost: 'Alcalde Metropolitano',
  });
  const competenciaAlcalde = authority({
    delegationId: 'd-ra',
    kind: 'delegacion_competencia',
    delegatorRole: 'ALCALDE',
    delegatorPost: 'Alcalde Metropolitano',
  });

  it('TUO Art. 83.1: no delegación de firma of the Alcalde, whose acts exhaust the route (LOM Art. 50)', () => {
    expect(
      sign(actor(['GERENTE_MUNICIPAL'], [firmaAlcalde], 'gerencia_municipal'), 'd1'),
    ).toMatchObject(
      refusal(
        'SIGNATURE_NOT_DELEGABLE',
        /Art\. 83\.1[\s\S]*Resolución de Alcaldía[\s\S]*LOM Art\. 50/,
      ),
    );
  });

  it("LOM Art. 20 inc. 20: the Alcalde's competence serves the Gerente Municipal only", () => {
    expect(
      sign(actor(['GERENTE_MUNICIPAL'], [competenciaAlcalde], 'gerencia_municipal'), 'd-ra'),
    ).toBe(true);
    expect(
      sign(actor(['ASESORIA_JURIDICA'], [competenciaAlcalde], 'asesoria_juridica'), 'd-ra'),
    ).toMatchObject(refusal('NOT_A_SIGNER', /LOM Art\. 20 inc\. 20/));
  });

  it('LOM Art. 39: a gerencia de línea does not sign RGMs by delegation; as encargado it does, «(e)» (TUO Art. 84.2)', () => {
    for (const kind of ['delegacion_firma', 'delegacion_competencia'] as const)
      expect(sign(actor(['GERENCIA'], [authority({ kind })], 'gerencia_linea'))).toMatchObject(
        refusal('LINE_GERENCIA_CANNOT_SIGN', /LOM Art\. 39[\s\S]*Art\. 84\.2/),
      );
    expect(sign(actor(['GERENCIA'], [authority({})], 'gerencia_linea'))).toBe(true);
    // Asesoría Jurídica depends on the Gerente: it may sign for him (TUO Art. 83.1).
    expect(
      sign(
        actor(
          ['ASESORIA_JURIDICA'],
          [authority({ kind: 'delegacion_firma' })],
          'asesoria_juridica',
        ),
      ),
    ).toBe(true);
  });

  it('TUO Art. 78.2: an act of general scope is not issued by delegación de competencia', () => {
    expect(
      sign(actor(['GERENTE_MUNICIPAL'], [competenciaAlcalde], 'gerencia_municipal'), 'd-ra', {
        scope: 'general',
      }),
    ).toMatchObject(refusal('GENERAL_ACT_NOT_DELEGABLE', /TUO de la Ley 27444, Art\. 78\.2/));
  });

  it("an encargatura of the Alcaldía does not sign RGMs: the Alcalde (e) signs the Alcalde's acts", () => {
    const alcaldeE = authority({ kind: 'encargatura', delegatorRole: 'ALCALDE' });
    expect(signingTitle(actor(['REGIDOR'], [alcaldeE]), 'd1')).toMatchObject(
      refusal('DELEGATION_NOT_IN_FORCE', /no comprende la firma/),
    );
  });

  it('TUO Art. 84.2: the encargado of the Gerencia resolves the reconsideración; a delegate of signature or competence does not (Art. 83.2, 78.2)', () => {
    // The first addressee's reconsideración, in progress (machine version 2).
    const remedy = {
      kind: 'reconsideracion' as const,
      party: '0',
      filedBy: { addressee: 0, name: 'Constructora Los Andes S.A.C.' },
      filedAt: '2026-03-10T15:00:00.000Z',
      filedOn: '2026-03-10',
      registeredAt: '2026-03-10T15:00:00.000Z',
      resolverRole: 'GERENTE_MUNICIPAL' as const,
      outcome: null,
      resolvedAt: null,
      instrument: null,
      modification: null,
      negativeSilence: false,
      resolutionDueOn: null,
      closedBySilenceAt: null,
      decisionNotice: null,
      reversedFirmAt: null,
    };
    const resolve = (who: Actor) =>
      resolutionPolicy(
        who,
        { type: 'RESOLVE_REMEDY', outcome: 'infundado', party: '0' },
        instance({ pending: [remedy], remedy }, 'under_remedy'),
      );
    const encargado = actor(['GERENCIA'], [authority({})], 'gerencia_linea');
    expect(holdsPost(encargado, 'GERENTE_MUNICIPAL')).toBe(true);
    expect(resolve(encargado)).toBe(true);
    expect(resolve(actor(['GERENTE_MUNICIPAL']))).toBe(true);
    for (const kind of ['delegacion_firma', 'delegacion_competencia'] as const)
      expect(resolve(actor(['ASESORIA_JURIDICA'], [authority({ kind })]))).toMatch(
        /Art\. 219[\s\S]*Art\. 84\.2[\s\S]*Art\. 78\.2, 83\.2/,
      );
    // Only an encargatura of the Gerencia, on RGMs.
    expect(
      resolve(actor(['GERENCIA'], [authority({ subjects: ['convenios'] })], 'gerencia_linea')),
    ).not.toBe(true);
  });

  it('keeps the delegated-acts appeal setting with an act the Alcalde delegated, and only then', () => {
    const signer = { id: 'u1', fullName: 'María Elena Quispe Rojas', post: 'Gerente Municipal' };
    const setting = { allowed: false, basis: 'TUO Art. 78.4; LOM Art. 50.' };
    expect(signatureOf(signer, competenciaAlcalde, setting).delegatedActsAppeal).toEqual(setting);
    expect(signatureOf(signer, authority({}), setting).delegatedActsAppeal).toBeNull();
    expect(signatureOf(signer, null, setting).delegatedActsAppeal).toBeNull();
  });
});

describe('the content a visa approves (D14)', () => {
  const content = {
    subject: 'Aprobar',
    scope: 'particular' as const,
    hasBudgetImpact: false,
    vistos: ['Informe N° 1'],
    considerandos: ['Que, …'],
    articles: ['APROBAR …'],
    addressees: [{ name: 'A', documentId: null, email: null }],
  };

  it('is the same for the same content whatever else the context holds, and changes with any edit', () => {
    const hash = contentHashOf(content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHashOf({ ...content, ...{ number: 'N° 1' } })).toBe(hash);
    expect(contentHashOf({ ...content, articles: ['APROBAR … (corregido)'] })).not.toBe(hash);
  });
});

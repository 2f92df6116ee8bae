import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validate, validateSync, type ValidationError } from 'class-validator';
import { FUNDING_SOURCES } from '#core';
import { loadMunicipalityProfiles, validationMessages } from '#org';
import { sampleCreateBudgetModification } from '#budget-modifications/testing';
import { newBudgetModificationContext } from './budget-modification-creator.service.js';
import {
  ApproveByMayorDto,
  BudgetReasonDto,
  CreateBudgetModificationDto,
  TechnicalReportDto,
} from './budget-modification.dto.js';
import {
  BudgetModificationsProfile,
  budgetModificationsProfileSection,
} from './budget-modifications.profile.js';

/** Each offending field (dotted path) and its messages, as the API's problem+json lists them. */
function fields(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  return Object.assign(
    {},
    ...errors.map((e) => {
      const field = `${prefix}${e.property}`;
      return {
        ...(e.constraints ? { [field]: Object.values(e.constraints) } : {}),
        ...fields(e.children ?? [], `${field}.`),
      };
    }),
  );
}

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };
const checkAs = async (type: new () => object, body: Record<string, unknown>) =>
  fields(await validate(plainToInstance(type, body), OPTIONS));
const check = (body: Record<string, unknown>) => checkAs(CreateBudgetModificationDto, body);

const body = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...sampleCreateBudgetModification(),
  ...over,
});
const LINE = sampleCreateBudgetModification().toLine;
const line = (over: Record<string, unknown>) => ({ ...LINE, ...over });

describe('CreateBudgetModificationDto: what the requesting unit asks, and the field errors it gets (400)', () => {
  it('accepts a transfer, a crédito suplementario (no origin) and a certification (no modality)', async () => {
    expect(await check(body())).toEqual({});
    expect(await check(body({ modality: 'credito_suplementario', fromLine: undefined }))).toEqual(
      {},
    );
    expect(
      await check(body({ requestType: 'certificacion', modality: null, fromLine: null })),
    ).toEqual({});
  });

  describe('the amount: soles as text with at most two decimals, positive', () => {
    it.each([
      ['-10.00', 'no puede ser negativo'],
      ['0', 'debe ser mayor que cero'],
      ['0.00', 'debe ser mayor que cero'],
      [
        'diez',
        'debe ser un monto en soles con punto decimal y sin separadores de miles, p. ej. 150000.50',
      ],
      [
        '150,000.50',
        'debe ser un monto en soles con punto decimal y sin separadores de miles, p. ej. 150000.50',
      ],
      ['10.505', 'admite como máximo 2 decimales (céntimos)'],
    ])('%j: %s', async (amount, message) => {
      expect(await check(body({ amount }))).toEqual({ amount: [message] });
    });

    it('a number instead of a text, or none at all, names the field', async () => {
      expect(await check(body({ amount: 150000.5 }))).toEqual({
        amount: ['debe ser un texto con el monto en soles, p. ej. "150000.50"'],
      });
      expect(Object.keys(await check(body({ amount: undefined })))).toEqual(['amount']);
    });

    it('is kept in whole céntimos, never as a float', () => {
      const units = {
        requestingUnitId: 'u-r',
        budgetUnitId: 'u-b',
        managementUnitId: 'u-m',
        mayorUnitId: 'u-a',
      };
      const profile = {
        terms: { technicalReport: 5, managerDecision: 3, mayorDecision: 5, correction: 5 },
        managerDelegation: { approves: [], instrument: 'RA', basis: 'DL 1440' },
      };
      for (const [amount, cents] of [
        ['150000.50', 15000050],
        ['0.1', 10],
        ['0.29', 29],
        ['1', 100],
      ] as const)
        expect(
          newBudgetModificationContext(
            plainToInstance(CreateBudgetModificationDto, body({ amount })),
            units,
            profile,
          ).amountCents,
        ).toBe(cents);
    });
  });

  describe('the programmatic lines: the codes of the cadena funcional programática y de gasto', () => {
    it.each([
      ['program', '36', 'debe ser el código de 4 dígitos del programa presupuestal, p. ej. 0030'],
      [
        'productOrProject',
        '5000579',
        'debe ser el código de 7 dígitos de un producto (3xxxxxx) o proyecto (2xxxxxx)',
      ],
      [
        'activity',
        '3004370',
        'debe ser el código de 7 dígitos de una actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx)',
      ],
      [
        'expenseItem',
        '1.3.1.5.1.2',
        'debe ser una específica de gasto del clasificador, de 6 niveles y de gasto (2.), p. ej. 2.3.1.5.1.2',
      ],
      [
        'expenseItem',
        '2.3.1.5',
        'debe ser una específica de gasto del clasificador, de 6 niveles y de gasto (2.), p. ej. 2.3.1.5.1.2',
      ],
    ])('toLine.%s %j: %s', async (field, value, message) => {
      expect(await check(body({ toLine: line({ [field]: value }) }))).toEqual({
        [`toLine.${field}`]: [message],
      });
    });

    it('codes are trimmed; APNOP (9001) and projects, investment actions and works are valid', async () => {
      expect(
        await check(
          body({
            toLine: {
              program: ' 9001 ',
              productOrProject: '2001621',
              activity: '6000032',
              expenseItem: '2.6.2.2.1.1',
            },
          }),
        ),
      ).toEqual({});
      const dto = plainToInstance(
        CreateBudgetModificationDto,
        body({ toLine: line({ program: ' 0036 ' }) }),
      );
      expect(dto.toLine.program).toBe('0036');
    });

    it('a line without its codes, or something else than a line, names it', async () => {
      expect(Object.keys(await check(body({ toLine: undefined })))).toContain('toLine');
      expect(Object.keys(await check(body({ toLine: { program: '0036' } }))).sort()).toEqual([
        'toLine.activity',
        'toLine.expenseItem',
        'toLine.productOrProject',
      ]);
      expect(Object.keys(await check(body({ toLine: line({ extra: 'x' }) })))).toEqual([
        'toLine.extra',
      ]);
    });

    it('DL 1440 Art. 46–47: a transfer names the line it takes credit from; a crédito suplementario does not', async () => {
      expect(await check(body({ fromLine: undefined }))).toEqual({
        fromLine: [
          'una transferencia de partidas o una habilitación/anulación indica la línea de origen (la que se anula)',
        ],
      });
      expect(await check(body({ modality: 'credito_suplementario' }))).toEqual({
        fromLine: [
          'solo una transferencia de partidas o una habilitación/anulación tiene línea de origen',
        ],
      });
      expect(await check(body({ fromLine: LINE }))).toEqual({
        fromLine: ['la línea de origen y la de destino no pueden ser la misma'],
      });
      expect(await check(body({ fromLine: line({ activity: '7' }) }))).toEqual({
        'fromLine.activity': [
          'debe ser el código de 7 dígitos de una actividad (5xxxxxx), acción de inversión (4xxxxxx) u obra (6xxxxxx)',
        ],
      });
    });
  });

  it('the modality goes with a modificación presupuestaria, and only with it', async () => {
    expect(await check(body({ modality: undefined }))).toMatchObject({
      modality: [
        'indique la modalidad de la modificación: credito_suplementario, transferencia_partidas, habilitacion_anulacion',
      ],
    });
    expect(await check(body({ requestType: 'certificacion', fromLine: undefined }))).toEqual({
      modality: ['solo una modificación presupuestaria tiene modalidad'],
    });
    expect(await check(body({ modality: 'ampliacion' }))).toMatchObject({
      modality: [
        'debe ser una de: credito_suplementario, transferencia_partidas, habilitacion_anulacion',
      ],
    });
  });

  it('takes every fuente de financiamiento of the one list the budget reviews use too', async () => {
    for (const fundingSource of FUNDING_SOURCES)
      expect(await check(body({ fundingSource }))).toEqual({});
    // The codes the modifications once had of their own are not sources any more.
    expect(Object.keys(await check(body({ fundingSource: 'donaciones_transferencias' })))).toEqual([
      'fundingSource',
    ]);
  });

  it('request type, funding source and justification name their fields', async () => {
    expect(Object.keys(await check(body({ requestType: 'ampliacion' })))).toContain('requestType');
    expect(Object.keys(await check(body({ fundingSource: 'canon' })))).toEqual(['fundingSource']);
    expect(Object.keys(await check(body({ justification: '  corta  ' })))).toEqual([
      'justification',
    ]);
    expect(Object.keys(await check(body({ justification: 'x'.repeat(5001) })))).toEqual([
      'justification',
    ]);
  });
});

describe('the payloads of the events', () => {
  it('an unfavourable technical report says why; a favourable one may say nothing more', async () => {
    const report = { favorable: true, reportRef: 'Informe Técnico N° 045-2026-GPP' };
    expect(await checkAs(TechnicalReportDto, report)).toEqual({});
    expect(await checkAs(TechnicalReportDto, { ...report, favorable: false })).toEqual({
      observations: ['un informe desfavorable dice por qué: la unidad subsana sus observaciones'],
    });
    expect(
      await checkAs(TechnicalReportDto, { ...report, favorable: false, observations: '   ' }),
    ).toEqual({
      observations: ['un informe desfavorable dice por qué: la unidad subsana sus observaciones'],
    });
    expect(
      await checkAs(TechnicalReportDto, {
        ...report,
        favorable: false,
        observations: 'Sin saldo.',
      }),
    ).toEqual({});
    expect(Object.keys(await checkAs(TechnicalReportDto, { ...report, favorable: 'sí' }))).toEqual([
      'favorable',
    ]);
    expect(
      Object.keys(await checkAs(TechnicalReportDto, { favorable: true, reportRef: ' ' })),
    ).toEqual(['reportRef']);
  });

  it('the Alcalde names his resolution; a rejection says why', async () => {
    expect(Object.keys(await checkAs(ApproveByMayorDto, {}))).toEqual(['resolutionRef']);
    expect(Object.keys(await checkAs(BudgetReasonDto, { reason: '' }))).toEqual(['reason']);
  });
});

describe('the profile section kinds.budget-modifications', () => {
  const section = (over: Record<string, unknown> = {}) =>
    plainToInstance(BudgetModificationsProfile, {
      terms: { technicalReport: 5, managerDecision: 3, mayorDecision: 5, correction: 5 },
      managerDelegation: {
        approves: ['transferencia_partidas'],
        instrument: 'la Resolución de Alcaldía N° 003-2026-MML',
        basis: 'DL 1440 Art. 47.2',
      },
      ...over,
    });
  const problems = (s: BudgetModificationsProfile) => validationMessages(validateSync(s));

  it('every municipality profile has a valid section (Lima delegates transfers; Megantoni nothing)', () => {
    const profiles = loadMunicipalityProfiles(join(process.cwd(), 'config/municipalities'));
    expect(profiles.length).toBeGreaterThanOrEqual(2);
    for (const profile of profiles) {
      const raw = (profile.kinds ?? {})['budget-modifications'];
      expect(raw).toBeDefined();
      const s = plainToInstance(budgetModificationsProfileSection.schema, raw);
      expect(problems(s)).toEqual([]);
    }
    const approves = (code: string) =>
      (
        profiles.find((p) => p.code === code)?.kinds?.['budget-modifications'] as {
          managerDelegation: { approves: string[] };
        }
      ).managerDelegation.approves;
    expect(approves('mml')).toContain('transferencia_partidas');
    expect(approves('megantoni')).toEqual([]);
  });

  it('a profile without the section (or half of it) is refused at boot, not at the first request', () => {
    expect(problems(plainToInstance(BudgetModificationsProfile, {}))).toEqual([
      'terms: falta terms: {technicalReport, managerDecision, mayorDecision, correction}',
      'managerDelegation: falta managerDelegation: {approves, instrument, basis}',
    ]);
  });

  it('an empty list of what is delegated is valid: everything goes to the Alcalde', () => {
    expect(
      problems(
        section({ managerDelegation: { approves: [], instrument: 'ninguna', basis: 'DL 1440' } }),
      ),
    ).toEqual([]);
  });

  it('delegates only modalities or the certification, each once, with its instrument and basis', () => {
    const delegation = (over: Record<string, unknown>) =>
      section({
        managerDelegation: {
          approves: ['transferencia_partidas'],
          instrument: 'RA N° 003',
          basis: 'DL 1440',
          ...over,
        },
      });
    expect(problems(delegation({ approves: ['ampliacion'] })).join(' ')).toMatch(/approves/);
    expect(
      problems(delegation({ approves: ['certificacion', 'certificacion'] })).join(' '),
    ).toMatch(/approves/);
    expect(problems(delegation({ instrument: '' })).join(' ')).toMatch(/instrument/);
    expect(problems(delegation({ basis: undefined })).join(' ')).toMatch(/basis/);
    expect(problems(section({ managerDelegation: undefined })).join(' ')).toMatch(
      /managerDelegation/,
    );
  });

  it('terms are whole business days from 1 to 30, each one required', () => {
    const terms = (over: Record<string, unknown>) =>
      section({
        terms: { technicalReport: 5, managerDecision: 3, mayorDecision: 5, correction: 5, ...over },
      });
    for (const bad of [
      { technicalReport: 0 },
      { managerDecision: 31 },
      { mayorDecision: 2.5 },
      { correction: undefined },
    ])
      expect(problems(terms(bad)).join(' ')).toMatch(new RegExp(Object.keys(bad)[0] as string));
    expect(problems(section({ terms: undefined })).join(' ')).toMatch(/terms/);
  });
});

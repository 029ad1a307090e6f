/**
 * functions.json as the build generates it (custom-functions-metadata, the API the webpack plugin
 * uses: its CLI exits 0 even on errors), and the Vietnamese functions.vi.json derived from it.
 */
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../src/functions/functions';
import { localizeMetadata } from '../../src/functions/localize';
import { VIETNAMESE_NAMES } from '../../src/functions/localNames';

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string };
}

const EXPECTED_IDS = [
  'ONLINE_SHARE',
  'ONTIME_RATE',
  'DIGITISATION_RATE',
  'PROGRESS_RATE',
  'DOSSIER_COUNT',
  'ONTIME_RATE_RANGE',
  'ONLINE_SHARE_RANGE',
  'PERIOD_START',
  'PERIOD_END',
  'DUE_DATE',
  'WORKDAYS',
  'DAYS_LEFT',
  'SCORE766',
  'SCORE766_PROGRESS',
  'SCORE766_DIGITISATION',
];

let generated: { errors: string[]; metadataJson: string; associate: { functionName: string; id: string }[] };
let list: Fn[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(path.join(__dirname, '../../src/functions/functions.ts'));
  list = generated.errors.length ? [] : (JSON.parse(generated.metadataJson).functions as Fn[]);
});

describe('functions.json generated from the JSDoc of functions.ts', () => {
  test('has no errors', () => {
    expect(generated.errors).toEqual([]);
  });

  test('lists every function, by its English id', () => {
    expect(list.map((f) => f.id)).toEqual(EXPECTED_IDS);
  });

  test('every function has a description and a number result (DAYS_LEFT: one per cell of its range, blank for a blank cell)', () => {
    for (const f of list) {
      expect(f.description?.length).toBeGreaterThan(20);
      if (f.id === 'DAYS_LEFT') expect(f.result).toEqual({ dimensionality: 'matrix' });
      else expect(f.result?.type).toBe('number');
    }
  });

  test('DAYS_LEFT takes a range of due dates, is volatile (its default day is today) and has optional today and holidays', () => {
    const f = list.find((x) => x.id === 'DAYS_LEFT')!;
    expect(f.parameters.map((p) => [p.name, p.type, p.dimensionality ?? 'scalar', p.optional ?? false])).toEqual([
      ['due', 'any', 'matrix', false],
      ['today', 'number', 'scalar', true],
      ['holidays', 'any', 'matrix', true],
      ['makeupDays', 'any', 'matrix', true],
    ]);
    expect((f as Fn & { options?: { volatile?: boolean } }).options?.volatile).toBe(true);
  });

  test('every parameter has a type and help text', () => {
    for (const f of list) {
      for (const p of f.parameters) {
        expect(['number', 'string', 'boolean', 'any']).toContain(p.type);
        expect(p.description?.length).toBeGreaterThan(5);
      }
    }
  });

  test('optional parameters are marked optional and described as such', () => {
    const optional = list.flatMap((f) => f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`));
    expect(optional).toEqual(
      expect.arrayContaining(['DOSSIER_COUNT.channel', 'DOSSIER_COUNT.from', 'DOSSIER_COUNT.to', 'ONTIME_RATE_RANGE.status', 'PERIOD_START.calendar', 'DUE_DATE.holidays']),
    );
    for (const f of list) for (const p of f.parameters.filter((q) => q.optional)) expect(p.description).toMatch(/^\[Tùy chọn\]/);
  });

  test('ranges of dossier columns are matrices of any value (dates, text, blanks)', () => {
    const countParams = list.find((f) => f.id === 'DOSSIER_COUNT')!.parameters;
    expect(countParams.find((p) => p.name === 'received')).toMatchObject({ type: 'any', dimensionality: 'matrix' });
  });

  test('every id is bound to an exported function of functions.ts', () => {
    for (const a of generated.associate) expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe('function');
    expect(generated.associate.map((a) => a.id)).toEqual(EXPECTED_IDS);
  });
});

describe('functions.vi.json', () => {
  test('every function id has a Vietnamese name', () => {
    for (const id of EXPECTED_IDS) expect(VIETNAMESE_NAMES[id]).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });

  test('has the same ids, in the same order, with the Vietnamese names and nothing else changed', () => {
    const vi = JSON.parse(localizeMetadata(generated.metadataJson, VIETNAMESE_NAMES)).functions as Fn[];
    expect(vi.map((f) => f.id)).toEqual(EXPECTED_IDS);
    expect(vi.map((f) => f.name)).toEqual(EXPECTED_IDS.map((id) => VIETNAMESE_NAMES[id]));
    expect(vi.map(({ name: _name, ...rest }) => rest)).toEqual(list.map(({ name: _name, ...rest }) => rest));
  });

  test('ONTIME_RATE is TYLE_DUNGHAN, DAYS_LEFT is SO_NGAY_CON_LAI', () => {
    expect(VIETNAMESE_NAMES.ONTIME_RATE).toBe('TYLE_DUNGHAN');
    expect(VIETNAMESE_NAMES.DAYS_LEFT).toBe('SO_NGAY_CON_LAI');
  });

  test('a function without a Vietnamese name fails the build', () => {
    const { ONTIME_RATE: _dropped, ...partial } = VIETNAMESE_NAMES;
    expect(() => localizeMetadata(generated.metadataJson, partial)).toThrow(/no Vietnamese name for ONTIME_RATE/);
  });

  test('a name left over from a renamed function fails the build', () => {
    expect(() => localizeMetadata(generated.metadataJson, { ...VIETNAMESE_NAMES, OLD_ID: 'TEN_CU' })).toThrow(/OLD_ID/);
  });

  test('an invalid or repeated name fails the build', () => {
    expect(() => localizeMetadata(generated.metadataJson, { ...VIETNAMESE_NAMES, ONTIME_RATE: '1TYLE' })).toThrow(/not a valid function name/);
    expect(() => localizeMetadata(generated.metadataJson, { ...VIETNAMESE_NAMES, ONTIME_RATE: 'TYLE_SOHOA' })).toThrow(/names both/);
  });
});

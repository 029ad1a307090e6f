import { readFileSync } from 'fs';
import * as path from 'path';
import { ISSUE_HELP, issueHelp } from '../../src/taskpane/services/issueHelp';

/** The codes the engine gives its issues (DESIGN: an issue's `code` is its message id). */
const CODES = [
  'badDate', 'badYesNo', 'badChannel', 'badStatus', 'required', 'duplicateId', 'missingColumn', 'missingTable', 'noHeader', 'noDueDate',
  'completedBeforeReceived', 'dueBeforeReceived', 'futureDate', 'endedWithoutDate', 'excelError', 'procedureHasErrors', 'textTooLong',
  'totalRowsSkipped', 'noChannelColumn', 'noFlagColumns', 'codeTypeDiffers', 'resolvedWithoutDate', 'notReceivedSkipped', 'unlistedProcedures',
  'badNumber', 'badWholeNumber', 'negativeNumber', 'badPeriod', 'badHolidayKind', 'badLevel', 'badRegulator', 'validUntilBeforeFrom',
];

describe('how to fix each kind of issue', () => {
  test.each(CODES)('%s has Vietnamese and English help', (code) => {
    const vi = issueHelp(code, 'vi');
    const en = issueHelp(code, 'en');
    expect(vi).toEqual(expect.any(String));
    expect(en).toEqual(expect.any(String));
    expect(vi!.trim().length).toBeGreaterThan(20);
    expect(en!.trim().length).toBeGreaterThan(20);
    expect(vi).not.toBe(en);
    // Plain sentences: one or two, ending with a full stop.
    for (const text of [vi!, en!]) {
      expect(text).toMatch(/\.$/);
      expect(text.length).toBeLessThan(220);
    }
  });

  test('every message id of the engine has help (a new message needs its fix written)', () => {
    const source = readFileSync(path.join(__dirname, '..', '..', 'src', 'core', 'messages.ts'), 'utf8');
    const body = source.slice(source.indexOf('const MESSAGES = {'), source.indexOf('} as const;'));
    const ids = [...body.matchAll(/^ {2}(\w+): \{$/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !(id in ISSUE_HELP))).toEqual([]);
  });

  test('the examples the pane gives', () => {
    expect(issueHelp('badDate', 'vi')).toBe('Gõ ngày dạng 15/06/2026 hoặc định dạng ô là Ngày (Date).');
    expect(issueHelp('noChannelColumn', 'vi')).toContain('Kênh tiếp nhận');
    expect(issueHelp('noChannelColumn', 'vi')).toContain('Trực tuyến, Trực tiếp hoặc Bưu chính');
    expect(issueHelp('unlistedProcedures', 'vi')).toContain('tệp danh mục');
  });

  test('unknown or missing codes have no help', () => {
    expect(issueHelp('somethingNew', 'vi')).toBeNull();
    expect(issueHelp('toString', 'en')).toBeNull();
    expect(issueHelp(null, 'vi')).toBeNull();
    expect(issueHelp(undefined, 'en')).toBeNull();
  });
});

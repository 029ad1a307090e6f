/**
 * The Tổng hợp tab's parts without a browser: its reducer (files, run, result, what was done
 * with it) and the units table rendered server-side from the three fixture files' consolidation.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { renderToStaticMarkup } from 'react-dom/server';
import { dayFromParts } from '../../src/core/days';
import { periodFromLabel } from '../../src/core/periods';
import { UnitsTable } from '../../src/taskpane/components/UnitsTable';
import { I18nProvider } from '../../src/taskpane/i18n';
import { createPreviewService } from '../../src/taskpane/services/previewService';
import type { ConsolidateOutcome, PickedFile } from '../../src/taskpane/services/types';
import { consolidateReducer, INITIAL_CONSOLIDATE_STATE, type ConsolidateState } from '../../src/taskpane/tabs/consolidateState';

const EXPORTS = path.join(__dirname, '..', 'fixtures', 'exports');
const NAMES = ['unit-so-noi-vu.xlsx', 'unit-phuong-hac-thanh.xlsx', 'ii06a-by-unit.xlsx'];
const file = (name: string, bytes = 3): PickedFile => ({ file: new Blob(['x'.repeat(bytes)]), name });

let outcome: ConsolidateOutcome;
beforeAll(async () => {
  const service = createPreviewService({ save: () => undefined, today: () => dayFromParts(2026, 12, 1), yieldToUi: async () => undefined });
  const picked = NAMES.map((name) => ({ file: new Blob([readFileSync(path.join(EXPORTS, name))]), name }));
  outcome = await service.consolidate(picked, periodFromLabel('2026-Q3')!, 'vi');
});

const withError = (): ConsolidateOutcome => ({
  ...outcome,
  consolidation: { ...outcome.consolidation, issues: [{ severity: 'error', sheet: 'b.xlsx › II.06a', row: 11, column: null, code: 'unitTwice', message: 'x' }] },
});

describe('Tổng hợp: the reducer', () => {
  test('files: added (the same one once), removed, cleared; a change sends a result back to idle', () => {
    let s: ConsolidateState = consolidateReducer(INITIAL_CONSOLIDATE_STATE, { type: 'add', files: [file('a.xlsx'), file('b.xlsx'), file('a.xlsx')] });
    expect(s.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
    s = consolidateReducer(s, { type: 'add', files: [file('a.xlsx'), file('a.xlsx', 9)] });
    expect(s.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx', 'a.xlsx']); // another file of the same name
    s = consolidateReducer(s, { type: 'done', outcome });
    expect(s.phase).toMatchObject({ kind: 'done', accepted: true, written: null });
    s = consolidateReducer(s, { type: 'remove', index: 0 });
    expect(s.files.map((f) => f.name)).toEqual(['b.xlsx', 'a.xlsx']);
    expect(s.phase.kind).toBe('idle');
    expect(consolidateReducer(s, { type: 'clear' })).toEqual(INITIAL_CONSOLIDATE_STATE);
  });

  test('a run: progress while running only; errors hold the report back until accepted; written kept with the result', () => {
    let s = consolidateReducer(INITIAL_CONSOLIDATE_STATE, { type: 'add', files: [file('a.xlsx')] });
    s = consolidateReducer(s, { type: 'notice', text: 'old' });
    s = consolidateReducer(s, { type: 'start' });
    expect(s).toMatchObject({ phase: { kind: 'running', progress: { stage: 'reading', fraction: 0 } }, notice: null });
    // Nothing changes the files while they are read.
    expect(consolidateReducer(s, { type: 'add', files: [file('c.xlsx')] })).toBe(s);
    expect(consolidateReducer(s, { type: 'clear' })).toBe(s);
    expect(consolidateReducer(s, { type: 'reset' })).toBe(s);
    s = consolidateReducer(s, { type: 'progress', progress: { stage: 'reading', fraction: 0.5 } });
    expect(s.phase).toEqual({ kind: 'running', progress: { stage: 'reading', fraction: 0.5 } });
    s = consolidateReducer(s, { type: 'done', outcome: withError() });
    expect(s.phase).toMatchObject({ kind: 'done', accepted: false });
    expect(consolidateReducer(s, { type: 'progress', progress: { stage: 'computing' } })).toBe(s);
    s = consolidateReducer(s, { type: 'accept' });
    expect(s.phase).toMatchObject({ kind: 'done', accepted: true });
    const result = { sheets: ['Tổng hợp 2026-Q3', 'Tổng hợp chung 2026-Q3'], replaced: [], unitSheet: 'DonVi' };
    s = consolidateReducer(s, { type: 'written', result });
    expect(s.phase).toMatchObject({ kind: 'done', written: result });
    s = consolidateReducer(s, { type: 'reset' }); // another period
    expect(s.phase.kind).toBe('idle');
    expect(consolidateReducer(s, { type: 'failed', message: 'hỏng' }).phase).toEqual({ kind: 'failed', message: 'hỏng' });
  });
});

describe('Tổng hợp: the units table', () => {
  const html = () =>
    renderToStaticMarkup(
      <I18nProvider initial="vi">
        <UnitsTable consolidation={outcome.consolidation} files={outcome.files.length} />
      </I18nProvider>,
    );
  const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]);

  test('four units, tỉnh then xã, with level, counts, rates and source; the total their sum', () => {
    const rows = [...html().matchAll(/<tr[^>]*data-testid="consolidate-unit"[^>]*>(.*?)<\/tr>/g)].map((m) => cells(m[1]));
    expect(rows).toEqual([
      ['Sở Nội vụ', 'Tỉnh', '5', '3', '66,7%', '25%', 'unit-so-noi-vu.xlsx › HoSo'],
      ['Sở Tư pháp', 'Tỉnh', '25', '20', '85%', '60%', 'ii06a-by-unit.xlsx › II.06a!11'],
      ['Phường Hạc Thành', 'Xã', '4', '3', '100%', '75%', 'unit-phuong-hac-thanh.xlsx › HoSo'],
      ['Xã Đông Sơn', 'Xã', '8', '6', '83,3%', '42,9%', 'ii06a-by-unit.xlsx › II.06a!12'],
    ]);
    const total = cells(/<tr[^>]*data-testid="consolidate-total"[^>]*>(.*?)<\/tr>/.exec(html())![1]);
    expect(total).toEqual(['Tổng cộng', '', '42', '32', '84,4%', '54,3%', '3 tệp']);
  });

  test('a scrolling region of its own, labelled, reachable by keyboard', () => {
    expect(html()).toMatch(/^<div[^>]*role="region"[^>]*aria-label="Số liệu theo đơn vị"[^>]*tabindex="0"/);
    expect(html()).toContain('<th scope="col"');
  });
});

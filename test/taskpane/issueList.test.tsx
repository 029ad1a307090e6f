/** The issue list rendered (server-side, no DOM): one entry per group, with its count, rows and help. */
import { renderToStaticMarkup } from 'react-dom/server';
import type { Issue } from '../../src/core/types';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { I18nProvider } from '../../src/taskpane/i18n';

const badDate = (row: number): Issue => ({
  severity: 'error',
  sheet: 'HoSo',
  row,
  column: 'C (Ngày tiếp nhận)',
  message: 'Không đọc được ngày "31/02/2024". Cần ngày Excel hoặc dạng dd/mm/yyyy.',
  code: 'badDate',
});

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' | ')
    .replace(/\s*\|[\s|]*/g, ' | ');

describe('IssueList', () => {
  test('5,000 identical cells are one list item: location of the first row, count, rows, how to fix', () => {
    const issues = Array.from({ length: 5000 }, (_, i) => badDate(i + 3));
    const html = renderToStaticMarkup(
      <I18nProvider initial="vi">
        <IssueList issues={issues} />
      </I18nProvider>,
    );
    expect(html.match(/<li /g)).toHaveLength(1);
    expect(html).toContain('data-count="5000"');
    const t = text(html);
    expect(t).toContain('HoSo, dòng 3, cột C (Ngày tiếp nhận)');
    expect(t).toContain('5.000 ô: dòng 3, 4, 5, 6, 7, 8, 9, 10, 11, 12…');
    expect(t).toContain('Cách sửa: | Gõ ngày dạng 15/06/2026 hoặc định dạng ô là Ngày (Date).');
  });

  test('in Excel the location is a button going to the first row; a single issue shows no count line', () => {
    const html = renderToStaticMarkup(
      <I18nProvider initial="en">
        <IssueList issues={[badDate(7)]} onSelect={() => undefined} />
      </I18nProvider>,
    );
    expect(html).toMatch(/<button[^>]*title="Select cell C7 on sheet HoSo"[^>]*>HoSo, row 7, column C \(Ngày tiếp nhận\)<\/button>/);
    expect(html).not.toContain('data-testid="issue-rows"');
    expect(text(html)).toContain('How to fix: | Type the date as 15/06/2026');
  });

  test('more than 50 groups: 50 listed and a line for the rest', () => {
    const issues = Array.from({ length: 53 }, (_, i): Issue => ({ ...badDate(i + 3), message: `m${i}`, code: 'unknownKind' }));
    const html = renderToStaticMarkup(
      <I18nProvider initial="vi">
        <IssueList issues={issues} />
      </I18nProvider>,
    );
    expect(html.match(/<li /g)).toHaveLength(50);
    expect(html).not.toContain('Cách sửa');
    expect(text(html)).toContain('… và 3 nhóm khác.');
  });
});

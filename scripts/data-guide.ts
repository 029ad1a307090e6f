/**
 * The accepted words of the data guide, from the tables the parsers use (src/core/vocabulary.ts),
 * written into README.md between its `vocabulary` markers. `npm run data-guide` rewrites the
 * section; a test fails when the README and the tables differ.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, VocabularyEntry, YES_NO_VOCABULARY } from '../src/core/vocabulary';

export const START = '<!-- vocabulary:start (npm run data-guide) -->';
export const END = '<!-- vocabulary:end -->';

const code = (w: string) => `\`${w}\``;

function rows<T>(vocabulary: readonly VocabularyEntry<T>[], value: (v: T) => string): string[] {
  return vocabulary.map((e) => `| ${e.code ?? ''} | ${e.words.map(code).join(', ')}${e.prefix ? ' …' : ''} | ${value(e.value)}: ${e.note} |`);
}

const STATUS_EN: Record<string, string> = {
  notReceived: 'not received',
  inProgress: 'in progress',
  withdrawn: 'withdrawn',
  rejected: 'rejected',
  stopped: 'stopped',
  resolved: 'resolved',
};

export function vocabularySection(): string {
  return [
    START,
    '**Trạng thái / Status** (danh mục trạng thái hồ sơ quốc gia, mã 1–10; chữ đứng đầu một nội dung dài hơn cũng được nhận, ví dụ "Đang xử lý (quá hạn)"):',
    '',
    '| Mã | Được chấp nhận / accepted | Nghĩa / meaning |',
    '|---|---|---|',
    ...rows(STATUS_VOCABULARY, (v) => STATUS_EN[v as string]),
    '',
    '**Kênh tiếp nhận / Channel** (KenhThucHien; để trống = trực tiếp / blank = direct; "…" = có thể có chữ phía sau, ví dụ "Trực tuyến toàn trình"):',
    '',
    '| Mã | Được chấp nhận / accepted | Nghĩa / meaning |',
    '|---|---|---|',
    ...rows(CHANNEL_VOCABULARY, (v) => v as string),
    '',
    '**Có/không / Yes-no** (mọi cột có/không; để trống = không / blank = no):',
    '',
    '| | Được chấp nhận / accepted | Nghĩa / meaning |',
    '|---|---|---|',
    ...rows(YES_NO_VOCABULARY, (v) => (v ? 'yes' : 'no')),
    END,
  ].join('\n');
}

/** The README with its vocabulary section made anew. */
export function withVocabulary(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} section`);
  return readme.slice(0, a) + vocabularySection() + readme.slice(b + END.length);
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  writeFileSync(file, withVocabulary(readFileSync(file, 'utf8')));
  console.log('README.md: vocabulary section written');
}

import { readFileSync } from 'fs';
import path from 'path';
import { FIGURE_KEYS } from '../src/core/figureKeys';
import { ALL_TABLES, AGENCY_KEYS } from '../src/core/schema';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, YES_NO_VOCABULARY } from '../src/core/vocabulary';
import { VIETNAMESE_NAMES } from '../src/functions/localNames';
import { vocabularySection } from '../scripts/data-guide';

const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('the README’s data guide', () => {
  test.each(ALL_TABLES.flatMap((t) => t.columns.map((c) => [t.name, c.labels[0], c.labels[1]])))(
    '%s: column "%s" is documented with its English label "%s"',
    (_table, vietnamese, english) => {
      expect(readme).toContain(vietnamese);
      expect(readme).toContain(english);
    },
  );

  test.each(Object.values(AGENCY_KEYS).map((labels) => [labels[0], labels[1]]))('ThongTin: "%s" (%s) is documented', (vi, en) => {
    expect(readme).toContain(vi);
    expect(readme).toContain(en);
  });

  test.each(FIGURE_KEYS.map((f) => [f.label, f.key]))('SoLieu: the figure "%s" (%s) is listed with its key', (label, key) => {
    expect(readme).toContain(`| ${label} | \`${key}\` |`);
  });

  test('the accepted words are the tables the parsers use (npm run data-guide writes them)', () => {
    expect(readme).toContain(vocabularySection());
  });

  test.each([...STATUS_VOCABULARY, ...CHANNEL_VOCABULARY, ...YES_NO_VOCABULARY].flatMap((e) => e.words))('the word "%s" is in the guide', (word) => {
    expect(readme).toContain(`\`${word}\``);
  });
});

describe('the README’s custom-function examples', () => {
  // Excel shows the names of the metadata for its own language: functions.json (English) by default,
  // functions.vi.json through the manifest's vi-VN override (Microsoft, "Custom functions naming and localization").
  const vietnamese = readme.slice(0, readme.indexOf('## English'));
  const english = readme.slice(readme.indexOf('## English'), readme.indexOf('## Hướng dẫn dữ liệu'));
  const examples = (text: string) => [...text.matchAll(/=TTHC\.([A-Z_]+)\(/g)].map((m) => m[1]);

  test('the Vietnamese part uses the names Vietnamese Excel shows', () => {
    const names = examples(vietnamese);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.values(VIETNAMESE_NAMES)).toContain(name);
  });

  test('the English part uses the English names', () => {
    const names = examples(english);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(VIETNAMESE_NAMES)).toContain(name);
  });
});

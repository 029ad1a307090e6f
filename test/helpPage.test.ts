/**
 * src/taskpane/help.html, the manifest's support page, is scripts/help-page.ts's `helpPage()`:
 * the staff guide built from the code's tables. These tests fail when a table changed and the
 * page was not written again (`npm run help-page`), and check what the page must say and how it
 * is built (no script, no external resource, both languages, accessible structure).
 */
import { readFileSync } from 'fs';
import { Parser } from 'htmlparser2';
import { FIGURE_KEYS } from '../src/core/figureKeys';
import { periodFromLabel } from '../src/core/periods';
import { REPORT_NAMES } from '../src/core/reportNames';
import { AGENCY_KEYS, ALL_TABLES } from '../src/core/schema';
import { CHANNEL_VOCABULARY, STATUS_VOCABULARY, YES_NO_VOCABULARY } from '../src/core/vocabulary';
import { ISSUE_HELP } from '../src/taskpane/services/issueHelp';
import { reports } from '../src/templates';
import { CSP_TEMPLATE, checkPeriodSpellings, escapeHtml, HELP_FILE, helpPage, PERIOD_SPELLINGS } from '../scripts/help-page';

const committed = readFileSync(HELP_FILE, 'utf8');
const page = helpPage();

/** The page's two halves: the Vietnamese one (`#vi`) and the English one (`#en`). */
const halfOf = (lang: 'vi' | 'en'): string => {
  const start = page.indexOf(`<div id="${lang}" class="lang-${lang}" lang="${lang}">`);
  const end = lang === 'vi' ? page.indexOf('<div id="en"') : page.indexOf('</main>');
  expect(start).toBeGreaterThan(0);
  return page.slice(start, end);
};
const vi = halfOf('vi');
const en = halfOf('en');

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Every start tag of the page, in order, and the text of every heading. */
function elements(html: string): { tags: Element[]; headings: { level: number; text: string }[] } {
  const tags: Element[] = [];
  const headings: { level: number; text: string }[] = [];
  let heading: { level: number; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes });
        if (/^h[1-6]$/.test(name)) heading = { level: Number(name[1]), text: '' };
      },
      ontext(text) {
        if (heading) heading.text += text;
      },
      onclosetag(name) {
        if (heading && /^h[1-6]$/.test(name)) {
          headings.push(heading);
          heading = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { tags, headings };
}

describe('help.html', () => {
  test('is what scripts/help-page.ts builds from the code’s tables (npm run help-page writes it)', () => {
    if (committed !== page) {
      throw new Error('src/taskpane/help.html differs from scripts/help-page.ts’s helpPage(): a table it is built from changed. Run `npm run help-page` and commit the page.');
    }
  });

  test('is a webpack template whose only template tag is the CSP, in the <meta> right after the charset', () => {
    const head = page.slice(page.indexOf('<head>') + '<head>'.length).replace(CSP_TEMPLATE, 'CSP');
    const first = [...head.matchAll(/<(meta|script|link|title)\b[^>]*>/g)].map((m) => m[0]);
    expect(first[0]).toMatch(/^<meta charset="utf-8"/);
    expect(first[1]).toBe('<meta http-equiv="Content-Security-Policy" content="CSP" />');
    // lodash's template (html-webpack-plugin) would run any other `<%`.
    expect(page.split('<%').length - 1).toBe(1);
  });

  test('loads nothing from elsewhere and runs no script (the CSP allows neither inline nor external ones)', () => {
    expect(page).not.toMatch(/<script\b/i);
    expect(page).not.toMatch(/https?:\/\//i);
    expect(page).not.toMatch(/@import|url\(/i);
    const { tags } = elements(page);
    for (const tag of tags) {
      for (const attribute of ['src', 'href', 'srcset', 'action', 'data']) {
        const url = tag.attributes[attribute];
        if (url === undefined) continue;
        expect({ tag: tag.name, url, relative: !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) }).toEqual({ tag: tag.name, url, relative: true });
      }
      expect(Object.keys(tag.attributes).filter((a) => a.startsWith('on'))).toEqual([]);
    }
    expect(tags.filter((t) => t.name === 'link').map((t) => t.attributes.href)).toEqual(['assets/icon-32.png']);
  });

  test('is Vietnamese with an English half, each switching to the other by a link', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(vi).toContain('<a href="#en" lang="en" hreflang="en">English</a>');
    expect(en).toContain('<a href="#vi" lang="vi" hreflang="vi">Tiếng Việt</a>');
    // Without :has() both halves show, one after the other; with it, the targeted one.
    expect(page).toContain('@supports selector(:has(*))');
    expect(page).toContain('body:has(#en:target, #en :target) .lang-vi { display: none; }');
  });

  test('every id is unique and every link inside the page has its target', () => {
    const { tags } = elements(page);
    const ids = tags.map((t) => t.attributes.id).filter((id): id is string => id !== undefined);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const targets = tags.map((t) => t.attributes.href).filter((h): h is string => h?.startsWith('#') === true);
    expect(targets.length).toBeGreaterThan(50);
    expect(targets.filter((h) => !ids.includes(h.slice(1)))).toEqual([]);
    for (const t of tags.filter((t) => t.attributes['aria-labelledby'])) expect(ids).toContain(t.attributes['aria-labelledby']);
  });

  test.each([
    ['vi', vi],
    ['en', en],
  ])('%s: one h1, headings never skip a level, every table has a caption and scoped headers', (_lang, half) => {
    const { tags, headings } = elements(half);
    expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
    expect(headings[0].level).toBe(1);
    for (let i = 1; i < headings.length; i++) {
      expect({ heading: headings[i].text, skips: headings[i].level > headings[i - 1].level + 1 }).toEqual({ heading: headings[i].text, skips: false });
    }
    expect(tags.filter((t) => t.name === 'th' && !['col', 'row'].includes(t.attributes.scope))).toEqual([]);
    expect(tags.filter((t) => t.name === 'table').length).toBe(tags.filter((t) => t.name === 'caption').length);
    // Wide tables scroll sideways in a focusable region named by their caption.
    expect(tags.filter((t) => t.name === 'table').length).toBe(tags.filter((t) => t.attributes.class === 'scroll' && t.attributes.tabindex === '0').length);
    expect(tags.filter((t) => t.name === 'img')).toEqual([]);
  });

  test.each([
    ['vi', vi],
    ['en', en],
  ])('%s: has the chapters of the guide', (lang, half) => {
    const chapters =
      lang === 'vi'
        ? ['Bắt đầu', 'Đưa dữ liệu vào', 'Kỳ báo cáo', 'Các báo cáo', 'Số liệu nhập tay (SoLieu) và nội dung (NoiDung)', 'Sửa lỗi dữ liệu', 'Tải về Word/PDF và in', 'Liên hệ hỗ trợ']
        : ['Getting started', 'Getting data in', 'Periods', 'The reports', 'Typed-in figures (SoLieu) and narrative (NoiDung)', 'Fixing data problems', 'Word/PDF downloads and printing', 'Getting support'];
    const h2 = elements(half).headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(h2).toEqual([lang === 'vi' ? 'Mục lục' : 'Contents', ...chapters.map((c, i) => `${i + 1}. ${c}`)]);
  });
});

describe('what help.html says, from the code’s tables', () => {
  test.each(reports.map((r) => [r.id, r.title('vi'), r.title('en')]))('report %s: its titles, "%s" and "%s"', (id, titleVi, titleEn) => {
    expect(vi).toContain(`<h3 id="vi-report-${id}">${escapeHtml(titleVi)}</h3>`);
    expect(en).toContain(`<h3 id="en-report-${id}">${escapeHtml(titleEn)}</h3>`);
    const name = REPORT_NAMES.find((n) => n.id === id)!;
    for (const half of [vi, en]) {
      expect(half).toContain(escapeHtml(name.name));
      expect(half).toContain(`--report ${name.slug}`);
    }
  });

  test.each(reports.flatMap((r) => r.narrativeSections.map((n) => [r.id, n.section, n.title])))('%s: NoiDung section %s "%s"', (id, section, title) => {
    const start = vi.indexOf(`id="vi-report-${id}"`);
    const report = vi.slice(start, vi.indexOf('</section>', start));
    expect(report).toContain(`<code>${escapeHtml(section)}</code>`);
    expect(report).toContain(escapeHtml(title));
    expect(en).toContain(escapeHtml(title));
  });

  test('the quarterly report lists all its sections', () => {
    const quarterly = reports.find((r) => r.id === 'quarterly')!;
    expect(quarterly.narrativeSections.length).toBeGreaterThanOrEqual(13);
    const start = vi.indexOf('id="vi-report-quarterly"');
    const report = vi.slice(start, vi.indexOf('</section>', start));
    for (const n of quarterly.narrativeSections) expect(report).toContain(`<th scope="row"><code>${n.section}</code></th><td>${escapeHtml(n.title)}</td>`);
  });

  test.each(FIGURE_KEYS.map((f) => [f.key, f.label, f.report]))('SoLieu figure %s: "%s", under its report', (key, label, report) => {
    const start = vi.indexOf(`id="vi-report-${report}"`);
    const section = vi.slice(start, vi.indexOf('</section>', start));
    expect(section).toContain(escapeHtml(label));
    expect(section.replace(/<wbr>/g, '')).toContain(`<code class="key">${key}</code>`);
    expect(en).toContain(escapeHtml(label));
  });

  test.each(ALL_TABLES.flatMap((t) => t.columns.map((c) => [t.name, c.labels[0], c.labels[1]])))('%s: column "%s" (%s)', (_table, vietnamese, english) => {
    for (const half of [vi, en]) {
      expect(half).toContain(escapeHtml(vietnamese));
      expect(half).toContain(escapeHtml(english));
    }
  });

  test.each(Object.values(AGENCY_KEYS).map((labels) => [labels[0], labels[1]]))('ThongTin: "%s" (%s)', (vietnamese, english) => {
    expect(vi).toContain(escapeHtml(vietnamese));
    expect(en).toContain(escapeHtml(english));
  });

  test.each(STATUS_VOCABULARY.flatMap((e) => e.words))('status word "%s"', (word) => {
    const start = vi.indexOf('id="vi-words-status"');
    expect(vi.slice(start, vi.indexOf('</table>', start))).toContain(`<code>${escapeHtml(word)}</code>`);
    expect(en).toContain(`<code>${escapeHtml(word)}</code>`);
  });

  test.each([...CHANNEL_VOCABULARY, ...YES_NO_VOCABULARY].flatMap((e) => e.words))('channel or yes/no word "%s"', (word) => {
    expect(vi).toContain(`<code>${escapeHtml(word)}</code>`);
    expect(en).toContain(`<code>${escapeHtml(word)}</code>`);
  });

  test.each(Object.entries(ISSUE_HELP).map(([id, help]) => [id, help.vi, help.en]))('issue %s: how to fix it, in both languages', (id, helpVi, helpEn) => {
    const entry = (half: string, lang: string) => {
      const start = half.indexOf(`<div class="issue" id="${lang}-issue-${id}">`);
      expect(start).toBeGreaterThan(0);
      return half.slice(start, half.indexOf('</div>', start));
    };
    expect(entry(vi, 'vi')).toContain(escapeHtml(helpVi));
    expect(entry(en, 'en')).toContain(escapeHtml(helpEn));
  });

  test('every period spelling is read as the period it is listed under, and is on the page', () => {
    expect(() => checkPeriodSpellings()).not.toThrow();
    for (const s of PERIOD_SPELLINGS) {
      for (const form of s.forms) {
        expect(periodFromLabel(form)).not.toBeNull();
        expect(vi).toContain(`<code>${escapeHtml(form)}</code>`);
      }
    }
    // The default cut-off and calendar months, from core/periods.ts.
    expect(vi).toContain('<code>2026-Q2</code> <span class="alt">Quý II</span></th><td>15/03/2026 – 14/06/2026</td><td>01/04/2026 – 30/06/2026</td>');
    expect(vi).toContain('<td>15/12/2025 – 14/03/2026</td>');
  });

  test('the files refused, with the readers’ own advice', () => {
    expect(vi).toContain('Hãy mở bằng Excel, bỏ mật khẩu và Lưu thành .xlsx.');
    expect(en).toContain('open it in Excel or LibreOffice and save it as .xlsx.');
  });

  test('support asks for the compatibility check’s text', () => {
    expect(vi).toContain('<b class="ui">Sao chép kết quả</b>');
    expect(en).toContain('<b class="ui">Copy results</b>');
  });
});

/**
 * The "Số liệu và nội dung" form as a state machine (a reducer): what was loaded for which
 * report and period, what the user typed, and what saving sends. No React here.
 *
 * - Figures are typed as text and read as the SoLieu reader reads a value (`1.234` is 1234):
 *   empty = not typed, a whole number from 0 = the value, anything else = a field error, and
 *   the form cannot be saved.
 * - A section's text box holds its paragraphs one a line (NoiDung stores one a row).
 * - A load answers only the request it was made for: a late answer for another report or
 *   period is dropped.
 */
import { parseNumberCell } from '../../core/cells';
import { keyOfPeriod } from '../../core/periodData';
import type { Period } from '../../core/types';
import type { ReportId } from '../../templates';
import { emptyContentCount, type ContentValues, type TypedContent, type TypedFigure } from './contentSheets';

export interface ContentFormState {
  /** The request being loaded or shown (`contentRequestKey`), or null when nothing can be shown. */
  request: string | null;
  phase: 'idle' | 'loading' | 'ready' | 'failed';
  /** As loaded (or as saved last). */
  loaded: TypedContent | null;
  /** What the fields hold, by figure key and by section. */
  figures: Record<string, string>;
  sections: Record<string, string>;
  /** Typed since the last load or save. */
  dirty: boolean;
  /** The last save went through (cleared by the next edit). */
  saved: boolean;
  error: string | null;
}

export type ContentFormAction =
  | { type: 'clear' }
  | { type: 'loading'; request: string }
  | { type: 'loaded'; request: string; content: TypedContent }
  | { type: 'failed'; request: string; message: string }
  | { type: 'figure'; key: string; text: string }
  | { type: 'section'; section: string; text: string }
  | { type: 'saved'; request: string; content: TypedContent };

export const INITIAL_CONTENT_FORM: ContentFormState = {
  request: null,
  phase: 'idle',
  loaded: null,
  figures: {},
  sections: {},
  dirty: false,
  saved: false,
  error: null,
};

/** One request: the workbook's data version, the report and the period (by key and days). */
export function contentRequestKey(version: number, report: ReportId, period: Period): string {
  return `${version}|${report}|${keyOfPeriod(period)}|${period.from}-${period.to}`;
}

/** A figure's field text. */
export const figureText = (value: number | null): string => (value === null ? '' : String(value));

/** A section's text box: its paragraphs one a line. */
export const sectionText = (paragraphs: readonly string[]): string => paragraphs.join('\n');

/** What a figure field holds: empty, a count, or not a count. */
export function readFigureText(text: string): { ok: true; value: number | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parseNumberCell(text);
  if (!parsed.ok || parsed.value === null || !Number.isInteger(parsed.value) || parsed.value < 0) return { ok: false };
  return { ok: true, value: parsed.value };
}

function fieldsOf(content: TypedContent): Pick<ContentFormState, 'figures' | 'sections'> {
  return {
    figures: Object.fromEntries(content.figures.map((f) => [f.key, figureText(f.value)])),
    sections: Object.fromEntries(content.sections.map((s) => [s.section, sectionText(s.paragraphs)])),
  };
}

export function contentFormReducer(state: ContentFormState, action: ContentFormAction): ContentFormState {
  switch (action.type) {
    case 'clear':
      return INITIAL_CONTENT_FORM;
    case 'loading':
      return { ...INITIAL_CONTENT_FORM, request: action.request, phase: 'loading' };
    case 'loaded':
      if (action.request !== state.request) return state;
      return { ...INITIAL_CONTENT_FORM, request: action.request, phase: 'ready', loaded: action.content, ...fieldsOf(action.content) };
    case 'failed':
      if (action.request !== state.request) return state;
      return { ...state, phase: 'failed', error: action.message };
    case 'figure':
      return { ...state, figures: { ...state.figures, [action.key]: action.text }, dirty: true, saved: false };
    case 'section':
      return { ...state, sections: { ...state.sections, [action.section]: action.text }, dirty: true, saved: false };
    case 'saved':
      if (action.request !== state.request) return state;
      return { ...state, loaded: action.content, ...fieldsOf(action.content), dirty: false, saved: true, error: null };
  }
}

/** The figure keys whose field holds no count. */
export function badFigures(state: ContentFormState): string[] {
  return Object.entries(state.figures)
    .filter(([, text]) => !readFigureText(text).ok)
    .map(([key]) => key);
}

/** The form as saved: every figure and section shown; null while a figure field holds no count. */
export function formValues(state: ContentFormState): ContentValues | null {
  if (!state.loaded || badFigures(state).length > 0) return null;
  return {
    figures: state.loaded.figures.map((f) => {
      const read = readFigureText(state.figures[f.key] ?? '');
      return { key: f.key, value: read.ok ? read.value : null };
    }),
    sections: state.loaded.sections.map((s) => ({ section: s.section, paragraphs: (state.sections[s.section] ?? '').split('\n') })),
  };
}

/** The form as the report would print it: what is still empty (optional ones left out), as typed so far. */
export function formGap(state: ContentFormState): { figures: number; sections: number } | null {
  if (!state.loaded) return null;
  return emptyContentCount({
    figures: state.loaded.figures.map((f) => {
      const read = readFigureText(state.figures[f.key] ?? '');
      return { ...f, value: read.ok ? read.value : null };
    }),
    sections: state.loaded.sections.map((s) => ({
      ...s,
      paragraphs: (state.sections[s.section] ?? '').split('\n').filter((line) => line.trim() !== ''),
    })),
  });
}

/**
 * The figures by the section of the report that prints them, in order, each with that section's
 * heading (its note in brackets left out: "không bắt buộc" is said of the text, not the figures);
 * null when the report has no such section to name.
 */
export function figureGroups(content: TypedContent): { section: string; title: string | null; figures: TypedFigure[] }[] {
  const groups: { section: string; title: string | null; figures: TypedFigure[] }[] = [];
  for (const f of content.figures) {
    let group = groups.find((g) => g.section === f.section);
    if (!group) {
      const title = content.sections.find((s) => s.section === f.section)?.title.replace(/\s*\([^)]*\)\s*$/, '') ?? null;
      group = { section: f.section, title, figures: [] };
      groups.push(group);
    }
    group.figures.push(f);
  }
  return groups;
}

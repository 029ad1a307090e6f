import { periodFromLabel } from '../../src/core/periods';
import type { TypedContent } from '../../src/core/typedContent';
import {
  badFigures,
  contentFormReducer,
  contentRequestKey,
  figureGroups,
  formGap,
  formValues,
  INITIAL_CONTENT_FORM,
  readFigureText,
  type ContentFormAction,
  type ContentFormState,
} from '../../src/taskpane/services/contentForm';

// The "Số liệu và nội dung" form as a reducer: load, type, save.

const CONTENT: TypedContent = {
  figures: [
    { key: 'impactAssessedProcedures', label: 'Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo', value: 2, optional: false, section: 'I.1' },
    { key: 'feedbackReceived', label: 'Số phản ánh, kiến nghị…', value: null, optional: false, section: 'I.5' },
    { key: 'dossiersRequiringFee', label: 'Số hồ sơ phải nộp phí', value: null, optional: true, section: 'III.5' },
  ],
  sections: [
    { section: 'I.1', title: 'Đánh giá tác động', paragraphs: ['Đoạn 1.', 'Đoạn 2.'], optional: false },
    { section: 'I.3', title: 'Công bố (không bắt buộc)', paragraphs: [], optional: true },
    { section: 'II', title: 'Đánh giá chung', paragraphs: [], optional: false },
  ],
};

const REQUEST = contentRequestKey(1, 'quarterly', periodFromLabel('2026-Q3')!);
const run = (...actions: ContentFormAction[]): ContentFormState => actions.reduce(contentFormReducer, INITIAL_CONTENT_FORM);
const loaded = (...more: ContentFormAction[]) => run({ type: 'loading', request: REQUEST }, { type: 'loaded', request: REQUEST, content: CONTENT }, ...more);

describe('the figures and text form', () => {
  test('loaded: fields hold the values (paragraphs one a line), nothing typed yet', () => {
    const state = loaded();
    expect(state).toMatchObject({ phase: 'ready', dirty: false, saved: false });
    expect(state.figures).toEqual({ impactAssessedProcedures: '2', feedbackReceived: '', dossiersRequiringFee: '' });
    expect(state.sections).toEqual({ 'I.1': 'Đoạn 1.\nĐoạn 2.', 'I.3': '', II: '' });
    // The optional figure and section are not counted.
    expect(formGap(state)).toEqual({ figures: 1, sections: 1 });
  });

  test('a late answer for another report or period is dropped', () => {
    const state = run({ type: 'loading', request: REQUEST }, { type: 'loaded', request: 'other', content: CONTENT });
    expect(state).toMatchObject({ phase: 'loading', loaded: null });
  });

  test('typing: the count follows; what saving sends', () => {
    const state = loaded({ type: 'figure', key: 'feedbackReceived', text: '1.234' }, { type: 'section', section: 'II', text: '=Đánh giá\n\n- Ý hai' });
    expect(state.dirty).toBe(true);
    expect(formGap(state)).toEqual({ figures: 0, sections: 0 });
    expect(formValues(state)).toEqual({
      figures: [
        { key: 'impactAssessedProcedures', value: 2 },
        { key: 'feedbackReceived', value: 1234 },
        { key: 'dossiersRequiringFee', value: null },
      ],
      sections: [
        { section: 'I.1', paragraphs: ['Đoạn 1.', 'Đoạn 2.'] },
        { section: 'I.3', paragraphs: [''] },
        { section: 'II', paragraphs: ['=Đánh giá', '', '- Ý hai'] },
      ],
    });
  });

  test('a figure that is no count: a field error, nothing to save', () => {
    for (const text of ['-1', '2,5', 'abc']) expect(readFigureText(text)).toEqual({ ok: false });
    expect(readFigureText(' ')).toEqual({ ok: true, value: null });
    const state = loaded({ type: 'figure', key: 'feedbackReceived', text: '2,5' });
    expect(badFigures(state)).toEqual(['feedbackReceived']);
    expect(formValues(state)).toBeNull();
  });

  test('saved: the fields show what was saved, no longer dirty', () => {
    const after: TypedContent = { ...CONTENT, figures: CONTENT.figures.map((f) => ({ ...f, value: 3 })) };
    const state = loaded({ type: 'figure', key: 'feedbackReceived', text: '3' }, { type: 'saved', request: REQUEST, content: after });
    expect(state).toMatchObject({ dirty: false, saved: true });
    expect(state.figures.feedbackReceived).toBe('3');
    expect(contentFormReducer(state, { type: 'figure', key: 'feedbackReceived', text: '4' }).saved).toBe(false);
  });

  test('figures by the section that prints them, headed by its title without its note', () => {
    expect(figureGroups(CONTENT).map((g) => [g.section, g.title, g.figures.map((f) => f.key)])).toEqual([
      ['I.1', 'Đánh giá tác động', ['impactAssessedProcedures']],
      ['I.5', null, ['feedbackReceived']],
      ['III.5', null, ['dossiersRequiringFee']],
    ]);
    const withNote = { ...CONTENT, sections: [{ section: 'I.5', title: 'Tiếp nhận (không bắt buộc)', paragraphs: [], optional: true }] };
    expect(figureGroups(withNote)[1].title).toBe('Tiếp nhận');
  });
});

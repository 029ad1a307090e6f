/**
 * The figures typed in `SoLieu` (impact assessments, reviews, feedback…): domain data, kept in
 * `core/figureKeys.ts` with their Vietnamese labels, which the SoLieu reader matches. Re-exported
 * here for the templates.
 */
import type { ReportKey } from '../core/reportNames';

export { FIGURE_KEYS, figureKeysOf, figureLabel } from '../core/figureKeys';
export type { FigureKey } from '../core/figureKeys';

/** The reports that read typed-in figures. */
export type FigureReport = Extract<ReportKey, 'quarterly' | 'digitisation' | 'score766'>;

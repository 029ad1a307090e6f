/**
 * The Tổng hợp tab's state, as a reducer: the files chosen, then the run (reading, a result or
 * a failure), and what was done with the result (written into the workbook). No React, no
 * service: the panel dispatches, the reducer decides what follows.
 */
import { hasErrors } from '../../core/engine';
import type { ConsolidatedWrite, ConsolidateOutcome, PickedFile, Progress } from '../services/types';

export type ConsolidatePhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: Progress }
  | {
      kind: 'done';
      outcome: ConsolidateOutcome;
      /** The report may be made: no data errors, or the user chose to go past them. */
      accepted: boolean;
      /** Inside Excel, once written: where. */
      written: ConsolidatedWrite | null;
    }
  | { kind: 'failed'; message: string };

export interface ConsolidateState {
  files: PickedFile[];
  phase: ConsolidatePhase;
  /** What the last download or write said (shown under the buttons); null when nothing. */
  notice: string | null;
}

export type ConsolidateAction =
  | { type: 'add'; files: readonly PickedFile[] }
  | { type: 'remove'; index: number }
  | { type: 'clear' }
  /** The period changed: a result of another period no longer applies. */
  | { type: 'reset' }
  | { type: 'start' }
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; outcome: ConsolidateOutcome }
  | { type: 'failed'; message: string }
  | { type: 'accept' }
  | { type: 'written'; result: ConsolidatedWrite }
  | { type: 'notice'; text: string | null };

export const INITIAL_CONSOLIDATE_STATE: ConsolidateState = { files: [], phase: { kind: 'idle' }, notice: null };

/** The same file picked twice (same name, size and, for a File, date) is listed once. */
function sameFile(a: PickedFile, b: PickedFile): boolean {
  const modified = (f: PickedFile) => (f.file as Partial<File>).lastModified;
  return a.name === b.name && a.file.size === b.file.size && modified(a) === modified(b);
}

export function consolidateReducer(state: ConsolidateState, action: ConsolidateAction): ConsolidateState {
  const idle: ConsolidatePhase = { kind: 'idle' };
  switch (action.type) {
    case 'add': {
      const added = action.files.filter((f, i) => !state.files.some((g) => sameFile(f, g)) && action.files.findIndex((g) => sameFile(f, g)) === i);
      if (added.length === 0 || state.phase.kind === 'running') return state;
      return { files: [...state.files, ...added], phase: idle, notice: null };
    }
    case 'remove':
      if (state.phase.kind === 'running') return state;
      return { files: state.files.filter((_f, i) => i !== action.index), phase: idle, notice: null };
    case 'clear':
      if (state.phase.kind === 'running') return state;
      return { files: [], phase: idle, notice: null };
    case 'reset':
      return state.phase.kind === 'running' || state.phase.kind === 'idle' ? state : { ...state, phase: idle, notice: null };
    case 'start':
      return { ...state, phase: { kind: 'running', progress: { stage: 'reading', fraction: 0 } }, notice: null };
    case 'progress':
      return state.phase.kind === 'running' ? { ...state, phase: { kind: 'running', progress: action.progress } } : state;
    case 'done':
      return { ...state, phase: { kind: 'done', outcome: action.outcome, accepted: !hasErrors(action.outcome.consolidation.issues), written: null } };
    case 'failed':
      return { ...state, phase: { kind: 'failed', message: action.message } };
    case 'accept':
      return state.phase.kind === 'done' ? { ...state, phase: { ...state.phase, accepted: true } } : state;
    case 'written':
      return state.phase.kind === 'done' ? { ...state, phase: { ...state.phase, written: action.result } } : state;
    case 'notice':
      return { ...state, notice: action.text };
  }
}

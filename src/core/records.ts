import type { Dossier, Procedure } from './types';

/** The 2026 attributes of a procedure when its catalogue does not say: unknown. */
export const UNKNOWN_PROCEDURE_2026: Pick<Procedure, 'level' | 'eligibleFullOnline' | 'paperResult' | 'hasFee'> = {
  level: null,
  eligibleFullOnline: null,
  paperResult: null,
  hasFee: null,
};

/** The 2026 attributes of a dossier when its log does not say: unknown. */
export const UNKNOWN_DOSSIER_2026: Pick<
  Dossier,
  | 'supplementRequests'
  | 'supplementRequested'
  | 'supplementCompleted'
  | 'onlineServiceType'
  | 'hasFee'
  | 'syncedToNationalPortal'
  | 'apologyLetter'
  | 'overdueCause'
  | 'extendedDue'
> = {
  supplementRequests: null,
  supplementRequested: null,
  supplementCompleted: null,
  onlineServiceType: null,
  hasFee: null,
  syncedToNationalPortal: null,
  apologyLetter: null,
  overdueCause: '',
  extendedDue: null,
};

/**
 * Consolidating a list of files, read one at a time through the caller's reader (a file on disk
 * for the CLI, a picked file in the browser): each file is reduced to its units' figures before
 * the next is read, the `DonVi` mappings and the consolidating office's `ThongTin` are gathered,
 * and the units consolidated. No I/O here: `read` does it.
 */

import { consolidate, SHOWN_IDS, type Consolidation, type UnitSource } from './consolidation';
import { DossierIdRegistry } from './dossierIds';
import { EMPTY_AGENCY, type ParseOptions } from './inputs';
import type { AgencyInfo, Issue, Period, RawTable } from './types';
import { unitSourcesOf } from './unitSources';
import { NO_MAPPING, type UnitMapping } from './units';

export interface ConsolidatedFiles {
  consolidation: Consolidation;
  /** The consolidating office's details: the first file with only `ThongTin`, else blank. */
  info: AgencyInfo;
  /** The files' names, in the order read. */
  files: string[];
}

/** Reads `names` in order with `read` and consolidates their units for `period`. */
export async function consolidateFiles(
  names: readonly string[],
  read: (name: string) => Promise<readonly RawTable[]>,
  period: Period,
  options: ParseOptions = {},
): Promise<ConsolidatedFiles> {
  const sources: UnitSource[] = [];
  const issues: Issue[] = [];
  let mapping: UnitMapping | null = null;
  let info: AgencyInfo | null = null;
  // The IDs of each log are registered as its file is read and let go with it.
  const ids = new DossierIdRegistry(SHOWN_IDS);
  for (const name of names) {
    const found = unitSourcesOf(name, await read(name), period, options);
    for (const { dossierIds, ...source } of found.sources) {
      if (dossierIds) ids.add(sources.length, dossierIds);
      sources.push(source);
    }
    issues.push(...found.issues);
    if (found.mapping) mapping = mapping ? { entries: [...mapping.entries, ...found.mapping.entries] } : found.mapping;
    info ??= found.info;
  }
  const consolidation = consolidate(sources, period, mapping ?? NO_MAPPING, options.language, ids);
  return {
    consolidation: { ...consolidation, issues: [...issues, ...consolidation.issues] },
    info: info ?? { ...EMPTY_AGENCY, recipients: [] },
    files: [...names],
  };
}

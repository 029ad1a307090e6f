/**
 * The task pane's tabs, in display order. To add a tab: write a panel component taking
 * `TabPanelProps`, add its label to strings.ts (both languages), and list it here.
 */
import { ContentPanel } from './ContentPanel';
import { ConsolidatePanel } from './ConsolidatePanel';
import { DataPanel } from './DataPanel';
import { DeadlinePanel } from './DeadlinePanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { ReportPanel } from './ReportPanel';
import type { TabDefinition } from './types';

export type { TabDefinition, TabPanelProps } from './types';

export const TABS: readonly TabDefinition[] = [
  { id: 'report', label: (s) => s.tabs.report, Panel: ReportPanel },
  { id: 'data', label: (s) => s.tabs.data, Panel: DataPanel },
  { id: 'indicators', label: (s) => s.tabs.indicators, Panel: IndicatorsPanel },
  { id: 'content', label: (s) => s.tabs.content, Panel: ContentPanel },
  { id: 'deadlines', label: (s) => s.tabs.deadlines, Panel: DeadlinePanel },
  { id: 'consolidate', label: (s) => s.tabs.consolidate, Panel: ConsolidatePanel },
];

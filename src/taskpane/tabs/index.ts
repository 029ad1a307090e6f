/**
 * The task pane's tabs, in display order. To add a tab: write a panel component taking
 * `TabPanelProps`, add its label to strings.ts (both languages), and list it here.
 */
import { DataPanel } from './DataPanel';
import { IndicatorsPanel } from './IndicatorsPanel';
import { ReportPanel } from './ReportPanel';
import type { TabDefinition } from './types';

export type { TabDefinition, TabPanelProps } from './types';

export const TABS: readonly TabDefinition[] = [
  { id: 'report', label: (s) => s.tabs.report, Panel: ReportPanel },
  { id: 'data', label: (s) => s.tabs.data, Panel: DataPanel },
  { id: 'indicators', label: (s) => s.tabs.indicators, Panel: IndicatorsPanel },
];

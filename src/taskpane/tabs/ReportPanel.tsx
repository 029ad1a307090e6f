import { useI18n } from '../i18n';
import { PanelPlaceholder } from './PanelPlaceholder';
import type { TabPanelProps } from './types';

/** "Báo cáo": choose a report and a period, generate the sheet. */
export function ReportPanel(_props: TabPanelProps): JSX.Element {
  const { strings } = useI18n();
  return <PanelPlaceholder text={strings.panels.report} />;
}

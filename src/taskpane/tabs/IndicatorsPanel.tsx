import { useI18n } from '../i18n';
import { PanelPlaceholder } from './PanelPlaceholder';
import type { TabPanelProps } from './types';

/** "Chỉ số": the indicators of the chosen period. */
export function IndicatorsPanel(_props: TabPanelProps): JSX.Element {
  const { strings } = useI18n();
  return <PanelPlaceholder text={strings.panels.indicators} />;
}

import { useI18n } from '../i18n';
import { PanelPlaceholder } from './PanelPlaceholder';
import type { TabPanelProps } from './types';

/** "Dữ liệu": the input tables found and the data problems in them. */
export function DataPanel(_props: TabPanelProps): JSX.Element {
  const { strings } = useI18n();
  return <PanelPlaceholder text={strings.panels.data} />;
}

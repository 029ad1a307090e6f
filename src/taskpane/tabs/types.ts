import type { ComponentType } from 'react';
import type { OfficeEnvironment } from '../office';
import type { Strings } from '../strings';

/** What every tab panel receives from the shell. Extend here when panels need more. */
export interface TabPanelProps {
  environment: OfficeEnvironment;
  /** The panel is the selected tab (panels stay mounted, hidden, to keep their state). */
  active: boolean;
}

/** One tab of the task pane: its id, its label, and the component shown when selected. */
export interface TabDefinition {
  id: string;
  label: (strings: Strings) => string;
  Panel: ComponentType<TabPanelProps>;
}

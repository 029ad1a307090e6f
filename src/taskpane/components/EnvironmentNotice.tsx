import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { OfficeEnvironment } from '../office';

/** Tells the user where the pane runs: nothing inside Excel, a notice in preview mode. */
export function EnvironmentNotice(props: { environment: OfficeEnvironment }): JSX.Element | null {
  const { strings } = useI18n();
  switch (props.environment.kind) {
    case 'loading':
      return <Spinner size="tiny" labelPosition="after" label={strings.officeLoading} />;
    case 'outside':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="preview-mode">
          <MessageBarBody>{strings.previewMode}</MessageBarBody>
        </MessageBar>
      );
    case 'office':
      return null;
  }
}

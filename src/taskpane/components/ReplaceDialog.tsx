import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n';

/** Asks whether a report sheet that already exists is replaced, or the new one written beside it. */
export function ReplaceDialog(props: { sheetName: string | null; onAnswer: (replace: boolean) => void }): JSX.Element {
  const { strings } = useI18n();
  return (
    <Dialog open={props.sheetName !== null} modalType="alert" onOpenChange={(_e, data) => !data.open && props.onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.report.replaceTitle}</DialogTitle>
          <DialogContent>{props.sheetName ? strings.report.replaceBody(props.sheetName) : null}</DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              {strings.report.replace}
            </Button>
            <Button onClick={() => props.onAnswer(false)}>{strings.report.keepBoth}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

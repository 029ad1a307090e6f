import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AgencyInfo } from '../../core/types';
import { useI18n } from '../i18n';
import { INFO_KEYS } from '../services/infoSheet';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface AgencyInfoFormProps {
  info: AgencyInfo;
  onChange: (info: AgencyInfo) => void;
  onSave: () => void;
  saving: boolean;
  /** A note under the fields (saved, missing sheet, error). */
  status?: { intent: 'success' | 'info' | 'error'; text: string } | null;
  disabled?: boolean;
}

/**
 * The agency details printed on the report (ThongTin), collapsed until wanted. The panel is
 * rendered here rather than with AccordionPanel, whose closing animation passes `inert={true}`,
 * which React 18 rejects with a console error.
 */
export function AgencyInfoForm(props: AgencyInfoFormProps): JSX.Element {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { strings } = useI18n();
  const labels = strings.report.agencyFields;
  const set = (key: keyof AgencyInfo, text: string): void => {
    const value = key === 'recipients' ? text.split('\n') : text;
    props.onChange({ ...props.info, [key]: value });
  };
  return (
    <Accordion collapsible openItems={open ? ['agency'] : []} onToggle={(_e, data) => setOpen(data.openItems.includes('agency'))}>
      <AccordionItem value="agency">
        <AccordionHeader>{strings.report.agencyTitle}</AccordionHeader>
        {open && (
          <div className={styles.panel} role="group" aria-label={strings.report.agencyTitle}>
            {INFO_KEYS.map((key) =>
              key === 'recipients' ? (
                <Field key={key} label={labels[key]} hint={strings.report.recipientsHint}>
                  <Textarea resize="vertical" rows={3} value={props.info.recipients.join('\n')} onChange={(_e, d) => set(key, d.value)} />
                </Field>
              ) : (
                <Field key={key} label={labels[key]}>
                  <Input value={props.info[key] ?? ''} onChange={(_e, d) => set(key, d.value)} />
                </Field>
              ),
            )}
            <div className={styles.actions}>
              <Button onClick={props.onSave} disabled={props.saving || props.disabled}>
                {strings.report.saveInfo}
              </Button>
              {props.saving && <Spinner size="tiny" labelPosition="after" label={strings.report.savingInfo} />}
            </div>
            {props.status && (
              <MessageBar intent={props.status.intent} layout="multiline">
                <MessageBarBody>{props.status.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        )}
      </AccordionItem>
    </Accordion>
  );
}

import {
  Badge,
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useReducer, useRef } from 'react';
import { describePeriod } from '../../core/periods';
import { reports, type ReportId } from '../../templates';
import { Section } from '../components/Section';
import { useAction } from '../hooks';
import { useI18n } from '../i18n';
import { errorText, usePane } from '../pane';
import {
  badFigures,
  contentFormReducer,
  contentRequestKey,
  figureGroups,
  formGap,
  formValues,
  INITIAL_CONTENT_FORM,
} from '../services/contentForm';
import { CONTENT_REPORTS, hasTypedContent } from '../services/contentSheets';
import { checkPeriod, periodDates } from '../services/periodInput';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    // Full width in a task pane; a readable column in a wide browser window (preview).
    maxWidth: '720px',
  },
  head: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  dropdown: {
    minWidth: 0,
    width: '100%',
    maxWidth: '560px',
  },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  label: {
    overflowWrap: 'anywhere',
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
  },
  groupTitle: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  // One column in a task pane; two in a wide window, inputs on one line per row.
  figureGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(280px, 100%), 1fr))',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalM,
  },
  figure: {
    minWidth: 0,
  },
  badge: {
    marginLeft: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  number: {
    width: '10em',
    maxWidth: '100%',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/**
 * "Số liệu và nội dung": for the report and period chosen on the Report tab, every typed-in
 * figure (SoLieu) and every narrative section (NoiDung), to fill in and save. The form is a
 * reducer (services/contentForm.ts); reading and writing the sheets is the service's.
 *
 * Loaded when the tab is shown and the workbook, report or period changed since; shown again
 * with unsaved edits, it keeps them.
 */
export function ContentPanel(props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const t = strings.content;
  const { service, hasWorkbook, version, period, report, setReport } = usePane();
  const [state, dispatch] = useReducer(contentFormReducer, INITIAL_CONTENT_FORM);
  const check = checkPeriod(period.text, period.calendar);
  const hasContent = hasTypedContent(report);
  const request = service && hasWorkbook && check.ok && hasContent ? contentRequestKey(version, report, check.period) : null;
  const shown = useRef<{ request: string | null; dirty: boolean }>({ request: null, dirty: false });
  shown.current = { request: state.request, dirty: state.dirty };

  useEffect(() => {
    if (!props.active) return;
    if (!request || !service || !check.ok) {
      dispatch({ type: 'clear' });
      return;
    }
    // Back on the tab with unsaved edits of this report and period: keep them.
    if (shown.current.request === request && shown.current.dirty) return;
    dispatch({ type: 'loading', request });
    service.loadContent(report, check.period).then(
      (content) => dispatch({ type: 'loaded', request, content }),
      (e) => dispatch({ type: 'failed', request, message: errorText(e) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `request` names the report, period and data version the load is for
  }, [props.active, request, service]);

  const save = useAction(async () => {
    const values = formValues(state);
    if (!service || !check.ok || !values || !state.request) return;
    const requested = state.request;
    await service.saveContent(report, check.period, values);
    dispatch({ type: 'saved', request: requested, content: await service.loadContent(report, check.period) });
  });

  const gap = formGap(state);
  const bad = badFigures(state);
  const current = reports.find((r) => r.id === report);
  const loaded = state.phase === 'ready' || state.phase === 'failed' ? state.loaded : null;

  return (
    <div className={styles.panel}>
      <div className={styles.head}>
        <Body1 className={styles.note}>{t.intro}</Body1>
        <Field label={t.report}>
          <Dropdown
            className={styles.dropdown}
            value={hasContent && current ? current.title(language) : ''}
            selectedOptions={hasContent ? [report] : []}
            onOptionSelect={(_e, data) => data.optionValue && setReport(data.optionValue as ReportId)}
            data-testid="content-report"
          >
            {CONTENT_REPORTS.map((id) => (
              <Option key={id} value={id}>
                {reports.find((r) => r.id === id)!.title(language)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {!hasContent && current && <Body1 className={styles.note}>{t.noContent(current.title(language))}</Body1>}
        {check.ok ? (
          <Body1 className={styles.note} data-testid="content-period">
            {t.period(describePeriod(check.period), periodDates(check.period).from, periodDates(check.period).to)}
          </Body1>
        ) : (
          <Body1 className={styles.note}>{t.needPeriod}</Body1>
        )}
        {!hasWorkbook && service?.mode === 'preview' && <Body1 className={styles.note}>{strings.noWorkbook}</Body1>}
        {state.phase === 'loading' && <Spinner size="tiny" labelPosition="after" label={t.loading} />}
        {gap && (
          <Body1 data-testid="content-count">
            <strong>{gap.figures + gap.sections === 0 ? t.complete : t.remaining(gap.figures, gap.sections)}</strong>
          </Body1>
        )}
      </div>

      {state.phase === 'failed' && state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}

      {loaded && loaded.figures.length > 0 && (
        <Section title={t.figuresTitle} testId="content-figures">
          <Body1 className={styles.note}>{t.figuresHint}</Body1>
          {figureGroups(loaded).map((group) => (
            <div key={group.section} className={styles.group} role="group" aria-label={group.title ? `${group.section}. ${group.title}` : t.figureGroup(group.section)}>
              <Text as="h3" weight="semibold" className={styles.groupTitle}>
                {group.title ? `${group.section}. ${group.title}` : t.figureGroup(group.section)}
              </Text>
              <div className={styles.figureGrid}>
                {group.figures.map((f) => {
                  const text = state.figures[f.key] ?? '';
                  const wrong = bad.includes(f.key);
                  return (
                    <Field
                      key={f.key}
                      className={styles.figure}
                      label={{
                        className: styles.label,
                        children: (
                          <>
                            {f.label}
                            {text.trim() === '' && (
                              <Badge className={styles.badge} size="small" appearance={f.optional ? 'outline' : 'tint'} color={f.optional ? 'informative' : 'warning'}>
                                {f.optional ? t.optional : t.empty}
                              </Badge>
                            )}
                          </>
                        ),
                      }}
                      hint={f.note}
                      validationState={wrong ? 'error' : 'none'}
                      validationMessage={wrong ? t.badNumber : undefined}
                    >
                      <Input
                        className={styles.number}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        step={1}
                        value={text}
                        onChange={(_e, d) => dispatch({ type: 'figure', key: f.key, text: d.value })}
                        data-testid={`content-figure-${f.key}`}
                      />
                    </Field>
                  );
                })}
              </div>
            </div>
          ))}
        </Section>
      )}

      {loaded && loaded.sections.length > 0 && (
        <Section title={t.sectionsTitle} testId="content-sections">
          <Body1 className={styles.note}>{t.sectionsHint}</Body1>
          <div className={styles.fields}>
            {loaded.sections.map((s) => {
              const text = state.sections[s.section] ?? '';
              return (
                <Field
                  key={s.section}
                  label={{
                    className: styles.label,
                    children: (
                      <>
                        {`${s.section}. ${s.title}`}
                        {text.trim() === '' && !s.optional && (
                          <Badge className={styles.badge} size="small" appearance="tint" color="warning">
                            {t.empty}
                          </Badge>
                        )}
                      </>
                    ),
                  }}
                >
                  <Textarea
                    resize="vertical"
                    rows={text.split('\n').length > 2 ? 6 : 3}
                    value={text}
                    onChange={(_e, d) => dispatch({ type: 'section', section: s.section, text: d.value })}
                    data-testid={`content-section-${s.section}`}
                  />
                </Field>
              );
            })}
          </div>
        </Section>
      )}

      {loaded && (
        <div className={styles.head}>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={save.busy || bad.length > 0 || !state.dirty} onClick={() => void save.run()} data-testid="content-save">
              {t.save}
            </Button>
            {save.busy && <Spinner size="tiny" labelPosition="after" label={t.saving} />}
          </div>
          {bad.length > 0 && <Body1 className={styles.note}>{t.fixFirst(bad.length)}</Body1>}
          {state.saved && !save.busy && (
            <MessageBar intent="success" layout="multiline" data-testid="content-saved">
              <MessageBarBody>{service?.mode === 'office' ? t.saved : t.savedPreview}</MessageBarBody>
            </MessageBar>
          )}
          {save.error && (
            <MessageBar intent="error" layout="multiline" data-testid="content-save-error">
              <MessageBarBody>{save.error}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </div>
  );
}

import {
  Badge,
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { formatDay } from '../../core/days';
import type { DayNumber } from '../../core/types';
import { useAction, useSelectIssue } from '../hooks';
import { useI18n } from '../i18n';
import { usePane } from '../pane';
import {
  asOfFromInput,
  DEADLINE_GROUPS,
  deadlineReducer,
  daysLeftText,
  dossierLocation,
  initialDeadlineState,
  inputOfDay,
  type DeadlineEntry,
  type DeadlineGroup,
} from '../services/deadlineWatch';
import { formatCount } from '../services/format';
import { todayDay } from '../services/periodInput';
import type { TabPanelProps } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  asOf: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  dateField: {
    flexGrow: 1,
    flexBasis: '160px',
    maxWidth: '240px',
    minWidth: 0,
  },
  buttons: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
  },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(88px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
  },
  tileOverdue: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  tileDueSoon: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  tileDueLater: { borderLeftColor: tokens.colorBrandStroke1 },
  tileValue: {
    margin: 0,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  // Narrow pane: ID and days on one line, the procedure and dates under them. Wide: one row per
  // dossier, in columns.
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gridTemplateAreas: '"id left" "procedure procedure" "dates dates"',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
    '@media (min-width: 640px)': {
      gridTemplateColumns: '7.5rem minmax(0, 1fr) 12rem 7.5rem',
      gridTemplateAreas: '"id procedure dates left"',
    },
  },
  id: {
    gridArea: 'id',
    overflowWrap: 'anywhere',
    justifySelf: 'start',
    textAlign: 'left',
  },
  procedure: {
    gridArea: 'procedure',
    overflowWrap: 'anywhere',
  },
  // The due date first, then receipt and extension: on one line when they fit, each whole.
  dates: {
    gridArea: 'dates',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
  date: {
    whiteSpace: 'nowrap',
  },
  due: {
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1,
  },
  left: {
    gridArea: 'left',
    justifySelf: 'end',
  },
});

const BADGE: Record<DeadlineGroup, BadgeProps['color']> = { overdue: 'danger', dueSoon: 'warning', dueLater: 'brand' };

/**
 * "Theo dõi hạn": on a day (today by default), the dossiers still being processed that are
 * overdue or due within 1 and within 3 working days (core/deadlines.ts), with counts; inside
 * Excel, a dossier's ID selects its row of the log.
 */
export function DeadlinePanel(props: TabPanelProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const { service, hasWorkbook, version } = usePane();
  const t = strings.deadlines;
  const [state, dispatch] = useReducer(deadlineReducer, todayDay(), initialDeadlineState);
  const asOf = asOfFromInput(state.asOfText);
  const key = `${version}|${asOf}|${language}`;
  const lastKey = useRef<string | null>(null);

  const compute = useAction(async () => {
    if (!service || asOf === null) return;
    const result = await service.deadlines(asOf, language);
    dispatch({ type: 'computed', key, result });
  });

  const runCompute = compute.run;
  // Computed when the tab is shown and the workbook, the day or the language changed since.
  useEffect(() => {
    if (!props.active || !hasWorkbook || asOf === null || lastKey.current === key) return;
    lastKey.current = key;
    void runCompute();
  }, [props.active, hasWorkbook, asOf, key, runCompute]);

  const setNotice = useCallback((text: string | null) => dispatch({ type: 'notice', text }), []);
  const selectIssue = useSelectIssue(service, setNotice);
  const shown = state.shown && state.shown.key === key ? state.shown : null;
  const listed = shown ? DEADLINE_GROUPS.reduce((n, g) => n + shown.watch[g].length, 0) : 0;

  const item = (group: DeadlineGroup, entry: DeadlineEntry, day: DayNumber): JSX.Element => {
    const location = dossierLocation(entry);
    const notes = [entry.extendedFrom !== null ? t.extended(formatDay(entry.extendedFrom)) : null, t.received(formatDay(entry.received))];
    return (
      <li key={`${entry.row}|${entry.id}`} className={styles.item} data-testid="deadline-item" data-id={entry.id} data-days-left={entry.daysLeft}>
        {selectIssue && location ? (
          <Link as="button" className={styles.id} onClick={() => selectIssue(location)} title={t.goTo(location.sheet, entry.row)}>
            {entry.id}
          </Link>
        ) : (
          <Text weight="semibold" className={styles.id}>
            {entry.id}
          </Text>
        )}
        <Body1 className={styles.procedure}>{entry.procedureName}</Body1>
        <Caption1 className={styles.dates} data-testid="deadline-dates">
          <Caption1Strong className={styles.due}>{t.dueOn(formatDay(entry.due))}</Caption1Strong>
          {notes.map((note) =>
            note ? (
              <span key={note} className={styles.date}>
                {note}
              </span>
            ) : null,
          )}
        </Caption1>
        <Badge className={styles.left} appearance="tint" color={BADGE[group]} data-testid="deadline-days">
          {daysLeftText(entry, day, t)}
        </Badge>
      </li>
    );
  };

  const tileClass: Record<DeadlineGroup, string> = { overdue: styles.tileOverdue, dueSoon: styles.tileDueSoon, dueLater: styles.tileDueLater };

  return (
    <div className={styles.panel}>
      <Body1 className={styles.note}>{t.intro}</Body1>
      <div className={styles.asOf}>
        <div className={styles.controls}>
          <Field
            className={styles.dateField}
            label={t.asOf}
            validationState={asOf === null ? 'error' : 'none'}
            validationMessage={asOf === null ? t.asOfInvalid : undefined}
          >
            <Input type="date" value={state.asOfText} onChange={(_e, data) => dispatch({ type: 'date', text: data.value })} data-testid="deadline-date" />
          </Field>
          <div className={styles.buttons}>
            <Button size="medium" onClick={() => dispatch({ type: 'date', text: inputOfDay(todayDay()) })}>
              {t.today}
            </Button>
            <Button size="medium" disabled={!hasWorkbook || asOf === null || compute.busy} onClick={() => void compute.run()}>
              {t.refresh}
            </Button>
          </div>
        </div>
        <Caption1 className={styles.note}>{t.asOfHint}</Caption1>
      </div>
      {!hasWorkbook && <Body1>{strings.noWorkbook}</Body1>}
      {compute.busy && <Spinner size="tiny" labelPosition="after" label={t.computing} />}
      {compute.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{compute.error}</MessageBarBody>
        </MessageBar>
      )}
      {shown && (
        <>
          {shown.errors > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.withErrors(shown.errors)}</MessageBarBody>
            </MessageBar>
          )}
          <Body1 data-testid="deadline-summary">{t.summary(formatDay(shown.asOf), formatCount(shown.watch.open, language))}</Body1>
          <dl className={styles.counts} aria-label={t.countsLabel}>
            {DEADLINE_GROUPS.map((g) => (
              <div key={g} className={`${styles.tile} ${tileClass[g]}`} data-testid={`deadline-count-${g}`}>
                <dt>
                  <Caption1 className={styles.note}>{t.tiles[g]}</Caption1>
                </dt>
                <dd className={styles.tileValue}>
                  <Title3>{formatCount(shown.watch[g].length, language)}</Title3>
                </dd>
              </div>
            ))}
          </dl>
          {listed === 0 ? (
            <MessageBar intent="success" layout="multiline" data-testid="deadline-empty">
              <MessageBarBody>{t.nothingDue}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {selectIssue && <Caption1 className={styles.note}>{t.selectHint}</Caption1>}
              {state.notice && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{state.notice}</MessageBarBody>
                </MessageBar>
              )}
              {DEADLINE_GROUPS.map((g) => (
                <section key={g} className={styles.group} data-testid={`deadline-group-${g}`}>
                  <Subtitle2 as="h2" className={styles.heading}>
                    {`${t.groups[g]} (${formatCount(shown.watch[g].length, language)})`}
                  </Subtitle2>
                  <Caption1 className={styles.note}>{t.groupHints[g]}</Caption1>
                  {shown.watch[g].length === 0 ? (
                    <Body1 className={styles.note}>{t.emptyGroup}</Body1>
                  ) : (
                    <ul className={styles.list} aria-label={t.groups[g]}>
                      {shown.watch[g].map((entry) => item(g, entry, shown.asOf))}
                    </ul>
                  )}
                </section>
              ))}
            </>
          )}
        </>
      )}
    </div>
  );
}

/**
 * "Kiểm tra tương thích" (Data tab, inside Excel only): a button that runs the compatibility
 * self-test (services/selfTest.ts), Excel's version and platform, one line per capability with
 * its status badge, a live region announcing progress and the result, and "Sao chép kết quả",
 * which copies the plain-text form (or, where the clipboard is refused, shows it selected in a
 * read-only box). The work and the state machine are in the service; this only renders them.
 */
import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import {
  displayLines,
  INITIAL_SELF_TEST,
  lineDetail,
  runSelfTest,
  selfTestReducer,
  selfTestText,
  tally,
  type LineStatus,
  type SelfTestOptions,
  type SelfTestState,
} from '../services/selfTest';
import { Section } from './Section';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  action: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  status: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '20px',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  badge: {
    flexShrink: 0,
    marginTop: '1px',
  },
  text: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  detail: {
    color: tokens.colorNeutralForeground2,
  },
  without: {
    color: tokens.colorNeutralForeground1,
  },
  textarea: {
    fontFamily: tokens.fontFamilyMonospace,
  },
});

const BADGES: Record<LineStatus, { color: BadgeProps['color']; appearance: BadgeProps['appearance'] }> = {
  pass: { color: 'success', appearance: 'tint' },
  fail: { color: 'danger', appearance: 'filled' },
  unsupported: { color: 'warning', appearance: 'tint' },
  pending: { color: 'informative', appearance: 'outline' },
};

export type CopyState = 'idle' | 'copied' | 'manual';

export interface SelfTestViewProps {
  state: SelfTestState;
  copy: CopyState;
  onRun: () => void;
  onCopy: () => void;
}

/** The self-test as it stands: what `state` says, nothing computed here beyond wording. */
export function SelfTestView(props: SelfTestViewProps): JSX.Element {
  const styles = useStyles();
  const { strings } = useI18n();
  const s = strings.selfTest;
  const { state } = props;
  const running = state.phase === 'running';
  const counts = tally(state.lines);
  const announced = running ? s.running : state.phase === 'done' ? s.finished(counts.pass, counts.fail, counts.unsupported) : '';
  const text = state.report ? selfTestText(state.report, s) : '';
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (props.copy !== 'manual' || !textRef.current) return;
    textRef.current.focus();
    textRef.current.select();
  }, [props.copy]);

  return (
    <Section title={s.title} testId="self-test">
      <Caption1 className={styles.hint}>{s.intro}</Caption1>
      <div className={styles.action}>
        <Button disabled={running} onClick={props.onRun} data-testid="self-test-run">
          {state.phase === 'done' ? s.runAgain : s.run}
        </Button>
        {running && <Spinner size="extra-tiny" aria-hidden="true" />}
      </div>
      {state.host && (
        <Body1 data-testid="self-test-host">{s.hostLine(state.host.version ?? s.unknown, state.host.platform ?? s.unknown, state.host.host ?? s.unknown)}</Body1>
      )}
      {/* Always in the page, so screen readers hear the change from "" to "Đang kiểm tra…" to the result. */}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.status} data-testid="self-test-status">
        {announced}
      </div>
      {state.crash && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.crashed(state.crash)}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase !== 'idle' && (
        <ul className={styles.list} aria-label={s.listLabel}>
          {displayLines(state).map(({ id, status, line }) => {
            const detail = line ? lineDetail(line, s) : '';
            return (
              <li key={id} className={styles.item} data-testid="self-test-line" data-check={id} data-status={status}>
                <Badge className={styles.badge} color={BADGES[status].color} appearance={BADGES[status].appearance} shape="rounded">
                  {s.status[status]}
                </Badge>
                <div className={styles.text}>
                  <Body1>{s.checks[id].label}</Body1>
                  {detail && <Caption1 className={styles.detail}>{detail}</Caption1>}
                  {line && line.status !== 'pass' && <Caption1 className={styles.without}>{s.checks[id].without}</Caption1>}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {state.phase === 'done' && state.report && (
        <div className={styles.action}>
          <Button appearance="primary" onClick={props.onCopy} data-testid="self-test-copy">
            {s.copy}
          </Button>
          {props.copy === 'copied' && <Caption1 role="status">{s.copied}</Caption1>}
        </div>
      )}
      {props.copy === 'manual' && text && (
        <Field label={s.textLabel} hint={s.copyManual}>
          <Textarea className={styles.textarea} readOnly value={text} rows={12} resize="vertical" textarea={{ ref: textRef }} data-testid="self-test-text" />
        </Field>
      )}
    </Section>
  );
}

/** The self-test with its state: runs it on the button, copies its text on the other. */
export function SelfTestPanel(props: { options?: SelfTestOptions }): JSX.Element {
  const { strings } = useI18n();
  const [state, dispatch] = useReducer(selfTestReducer, INITIAL_SELF_TEST);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onRun = (): void => {
    setCopy('idle');
    runSelfTest(props.options, dispatch).catch((error: unknown) => dispatch({ type: 'crash', message: error instanceof Error ? error.message : String(error) }));
  };

  const onCopy = (): void => {
    if (!state.report) return;
    const text = selfTestText(state.report, strings.selfTest);
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) {
      setCopy('manual');
      return;
    }
    // Office's webviews and some browsers refuse the clipboard: the text is then shown to copy by hand.
    clipboard.writeText(text).then(
      () => setCopy('copied'),
      () => setCopy('manual'),
    );
  };

  return <SelfTestView state={state} copy={copy} onRun={onRun} onCopy={onCopy} />;
}

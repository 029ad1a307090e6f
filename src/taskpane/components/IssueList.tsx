import { Badge, Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/types';
import { useI18n } from '../i18n';
import { sortIssues } from '../services/issues';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  where: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  message: {
    overflowWrap: 'anywhere',
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
});

/** How many issues are shown; the rest are counted ("… and 120 more"). */
export const MAX_SHOWN_ISSUES = 100;

export interface IssueListProps {
  issues: readonly Issue[];
  /** Inside Excel: select the issue's cell. Absent in preview (the location is plain text). */
  onSelect?: (issue: Issue) => void;
  label?: string;
}

/** Data problems, each with its sheet, row and column, and the message. */
export function IssueList(props: IssueListProps): JSX.Element {
  const styles = useStyles();
  const { strings } = useI18n();
  const t = strings.issues;
  if (props.issues.length === 0) return <Body1>{t.none}</Body1>;
  const sorted = sortIssues(props.issues);
  const shown = sorted.slice(0, MAX_SHOWN_ISSUES);
  const location = (issue: Issue): string =>
    [issue.sheet, issue.row !== null ? t.row(issue.row) : null, issue.column ? t.column(issue.column) : null, issue.row === null && !issue.column ? t.wholeSheet : null]
      .filter(Boolean)
      .join(', ');
  return (
    <div>
      {props.onSelect && <Caption1 className={styles.note}>{t.selectHint}</Caption1>}
      <ul className={styles.list} aria-label={props.label ?? t.listLabel} data-testid="issue-list">
        {shown.map((issue, i) => (
          <li key={i} className={styles.item} data-testid="issue">
            <div className={styles.where}>
              <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'} size="large">
                {issue.severity === 'error' ? t.error : t.warning}
              </Badge>
              {props.onSelect ? (
                <Link as="button" onClick={() => props.onSelect?.(issue)} data-testid="issue-location">
                  {location(issue)}
                </Link>
              ) : (
                <Caption1 data-testid="issue-location">{location(issue)}</Caption1>
              )}
            </div>
            <Body1 className={styles.message}>{issue.message}</Body1>
          </li>
        ))}
      </ul>
      {sorted.length > shown.length && <Caption1 className={styles.note}>{t.more(sorted.length - shown.length)}</Caption1>}
    </div>
  );
}

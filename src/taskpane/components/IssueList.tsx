import { Badge, Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Issue, IssueGroup } from '../../core/types';
import { useI18n } from '../i18n';
import { issueHelp } from '../services/issueHelp';
import { groupHasMoreRows, groupsToShow, groupTarget, groupUnit, issueAddress } from '../services/issues';

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
    overflowWrap: 'anywhere',
  },
  help: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke1,
  },
  helpLabel: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface IssueListProps {
  issues: readonly Issue[];
  /** Inside Excel: select the issue's cell (for a group, its first row). Absent in preview (the location is plain text). */
  onSelect?: (issue: Issue) => void;
  label?: string;
}

/**
 * Data problems, gathered into groups of identical ones (errors first): each with its sheet,
 * first row and column, the message, how many cells and which rows, and how to fix it.
 */
export function IssueList(props: IssueListProps): JSX.Element {
  const styles = useStyles();
  const { strings, language } = useI18n();
  const t = strings.issues;
  const { shown, hidden } = useMemo(() => groupsToShow(props.issues), [props.issues]);
  if (props.issues.length === 0) return <Body1>{t.none}</Body1>;
  const location = (issue: Issue): string =>
    [issue.sheet, issue.row !== null ? t.row(issue.row) : null, issue.column ? t.column(issue.column) : null, issue.row === null && !issue.column ? t.wholeSheet : null]
      .filter(Boolean)
      .join(', ');
  const spread = (group: IssueGroup): string | null => {
    if (group.count <= 1) return null;
    const count = t.occurrences(group.count, groupUnit(group));
    return group.rows.length > 0 ? `${count}: ${t.rows(group.rows, groupHasMoreRows(group))}` : count;
  };
  return (
    <div>
      {props.onSelect && <Caption1 className={styles.note}>{t.selectHint}</Caption1>}
      <ul className={styles.list} aria-label={props.label ?? t.listLabel} data-testid="issue-list">
        {shown.map((group, i) => {
          const target = groupTarget(group);
          const rows = spread(group);
          const help = issueHelp(group.code, language);
          return (
            <li key={i} className={styles.item} data-testid="issue" data-code={group.code ?? undefined} data-count={group.count}>
              <div className={styles.where}>
                <Badge appearance="tint" color={group.severity === 'error' ? 'danger' : 'warning'} size="large">
                  {group.severity === 'error' ? t.error : t.warning}
                </Badge>
                {props.onSelect ? (
                  <Link as="button" onClick={() => props.onSelect?.(target)} title={t.goTo(group.sheet, issueAddress(target))} data-testid="issue-location">
                    {location(target)}
                  </Link>
                ) : (
                  <Caption1 data-testid="issue-location">{location(target)}</Caption1>
                )}
              </div>
              <Body1 className={styles.message}>{group.message}</Body1>
              {rows && (
                <Caption1 className={styles.note} data-testid="issue-rows">
                  {rows}
                </Caption1>
              )}
              {help && (
                <Caption1 className={styles.help} data-testid="issue-help">
                  <span className={styles.helpLabel}>{t.howToFix}</span> {help}
                </Caption1>
              )}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <Caption1 className={styles.note} data-testid="issue-more">
          {t.more(hidden)}
        </Caption1>
      )}
    </div>
  );
}

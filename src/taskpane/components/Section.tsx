import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
});

/** A titled group of a panel (its heading is an h2, for screen-reader navigation). */
export function Section(props: { title?: string; children: ReactNode; testId?: string }): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid={props.testId}>
      {props.title && (
        <Subtitle2 as="h2" className={styles.heading}>
          {props.title}
        </Subtitle2>
      )}
      {props.children}
    </section>
  );
}

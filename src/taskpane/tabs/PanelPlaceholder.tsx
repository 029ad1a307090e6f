import { Body1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  text: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
  },
});

/** The one-line description a panel shows until its real content is built. */
export function PanelPlaceholder(props: { text: string }): JSX.Element {
  const styles = useStyles();
  return <Body1 className={styles.text}>{props.text}</Body1>;
}

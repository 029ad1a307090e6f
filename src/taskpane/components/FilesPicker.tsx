import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useI18n } from '../i18n';
import type { PickedFile } from '../services/types';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderTopWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderLeftWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderTopStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderTopColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: {
    borderTopColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  hidden: {
    display: 'none',
  },
});

/** What the picker offers: the formats the readers take (.xlsx, an HTML or XML table saved as .xls, CSV, HTML). */
const ACCEPTED = '.xlsx,.xls,.csv,.htm,.html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export interface FilesPickerProps {
  files: readonly PickedFile[];
  onAdd: (files: PickedFile[]) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
  disabled?: boolean;
}

/**
 * A list of files to work on, in both modes: dropped onto the zone or picked (several at
 * once, added to those already listed), each removable. The files stay in the pane; the
 * caller reads them when asked to.
 */
export function FilesPicker(props: FilesPickerProps): JSX.Element {
  const styles = useStyles();
  const { strings } = useI18n();
  const t = strings.consolidate;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const add = (list: FileList | null | undefined): void => {
    const files = Array.from(list ?? [], (file) => ({ file, name: file.name }));
    if (files.length > 0 && !props.disabled) props.onAdd(files);
  };
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    add(event.target.files);
    event.target.value = ''; // the same file can be picked again after it was removed
  };

  return (
    <section
      className={mergeClasses(styles.zone, dragging && styles.active)}
      aria-label={t.filesLabel}
      data-testid="consolidate-drop-zone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Body1>{dragging ? t.dropActive : t.dropHint}</Body1>
      <div className={styles.buttons}>
        <Button appearance={props.files.length > 0 ? 'secondary' : 'primary'} disabled={props.disabled} onClick={() => input.current?.click()}>
          {t.chooseFiles}
        </Button>
        {props.files.length > 0 && (
          <Button appearance="subtle" disabled={props.disabled} onClick={props.onClear}>
            {t.clear}
          </Button>
        )}
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={ACCEPTED}
        multiple
        aria-label={t.fileInputLabel}
        data-testid="consolidate-file-input"
        onChange={onChange}
      />
      {props.files.length > 0 && (
        <>
          <Caption1 aria-live="polite">{t.chosen(props.files.length)}</Caption1>
          <ul className={styles.list} aria-label={t.filesLabel} data-testid="consolidate-files">
            {props.files.map((f, i) => (
              <li key={`${i}:${f.name}`} className={styles.item}>
                <Body1 className={styles.name}>{f.name}</Body1>
                <Button size="small" appearance="subtle" disabled={props.disabled} aria-label={t.remove(f.name)} title={t.remove(f.name)} onClick={() => props.onRemove(i)}>
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

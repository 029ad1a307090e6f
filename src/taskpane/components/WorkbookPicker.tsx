import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useI18n } from '../i18n';
import { errorText, usePane } from '../pane';
import type { PreviewReportService, PreviewWorkbook } from '../services/types';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
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
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  hidden: {
    display: 'none',
  },
});

/** Files the picker offers: .xlsx, .xls (often an HTML table a provincial system exported), CSV, HTML. */
const ACCEPTED = '.xlsx,.xls,.csv,.htm,.html,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * Preview mode: the workbook to work on, dropped here or picked (one file or several, e.g. the
 * dossier log and the catalogue apart), or the built-in sample.
 */
export function WorkbookPicker(props: { service: PreviewReportService; onOpened?: (workbook: PreviewWorkbook) => void }): JSX.Element {
  const styles = useStyles();
  const { strings } = useI18n();
  const { workbook, setWorkbook } = usePane();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (load: () => Promise<PreviewWorkbook>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const opened = await load();
      setWorkbook(opened);
      props.onOpened?.(opened);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  // No check of the names: the reader tells formats apart by their bytes, and says what a file is when it cannot read it.
  const openFiles = (list: FileList | null | undefined): void => {
    const files = Array.from(list ?? [], (file) => ({ file, name: file.name }));
    if (files.length === 0) return;
    void open(() => props.service.openFiles(files));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    openFiles(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    openFiles(event.target.files);
    event.target.value = ''; // picking the same file again opens it again
  };

  const name = workbook ? (workbook.isSample ? strings.workbook.sampleName : workbook.fileName) : null;

  return (
    <section
      className={mergeClasses(styles.zone, dragging && styles.active)}
      aria-label={strings.workbook.regionLabel}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Body1 className={name ? styles.current : undefined}>
        {dragging ? strings.workbook.dropActive : name ? strings.workbook.current(name) : strings.workbook.dropHint}
      </Body1>
      <div className={styles.buttons}>
        <Button appearance={workbook ? 'secondary' : 'primary'} disabled={busy} onClick={() => input.current?.click()}>
          {strings.workbook.chooseFile}
        </Button>
        <Button disabled={busy} onClick={() => void open(() => props.service.openSample())}>
          {strings.workbook.useSample}
        </Button>
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={ACCEPTED}
        multiple
        aria-label={strings.workbook.fileInputLabel}
        data-testid="file-input"
        onChange={onChange}
      />
      {busy && <Spinner size="tiny" labelPosition="after" label={strings.workbook.opening} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

import { Field, ProgressBar } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { Progress } from '../services/types';

/** "Đang đọc dữ liệu…" / "Đang tính…" / "Đang ghi báo cáo…" over a progress bar. */
export function StageProgress(props: { progress: Progress }): JSX.Element {
  const { strings } = useI18n();
  const { stage, fraction } = props.progress;
  return (
    <Field label={strings.report.stages[stage]} data-testid="stage-progress">
      <ProgressBar value={fraction} thickness="large" />
    </Field>
  );
}

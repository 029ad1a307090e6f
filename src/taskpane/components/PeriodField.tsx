import { Dropdown, Field, Input, Option, Switch, makeStyles, tokens, type DropdownProps, type InputOnChangeData } from '@fluentui/react-components';
import { useMemo, useState, type ChangeEvent } from 'react';
import type { PeriodPart } from '../../core/periods';
import { useI18n } from '../i18n';
import { usePane } from '../pane';
import { checkPeriod, labelOf, partsOfLabel, periodDates, PICKER_PARTS, rangeLabel, todayDay, yearChoices } from '../services/periodInput';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  dropdown: {
    minWidth: 0,
    width: '100%',
  },
});

/**
 * "Kỳ báo cáo": a text field taking labels (2024-Q2, 2024-H1, 2024-9M, 2024, or two dates),
 * checked as typed; pickers for year and part, calendar months, and custom dates fill it.
 * `warning` (a valid period with no dossiers, say) shows under it before anything is generated.
 */
export function PeriodField(props: { warning?: string | null } = {}): JSX.Element {
  const styles = useStyles();
  const { strings } = useI18n();
  const { period, setPeriod } = usePane();
  const [custom, setCustom] = useState(false);
  const [range, setRange] = useState({ from: '', to: '' });
  const check = checkPeriod(period.text, period.calendar);
  const parts = partsOfLabel(period.text);
  const years = useMemo(() => yearChoices(todayDay(), parts?.year), [parts?.year]);

  const message = check.ok ? undefined : check.reason === 'empty' ? strings.period.empty : strings.period.invalid(period.text.trim());
  const hint = check.ok ? strings.period.hint(periodDates(check.period).from, periodDates(check.period).to) : undefined;

  const pick = (year: number, part: PeriodPart): void => setPeriod({ text: labelOf(year, part) });
  const onYear: DropdownProps['onOptionSelect'] = (_e, data) => {
    if (data.optionValue) pick(Number(data.optionValue), parts?.part ?? 'Q1');
  };
  const onPart: DropdownProps['onOptionSelect'] = (_e, data) => {
    if (data.optionValue) pick(parts?.year ?? years[1] ?? years[0], data.optionValue as PeriodPart);
  };
  const onRange = (which: 'from' | 'to') => (_e: ChangeEvent<HTMLInputElement>, data: InputOnChangeData) => {
    const next = { ...range, [which]: data.value };
    setRange(next);
    const label = rangeLabel(next.from, next.to);
    if (label) setPeriod({ text: label });
  };
  const rangeBad = custom && range.from !== '' && range.to !== '' && rangeLabel(range.from, range.to) === null;

  return (
    <div className={styles.group}>
      <Field
        label={strings.period.label}
        validationState={!check.ok ? 'error' : props.warning ? 'warning' : 'none'}
        validationMessage={message ?? props.warning ?? undefined}
        hint={hint}
        data-testid="period-field"
      >
        <Input
          value={period.text}
          placeholder={strings.period.placeholder}
          onChange={(_e, data) => setPeriod({ text: data.value })}
          data-testid="period-input"
        />
      </Field>
      <div className={styles.pair}>
        <Field label={strings.period.year}>
          <Dropdown
            className={styles.dropdown}
            value={parts ? String(parts.year) : ''}
            selectedOptions={parts ? [String(parts.year)] : []}
            onOptionSelect={onYear}
          >
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {String(y)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={strings.period.part}>
          <Dropdown
            className={styles.dropdown}
            value={parts ? strings.period.parts[parts.part] : ''}
            selectedOptions={parts ? [parts.part] : []}
            onOptionSelect={onPart}
          >
            {PICKER_PARTS.map((p) => (
              <Option key={p} value={p}>
                {strings.period.parts[p]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field hint={strings.period.calendarHint}>
        <Switch label={strings.period.calendar} checked={period.calendar} onChange={(_e, data) => setPeriod({ calendar: data.checked })} />
      </Field>
      <Switch label={strings.period.customRange} checked={custom} onChange={(_e, data) => setCustom(data.checked)} />
      {custom && (
        <div className={styles.pair}>
          <Field label={strings.period.fromDate} validationState={rangeBad ? 'error' : 'none'}>
            <Input type="date" value={range.from} onChange={onRange('from')} />
          </Field>
          <Field label={strings.period.toDate} validationState={rangeBad ? 'error' : 'none'} validationMessage={rangeBad ? strings.period.rangeInvalid : undefined}>
            <Input type="date" value={range.to} onChange={onRange('to')} />
          </Field>
        </div>
      )}
    </div>
  );
}

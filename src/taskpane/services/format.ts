/**
 * Numbers as the task pane shows them: Vietnamese writes `85,7%` and `1.234`, English `85.7%`
 * and `1,234`. Written by hand rather than with Intl, so the pane shows the same text in every
 * browser and web view (some web views ship without the Vietnamese locale data).
 */
import type { Language } from '../../core/types';

function separators(language: Language): { decimal: string; thousands: string } {
  return language === 'vi' ? { decimal: ',', thousands: '.' } : { decimal: '.', thousands: ',' };
}

/** `1234.5` → `1.234,5` (vi) / `1,234.5` (en), at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, language: Language, digits = 2): string {
  const { decimal, thousands } = separators(language);
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction = ''] = rounded.toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** A whole count: `14`, `1.234`. */
export function formatCount(value: number, language: Language): string {
  return formatNumber(value, language, 0);
}

/** A rate from 0 to 1 as a percentage with at most one decimal (`100%`, `85,7%`); `—` for null (nothing to divide by). */
export function formatRate(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return `${formatNumber(value * 100, language, 1)}%`;
}

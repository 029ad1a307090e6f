/**
 * Task pane strings. Vietnamese is the default; English is a switch in the header.
 * Add a key to `Strings` and TypeScript makes you give both languages.
 */
import type { Language } from '../core/types';

export type { Language };

export interface Strings {
  appTitle: string;
  languageLabel: string;
  languageNames: Record<Language, string>;
  tabsLabel: string;
  tabs: {
    report: string;
    data: string;
    indicators: string;
  };
  previewMode: string;
  officeLoading: string;
  panels: {
    report: string;
    data: string;
    indicators: string;
  };
}

export const STRINGS: Readonly<Record<Language, Strings>> = {
  vi: {
    appTitle: 'Báo cáo TTHC',
    languageLabel: 'Ngôn ngữ',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Các phần của ngăn tác vụ',
    tabs: { report: 'Báo cáo', data: 'Dữ liệu', indicators: 'Chỉ số' },
    previewMode: 'Chế độ xem trước: đang chạy ngoài Excel. Kéo thả hoặc chọn tệp .xlsx để xem báo cáo.',
    officeLoading: 'Đang kết nối với Excel…',
    panels: {
      report: 'Chọn báo cáo và kỳ báo cáo để lập trang báo cáo từ dữ liệu trong sổ tính.',
      data: 'Các bảng dữ liệu đầu vào (TTHC, HoSo, SoLieu, NoiDung, ThongTin, NgayNghi) và các lỗi dữ liệu tìm thấy.',
      indicators: 'Các chỉ số tính được cho kỳ báo cáo đã chọn.',
    },
  },
  en: {
    appTitle: 'TTHC Reports',
    languageLabel: 'Language',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Task pane sections',
    tabs: { report: 'Report', data: 'Data', indicators: 'Indicators' },
    previewMode: 'Preview mode: running outside Excel. Drop or choose an .xlsx file to see the report.',
    officeLoading: 'Connecting to Excel…',
    panels: {
      report: 'Choose a report and a period to write a report sheet from the workbook’s data.',
      data: 'The input tables (TTHC, HoSo, SoLieu, NoiDung, ThongTin, NgayNghi) and the data problems found.',
      indicators: 'The indicators computed for the chosen period.',
    },
  },
};

export const DEFAULT_LANGUAGE: Language = 'vi';

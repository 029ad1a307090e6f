/**
 * Task pane strings. Vietnamese is the default; English is a switch in the header.
 * Add a key to `Strings` and TypeScript makes you give both languages.
 */
import type { PeriodPart } from '../core/periods';
import type { AgencyInfo, Language } from '../core/types';
import { formatCount } from './services/format';
import type { Stage } from './services/types';

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
  errorTitle: string;
  noWorkbook: string;

  workbook: {
    regionLabel: string;
    dropHint: string;
    dropActive: string;
    chooseFile: string;
    fileInputLabel: string;
    useSample: string;
    opening: string;
    current: (name: string) => string;
    sampleName: string;
  };

  period: {
    label: string;
    placeholder: string;
    hint: (from: string, to: string) => string;
    empty: string;
    invalid: (text: string) => string;
    year: string;
    part: string;
    parts: Record<PeriodPart, string>;
    calendar: string;
    calendarHint: string;
    customRange: string;
    fromDate: string;
    toDate: string;
    rangeInvalid: string;
  };

  report: {
    kind: string;
    agencyTitle: string;
    agencyFields: Record<keyof AgencyInfo, string>;
    recipientsHint: string;
    saveInfo: string;
    savingInfo: string;
    infoSaved: string;
    infoSavedPreview: string;
    infoMissing: string;
    generate: string;
    generateAnyway: string;
    generateNeedsWorkbook: string;
    stages: Record<Stage, string>;
    /** `groups`: how many groups of identical errors; said when it differs from `errors`. */
    blockedTitle: (errors: number, groups?: number) => string;
    blockedBody: string;
    doneTitle: string;
    doneIn: (sheet: string) => string;
    replacedNote: (sheet: string) => string;
    madeDespiteErrors: string;
    openSheet: string;
    showPreview: string;
    download: string;
    downloaded: (file: string) => string;
    headlineTitle: string;
    previewTitle: string;
    previewRegion: (sheet: string) => string;
    replaceTitle: string;
    replaceBody: (sheet: string) => string;
    replace: string;
    keepBoth: string;
  };

  figures: {
    received: string;
    onTimeRate: string;
    onlineShare: string;
    digitisationRate: string;
    resolved: string;
    noDenominator: string;
  };

  issues: {
    listLabel: string;
    error: string;
    warning: string;
    row: (row: number) => string;
    column: (column: string) => string;
    wholeSheet: string;
    selectHint: string;
    /** Groups not listed. */
    more: (count: number) => string;
    none: string;
    sheetMissing: (sheet: string) => string;
    warningsTitle: (count: number, groups?: number) => string;
    /** How many times a group's problem occurs: `5.000 ô`. */
    occurrences: (count: number, unit: 'cells' | 'rows' | 'times') => string;
    /** The first rows of a group: `dòng 3, 4, 5…`. */
    rows: (rows: readonly number[], more: boolean) => string;
    howToFix: string;
    /** The go-to link's tooltip: `Chọn ô C3 trên trang HoSo`. */
    goTo: (sheet: string, address: string) => string;
  };

  data: {
    intro: string;
    setupTitle: string;
    createTables: string;
    createTablesHint: string;
    insertSample: string;
    insertSampleHint: string;
    created: (names: string) => string;
    skipped: (names: string) => string;
    nothingCreated: string;
    sampleRefused: (names: string) => string;
    downloadSample: string;
    downloadSampleHint: string;
    check: string;
    checkHint: string;
    checking: string;
    summary: (procedures: string, dossiers: string) => string;
    /** `groups`: errors and warnings gathered into groups; said when it differs from their sum. */
    counts: (errors: number, warnings: number, groups?: number) => string;
    tablesFound: (tables: string) => string;
  };

  indicators: {
    intro: (period: string) => string;
    needPeriod: string;
    refresh: string;
    computing: string;
    chartLabel: (indicator: string) => string;
    countsLine: (received: string, resolved: string) => string;
    lastQuarters: string;
    withErrors: (errors: number) => string;
  };
}

export const STRINGS: Readonly<Record<Language, Strings>> = {
  vi: {
    appTitle: 'Báo cáo TTHC',
    languageLabel: 'Ngôn ngữ',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Các phần của ngăn tác vụ',
    tabs: { report: 'Báo cáo', data: 'Dữ liệu', indicators: 'Chỉ số' },
    previewMode: 'Chế độ xem trước: đang chạy ngoài Excel. Kéo thả hoặc chọn tệp (.xlsx, .xls xuất từ hệ thống, .csv) để xem báo cáo.',
    officeLoading: 'Đang kết nối với Excel…',
    errorTitle: 'Có lỗi',
    noWorkbook: 'Chưa có sổ tính. Chọn tệp ở trên (có thể chọn cùng lúc sổ hồ sơ và danh mục TTHC), hoặc bấm Dùng sổ mẫu.',

    workbook: {
      regionLabel: 'Sổ tính đang dùng',
      dropHint: 'Kéo thả tệp .xlsx, .xls hoặc .csv vào đây (một hoặc nhiều tệp)',
      dropActive: 'Thả tệp để mở',
      chooseFile: 'Chọn tệp',
      fileInputLabel: 'Tệp sổ tính (.xlsx, .xls, .csv; chọn được nhiều tệp)',
      useSample: 'Dùng sổ mẫu',
      opening: 'Đang mở sổ tính…',
      current: (name) => `Đang dùng: ${name}`,
      sampleName: 'sổ mẫu (Sở Ngoại vụ, năm 2023)',
    },

    period: {
      label: 'Kỳ báo cáo',
      placeholder: 'ví dụ 2024-Q2',
      hint: (from, to) => `Từ ngày ${from} đến ngày ${to}`,
      empty: 'Nhập kỳ báo cáo, ví dụ 2024-Q2, 2024-H1 hoặc 2024.',
      invalid: (text) => `Không đọc được kỳ “${text}”. Dùng dạng 2024-Q2, 2024-H1, 2024-9M, 2024 hoặc 01/01/2024-30/06/2024.`,
      year: 'Năm',
      part: 'Kỳ',
      parts: { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', H1: '6 tháng', H2: '6 tháng cuối', '9M': '9 tháng', Y: 'Cả năm' },
      calendar: 'Theo tháng dương lịch',
      calendarHint: 'Tắt: theo mốc chốt số liệu (quý II từ 15/3 đến 14/6).',
      customRange: 'Khoảng ngày tùy chọn',
      fromDate: 'Từ ngày',
      toDate: 'Đến ngày',
      rangeInvalid: 'Chọn cả hai ngày; ngày kết thúc không được trước ngày bắt đầu.',
    },

    report: {
      kind: 'Loại báo cáo',
      agencyTitle: 'Thông tin cơ quan (trang ThongTin)',
      agencyFields: {
        parentAgency: 'Cơ quan chủ quản',
        agency: 'Cơ quan',
        place: 'Địa danh',
        documentNumber: 'Số văn bản',
        recipient: 'Kính gửi',
        recipients: 'Nơi nhận',
        signerTitle: 'Chức vụ người ký',
        signerDeputyTitle: 'Chức vụ cấp phó ký thay',
        signerName: 'Người ký',
        formCodeLine: 'Mã biểu mẫu 06 (để trống: theo quy định của kỳ)',
      },
      recipientsHint: 'Mỗi dòng một nơi nhận.',
      saveInfo: 'Lưu vào trang ThongTin',
      savingInfo: 'Đang lưu…',
      infoSaved: 'Đã lưu vào trang ThongTin của sổ tính.',
      infoSavedPreview: 'Đã lưu vào trang ThongTin; tệp tải về sẽ có thông tin này.',
      infoMissing: 'Sổ tính chưa có trang ThongTin. Điền rồi bấm Lưu để tạo.',
      generate: 'Tạo báo cáo',
      generateAnyway: 'Vẫn tạo báo cáo',
      generateNeedsWorkbook: 'Chọn sổ tính trước khi tạo báo cáo.',
      stages: { reading: 'Đang đọc dữ liệu…', computing: 'Đang tính…', writing: 'Đang ghi báo cáo…' },
      blockedTitle: (errors, groups) => `Dữ liệu có ${formatCount(errors, 'vi')} lỗi${groups !== undefined && groups !== errors ? ` (${formatCount(groups, 'vi')} nhóm)` : ''}, chưa tạo báo cáo`,
      blockedBody:
        'Dòng có lỗi sẽ không được tính. Sửa các ô dưới đây rồi bấm Tạo báo cáo, hoặc bấm Vẫn tạo báo cáo để lập báo cáo từ các dòng đọc được.',
      doneTitle: 'Đã tạo báo cáo',
      doneIn: (sheet) => `Báo cáo ở trang tính “${sheet}”.`,
      replacedNote: (sheet) => `Đã thay trang tính “${sheet}” cũ.`,
      madeDespiteErrors: 'Báo cáo lập từ các dòng đọc được; dòng có lỗi không được tính.',
      openSheet: 'Mở trang báo cáo',
      showPreview: 'Xem báo cáo',
      download: 'Tải tệp .xlsx',
      downloaded: (file) => `Đã tải về “${file}”.`,
      headlineTitle: 'Số liệu chính',
      previewTitle: 'Bản xem trước',
      previewRegion: (sheet) => `Bản xem trước trang tính ${sheet}`,
      replaceTitle: 'Thay trang báo cáo?',
      replaceBody: (sheet) => `Sổ tính đã có trang “${sheet}”. Thay trang đó bằng báo cáo mới, hay ghi báo cáo mới thành trang khác bên cạnh?`,
      replace: 'Thay trang cũ',
      keepBoth: 'Ghi trang mới',
    },

    figures: {
      received: 'Hồ sơ tiếp nhận',
      onTimeRate: 'Giải quyết đúng hạn',
      onlineShare: 'Nộp trực tuyến',
      digitisationRate: 'Số hóa hồ sơ',
      resolved: 'Đã giải quyết',
      noDenominator: 'không có hồ sơ để tính',
    },

    issues: {
      listLabel: 'Lỗi dữ liệu',
      error: 'Lỗi',
      warning: 'Cảnh báo',
      row: (row) => `dòng ${row}`,
      column: (column) => `cột ${column}`,
      wholeSheet: 'cả trang',
      selectHint: 'Bấm vào vị trí để chọn ô đó (ô đầu tiên của nhóm) trong sổ tính.',
      more: (count) => `… và ${formatCount(count, 'vi')} nhóm khác.`,
      none: 'Không có lỗi dữ liệu.',
      sheetMissing: (sheet) => `Sổ tính không có trang “${sheet}”.`,
      warningsTitle: (count, groups) =>
        `${formatCount(count, 'vi')} cảnh báo về dữ liệu${groups !== undefined && groups !== count ? ` (${formatCount(groups, 'vi')} nhóm)` : ''}`,
      occurrences: (count, unit) => `${formatCount(count, 'vi')} ${unit === 'cells' ? 'ô' : unit === 'rows' ? 'dòng' : 'lần'}`,
      rows: (rows, more) => `dòng ${rows.join(', ')}${more ? '…' : ''}`,
      howToFix: 'Cách sửa:',
      goTo: (sheet, address) => `Chọn ô ${address} trên trang ${sheet}`,
    },

    data: {
      intro: 'Các bảng đầu vào: TTHC, HoSo, SoLieu, NoiDung, NgayNghi, ThongTin.',
      setupTitle: 'Chuẩn bị sổ tính',
      createTables: 'Tạo bảng nhập liệu',
      createTablesHint:
        'Thêm các bảng còn thiếu, có tiêu đề cột và danh sách chọn (kênh nộp, Có/Không, mức DVCTT, loại ngày nghỉ). Trang đã có được giữ nguyên.',
      insertSample: 'Chèn dữ liệu mẫu',
      insertSampleHint: 'Thêm sổ mẫu của một Sở Ngoại vụ năm 2023 để thử (kỳ 2023-Q2). Chỉ chèn khi sổ tính chưa có trang nào trùng tên.',
      created: (names) => `Đã tạo: ${names}.`,
      skipped: (names) => `Đã có, giữ nguyên: ${names}.`,
      nothingCreated: 'Sổ tính đã có đủ các bảng, không tạo thêm.',
      sampleRefused: (names) => `Không chèn dữ liệu mẫu: sổ tính đã có ${names}, không ghi đè.`,
      downloadSample: 'Tải sổ mẫu',
      downloadSampleHint: 'Tải sổ tính mẫu (.xlsx) có đủ các bảng đầu vào để xem cách ghi dữ liệu.',
      check: 'Kiểm tra dữ liệu',
      checkHint: 'Đọc các bảng và liệt kê mọi ô không đọc được, kèm trang, dòng, cột.',
      checking: 'Đang kiểm tra…',
      summary: (procedures, dossiers) => `Đọc được ${procedures} TTHC và ${dossiers} hồ sơ.`,
      counts: (errors, warnings, groups) =>
        `${formatCount(errors, 'vi')} lỗi, ${formatCount(warnings, 'vi')} cảnh báo${groups !== undefined && groups !== errors + warnings ? `, gộp thành ${formatCount(groups, 'vi')} nhóm` : ''}.`,
      tablesFound: (tables) => `Bảng tìm thấy: ${tables}.`,
    },

    indicators: {
      intro: (period) => `Kỳ ${period} (chọn kỳ ở thẻ Báo cáo).`,
      needPeriod: 'Kỳ báo cáo ở thẻ Báo cáo chưa đúng; sửa ở đó để xem chỉ số.',
      refresh: 'Tính lại',
      computing: 'Đang tính…',
      chartLabel: (indicator) => `${indicator}, bốn quý gần nhất`,
      countsLine: (received, resolved) => `Tiếp nhận ${received}, đã giải quyết ${resolved} hồ sơ`,
      lastQuarters: 'Bốn quý gần nhất',
      withErrors: (errors) => `Dữ liệu có ${errors} lỗi: dòng có lỗi không được tính (xem thẻ Dữ liệu).`,
    },
  },

  en: {
    appTitle: 'TTHC Reports',
    languageLabel: 'Language',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Task pane sections',
    tabs: { report: 'Report', data: 'Data', indicators: 'Indicators' },
    previewMode: 'Preview mode: running outside Excel. Drop or choose a file (.xlsx, an .xls exported by the system, .csv) to see the report.',
    officeLoading: 'Connecting to Excel…',
    errorTitle: 'Something went wrong',
    noWorkbook: 'No workbook yet. Choose files above (the dossier log and the TTHC catalogue together, if they are apart), or press Use the sample.',

    workbook: {
      regionLabel: 'Workbook in use',
      dropHint: 'Drop .xlsx, .xls or .csv files here (one or several)',
      dropActive: 'Drop the file to open it',
      chooseFile: 'Choose files',
      fileInputLabel: 'Workbook files (.xlsx, .xls, .csv; several at once)',
      useSample: 'Use the sample',
      opening: 'Opening the workbook…',
      current: (name) => `Using: ${name}`,
      sampleName: 'the sample (a foreign affairs department, 2023)',
    },

    period: {
      label: 'Reporting period',
      placeholder: 'e.g. 2024-Q2',
      hint: (from, to) => `From ${from} to ${to}`,
      empty: 'Enter a period, e.g. 2024-Q2, 2024-H1 or 2024.',
      invalid: (text) => `Cannot read the period “${text}”. Use 2024-Q2, 2024-H1, 2024-9M, 2024 or 01/01/2024-30/06/2024.`,
      year: 'Year',
      part: 'Part',
      parts: { Q1: 'Quarter 1', Q2: 'Quarter 2', Q3: 'Quarter 3', Q4: 'Quarter 4', H1: 'First half', H2: 'Second half', '9M': 'Nine months', Y: 'Whole year' },
      calendar: 'Calendar months',
      calendarHint: 'Off: the reporting cut-off (Q2 runs 15/3 to 14/6).',
      customRange: 'Custom dates',
      fromDate: 'From',
      toDate: 'To',
      rangeInvalid: 'Pick both dates; the end cannot be before the start.',
    },

    report: {
      kind: 'Report',
      agencyTitle: 'Agency details (ThongTin sheet)',
      agencyFields: {
        parentAgency: 'Parent agency',
        agency: 'Agency',
        place: 'Place name',
        documentNumber: 'Document number',
        recipient: 'Addressed to',
        recipients: 'Recipients',
        signerTitle: 'Signer title',
        signerDeputyTitle: 'Deputy signer title',
        signerName: 'Signer name',
        formCodeLine: 'Form 06 code line (blank: as the period’s rules say)',
      },
      recipientsHint: 'One recipient per line.',
      saveInfo: 'Save to the ThongTin sheet',
      savingInfo: 'Saving…',
      infoSaved: 'Saved to the workbook’s ThongTin sheet.',
      infoSavedPreview: 'Saved to the ThongTin sheet; the downloaded file will carry it.',
      infoMissing: 'The workbook has no ThongTin sheet. Fill in and press Save to create it.',
      generate: 'Generate report',
      generateAnyway: 'Generate anyway',
      generateNeedsWorkbook: 'Choose a workbook before generating a report.',
      stages: { reading: 'Reading the data…', computing: 'Computing…', writing: 'Writing the report…' },
      blockedTitle: (errors, groups) =>
        `The data has ${formatCount(errors, 'en')} error${errors === 1 ? '' : 's'}${groups !== undefined && groups !== errors ? ` (in ${formatCount(groups, 'en')} group${groups === 1 ? '' : 's'})` : ''}: no report yet`,
      blockedBody: 'Rows with errors are left out of the figures. Fix the cells below and press Generate report, or press Generate anyway to report on the rows that could be read.',
      doneTitle: 'Report generated',
      doneIn: (sheet) => `The report is on sheet “${sheet}”.`,
      replacedNote: (sheet) => `The old sheet “${sheet}” was replaced.`,
      madeDespiteErrors: 'Made from the rows that could be read; rows with errors are not counted.',
      openSheet: 'Open the report sheet',
      showPreview: 'See the report',
      download: 'Download .xlsx',
      downloaded: (file) => `Downloaded “${file}”.`,
      headlineTitle: 'Headline figures',
      previewTitle: 'Preview',
      previewRegion: (sheet) => `Preview of sheet ${sheet}`,
      replaceTitle: 'Replace the report sheet?',
      replaceBody: (sheet) => `The workbook already has a sheet “${sheet}”. Replace it with the new report, or write the new report to another sheet beside it?`,
      replace: 'Replace it',
      keepBoth: 'Write a new sheet',
    },

    figures: {
      received: 'Dossiers received',
      onTimeRate: 'Resolved on time',
      onlineShare: 'Submitted online',
      digitisationRate: 'Dossiers digitised',
      resolved: 'Resolved',
      noDenominator: 'no dossiers to count',
    },

    issues: {
      listLabel: 'Data problems',
      error: 'Error',
      warning: 'Warning',
      row: (row) => `row ${row}`,
      column: (column) => `column ${column}`,
      wholeSheet: 'whole sheet',
      selectHint: 'Click a location to select that cell (the group’s first) in the workbook.',
      more: (count) => `… and ${formatCount(count, 'en')} more group${count === 1 ? '' : 's'}.`,
      none: 'No data problems.',
      sheetMissing: (sheet) => `The workbook has no sheet “${sheet}”.`,
      warningsTitle: (count, groups) =>
        `${formatCount(count, 'en')} data warning${count === 1 ? '' : 's'}${groups !== undefined && groups !== count ? ` (in ${formatCount(groups, 'en')} group${groups === 1 ? '' : 's'})` : ''}`,
      occurrences: (count, unit) => `${formatCount(count, 'en')} ${unit === 'cells' ? 'cell' : unit === 'rows' ? 'row' : 'time'}${count === 1 ? '' : 's'}`,
      rows: (rows, more) => `${rows.length === 1 && !more ? 'row' : 'rows'} ${rows.join(', ')}${more ? '…' : ''}`,
      howToFix: 'How to fix:',
      goTo: (sheet, address) => `Select cell ${address} on sheet ${sheet}`,
    },

    data: {
      intro: 'The input tables: TTHC, HoSo, SoLieu, NoiDung, NgayNghi, ThongTin.',
      setupTitle: 'Set up the workbook',
      createTables: 'Create input tables',
      createTablesHint: 'Adds the missing tables with their column headers and choice lists (channel, Có/Không, online level, day-off type). Existing sheets are left as they are.',
      insertSample: 'Insert sample data',
      insertSampleHint: 'Adds a foreign affairs department’s 2023 sample to try things out (period 2023-Q2). Only when no sheet of the same name exists.',
      created: (names) => `Created: ${names}.`,
      skipped: (names) => `Already there, left as is: ${names}.`,
      nothingCreated: 'The workbook already has every table; nothing was added.',
      sampleRefused: (names) => `Sample not inserted: the workbook already has ${names}, which are never overwritten.`,
      downloadSample: 'Download the sample',
      downloadSampleHint: 'Downloads a sample workbook (.xlsx) with every input table, to see how data is laid out.',
      check: 'Check the data',
      checkHint: 'Reads the tables and lists every cell that cannot be read, with its sheet, row and column.',
      checking: 'Checking…',
      summary: (procedures, dossiers) => `Read ${procedures} procedures and ${dossiers} dossiers.`,
      counts: (errors, warnings, groups) =>
        `${formatCount(errors, 'en')} error${errors === 1 ? '' : 's'}, ${formatCount(warnings, 'en')} warning${warnings === 1 ? '' : 's'}${groups !== undefined && groups !== errors + warnings ? `, in ${formatCount(groups, 'en')} group${groups === 1 ? '' : 's'}` : ''}.`,
      tablesFound: (tables) => `Tables found: ${tables}.`,
    },

    indicators: {
      intro: (period) => `Period ${period} (chosen on the Report tab).`,
      needPeriod: 'The period on the Report tab is not valid; fix it there to see the indicators.',
      refresh: 'Recompute',
      computing: 'Computing…',
      chartLabel: (indicator) => `${indicator}, last four quarters`,
      countsLine: (received, resolved) => `${received} received, ${resolved} resolved`,
      lastQuarters: 'Last four quarters',
      withErrors: (errors) => `The data has ${errors} error${errors === 1 ? '' : 's'}: rows with errors are not counted (see the Data tab).`,
    },
  },
};

export const DEFAULT_LANGUAGE: Language = 'vi';

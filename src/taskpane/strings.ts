/**
 * Task pane strings. Vietnamese is the default; English is a switch in the header.
 * Add a key to `Strings` and TypeScript makes you give both languages.
 */
import type { PeriodPart } from '../core/periods';
import type { AgencyInfo, Language } from '../core/types';
import { formatCount } from './services/format';
import type { CheckId, LineStatus } from './services/selfTest';
import type { DeadlineGroup } from './services/deadlineWatch';
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
    deadlines: string;
    content: string;
    consolidate: string;
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
    /** Before generating: the chosen period holds no dossier; `span` is the log's received dates. */
    noDossiers: (span: string) => string;
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
    /** Preview: the workbook download's button, with how many report sheets it holds. */
    downloadAll: (count: number) => string;
    /** Preview: the list of the session's reports. */
    sessionTitle: (count: number) => string;
    sessionNote: string;
    /** Preview: a listed report's Word button (visible text) and its accessible name. */
    sessionDocx: string;
    sessionDocxName: (sheet: string) => string;
    /** The Word document's button (both modes). */
    downloadDocx: string;
    /** Inside Excel, after the Word download started: the file, and the preview page to use if no save dialog appeared. */
    downloadedDocxInExcel: (file: string, previewUrl: string) => string;
    headlineTitle: string;
    previewTitle: string;
    previewRegion: (sheet: string) => string;
    /** Over a preview wider than the pane (it scrolls sideways); the region's description. */
    previewScrollHint: string;
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

  /** "Theo dõi hạn" (services/deadlineWatch.ts): open dossiers overdue or due within 1 and 3 working days. */
  deadlines: {
    intro: string;
    asOf: string;
    asOfHint: string;
    asOfInvalid: string;
    today: string;
    refresh: string;
    computing: string;
    /** `Ngày 26/04/2024: 12 hồ sơ đang giải quyết.` */
    summary: (date: string, open: string) => string;
    groups: Record<DeadlineGroup, string>;
    /** The count tiles' labels (short: three tiles share a 320 px pane). */
    tiles: Record<DeadlineGroup, string>;
    /** What each group holds, in working days left. */
    groupHints: Record<DeadlineGroup, string>;
    /** The count tiles' accessible label. */
    countsLabel: string;
    emptyGroup: string;
    /** Nothing overdue or due within 3 working days. */
    nothingDue: string;
    dueOn: (date: string) => string;
    /** The days-left cell: `Quá 4 ngày`, `Hạn hôm nay`, `Còn 3 ngày`. */
    overdueBy: (days: number) => string;
    dueToday: string;
    daysLeft: (days: number) => string;
    extended: (from: string) => string;
    received: (date: string) => string;
    selectHint: string;
    goTo: (sheet: string, row: number) => string;
    withErrors: (errors: number) => string;
  };

  /** "Số liệu và nội dung": the report's typed-in figures (SoLieu) and narrative sections (NoiDung) for the period. */
  content: {
    intro: string;
    report: string;
    /** The report chosen on the Report tab has nothing typed in. */
    noContent: (report: string) => string;
    period: (period: string, from: string, to: string) => string;
    needPeriod: string;
    loading: string;
    /** `Còn 3 số liệu và 2 mục chưa điền.` */
    remaining: (figures: number, sections: number) => string;
    complete: string;
    figuresTitle: string;
    figuresHint: string;
    /** The heading of a group of figures whose section has no title here. */
    figureGroup: (section: string) => string;
    sectionsTitle: string;
    sectionsHint: string;
    /** The badge of an empty figure or section. */
    empty: string;
    /** The badge of an optional figure (a default is used when it is empty). */
    optional: string;
    badNumber: string;
    save: string;
    saving: string;
    saved: string;
    savedPreview: string;
    fixFirst: (count: number) => string;
    /** The Report tab, before generating. */
    gapBeforeReport: (figures: number, sections: number) => string;
    noGapBeforeReport: string;
  };

  /** "Tổng hợp" (services/consolidating.ts): many units' files in one report by unit, as `tthc-report consolidate`. */
  consolidate: {
    intro: string;
    filesLabel: string;
    dropHint: string;
    dropActive: string;
    chooseFiles: string;
    fileInputLabel: string;
    /** `3 tệp đã chọn` */
    chosen: (count: number) => string;
    remove: (name: string) => string;
    clear: string;
    run: string;
    needFiles: string;
    doneTitle: (units: number, files: number) => string;
    /** The period consolidated: `Kỳ 2026-Q3, từ 15/06/2026 đến 14/09/2026.` */
    periodLine: (label: string, from: string, to: string) => string;
    errorsTitle: (errors: number) => string;
    errorsBody: string;
    useAnyway: string;
    tableLabel: string;
    columns: { unit: string; level: string; received: string; resolved: string; onTimeRate: string; onlineShare: string; source: string };
    levels: { province: string; commune: string; unknown: string };
    total: string;
    /** The source cell of the total row: how many files. */
    fromFiles: (count: number) => string;
    noUnits: string;
    /** The issues' heading: `1 lỗi, 2 cảnh báo`, or only the warnings. */
    issuesTitle: (errors: number, warnings: number) => string;
    downloadXlsx: string;
    downloadDocx: string;
    write: string;
    writing: string;
    written: (sheets: string) => string;
    replaced: (sheets: string) => string;
    unitSheetAdded: (sheet: string) => string;
    unitSheetKept: (sheet: string) => string;
    openSheet: string;
  };

  /** The compatibility self-test (Data tab, inside Excel only; services/selfTest.ts). */
  selfTest: {
    title: string;
    intro: string;
    run: string;
    runAgain: string;
    running: string;
    finished: (pass: number, fail: number, unsupported: number) => string;
    crashed: (message: string) => string;
    hostLine: (version: string, platform: string, host: string) => string;
    unknown: string;
    listLabel: string;
    status: Record<LineStatus, string>;
    notRun: string;
    /** Each line's name, and what the add-in cannot do without it (shown when it fails or is missing). */
    checks: Record<CheckId, { label: string; without: string }>;
    copy: string;
    copied: string;
    copyManual: string;
    textLabel: string;
    /** The copied text's first line and field names. */
    textTitle: string;
    fields: { version: string; platform: string; host: string; browser: string; time: string; sheet: string };
  };
}

export const STRINGS: Readonly<Record<Language, Strings>> = {
  vi: {
    appTitle: 'Báo cáo TTHC',
    languageLabel: 'Ngôn ngữ',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Các phần của ngăn tác vụ',
    tabs: { report: 'Báo cáo', data: 'Dữ liệu', indicators: 'Chỉ số', deadlines: 'Theo dõi hạn', content: 'Số liệu và nội dung', consolidate: 'Tổng hợp' },
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
      noDossiers: (span) => `Kỳ này không có hồ sơ nào (ngày tiếp nhận trong sổ hồ sơ: ${span}). Kiểm tra lại kỳ trước khi tạo báo cáo.`,
    },

    report: {
      kind: 'Loại báo cáo',
      agencyTitle: 'Thông tin cơ quan (trang ThongTin)',
      agencyFields: {
        parentAgency: 'Cơ quan chủ quản',
        agency: 'Cơ quan',
        place: 'Địa danh',
        documentNumber: 'Số văn bản',
        issueDate: 'Ngày ban hành (để trống: ngày tạo báo cáo)',
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
      downloadAll: (count) => `Tải tệp .xlsx (${formatCount(count, 'vi')} báo cáo)`,
      sessionTitle: (count) => `Báo cáo đã tạo trong phiên này (${formatCount(count, 'vi')})`,
      sessionNote: 'Tệp .xlsx tải về có dữ liệu của bạn và mọi trang báo cáo dưới đây; mỗi báo cáo có bản Word riêng.',
      sessionDocx: 'Bản Word (.docx)',
      sessionDocxName: (sheet) => `Bản Word (.docx) của báo cáo “${sheet}”`,
      downloadDocx: 'Tải bản Word (.docx)',
      downloadedDocxInExcel: (file, url) =>
        `Đã tải về “${file}”. Nếu không thấy hộp lưu tệp hay tệp tải về, mở trang xem trước ${url} trong trình duyệt, chọn sổ tính và tạo báo cáo để tải bản Word ở đó.`,
      headlineTitle: 'Số liệu chính',
      previewTitle: 'Bản xem trước',
      previewRegion: (sheet) => `Bản xem trước trang tính ${sheet}`,
      previewScrollHint: 'Bảng rộng hơn khung: kéo ngang (hoặc chọn bảng rồi dùng phím mũi tên) để xem hết bảng.',
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

    deadlines: {
      intro: 'Hồ sơ đang giải quyết đã quá hạn hoặc sắp đến hạn, tính theo ngày làm việc: trừ thứ Bảy, Chủ nhật, lễ, Tết và ngày nghỉ của bảng NgayNghi; hồ sơ gia hạn tính theo hạn mới.',
      asOf: 'Tính đến ngày',
      asOfHint: 'Mặc định là hôm nay; chọn ngày khác để xem lại hoặc xem trước.',
      asOfInvalid: 'Chọn một ngày.',
      today: 'Hôm nay',
      refresh: 'Tính lại',
      computing: 'Đang tính…',
      summary: (date, open) => `Ngày ${date}: ${open} hồ sơ đang giải quyết.`,
      groups: { overdue: 'Quá hạn', dueSoon: 'Đến hạn trong 1 ngày làm việc', dueLater: 'Đến hạn trong 3 ngày làm việc' },
      tiles: { overdue: 'Quá hạn', dueSoon: 'Trong 1 ngày làm việc', dueLater: 'Trong 3 ngày làm việc' },
      groupHints: { overdue: 'Đã qua hạn trả kết quả', dueSoon: 'Hạn hôm nay hoặc ngày làm việc kế tiếp', dueLater: 'Còn 2 hoặc 3 ngày làm việc' },
      countsLabel: 'Số hồ sơ theo hạn',
      emptyGroup: 'Không có hồ sơ.',
      nothingDue: 'Không có hồ sơ nào quá hạn hoặc đến hạn trong 3 ngày làm việc tới.',
      dueOn: (date) => `hạn trả ${date}`,
      overdueBy: (days) => (days === 0 ? 'Vừa quá hạn' : `Quá ${formatCount(days, 'vi')} ngày`),
      dueToday: 'Hạn hôm nay',
      daysLeft: (days) => `Còn ${formatCount(days, 'vi')} ngày`,
      extended: (from) => `gia hạn, hạn cũ ${from}`,
      received: (date) => `tiếp nhận ${date}`,
      selectHint: 'Bấm mã hồ sơ để chọn dòng của hồ sơ trong sổ theo dõi.',
      goTo: (sheet, row) => `Chọn dòng ${row} trên trang ${sheet}`,
      withErrors: (errors) => `Dữ liệu có ${errors} lỗi: dòng có lỗi không được theo dõi (xem thẻ Dữ liệu).`,
    },

    content: {
      intro: 'Số liệu nhập tay (trang SoLieu) và nội dung thuyết minh (trang NoiDung) mà báo cáo in ra, cho kỳ đang chọn. Ô để trống thì báo cáo giữ chỗ trống tô vàng.',
      report: 'Báo cáo',
      noContent: (report) => `“${report}” không có số liệu hay nội dung nhập tay. Chọn báo cáo khác.`,
      period: (period, from, to) => `Kỳ ${period}: từ ngày ${from} đến ngày ${to} (chọn kỳ ở thẻ Báo cáo).`,
      needPeriod: 'Kỳ báo cáo ở thẻ Báo cáo chưa đúng; sửa ở đó để điền số liệu và nội dung.',
      loading: 'Đang đọc trang SoLieu và NoiDung…',
      remaining: (figures, sections) => `Còn ${formatCount(figures, 'vi')} số liệu và ${formatCount(sections, 'vi')} mục chưa điền.`,
      complete: 'Đã điền đủ số liệu và nội dung.',
      figuresTitle: 'Số liệu (trang SoLieu)',
      figuresHint: 'Số nguyên từ 0 trở lên; để trống nếu chưa có.',
      figureGroup: (section) => `Mục ${section}`,
      sectionsTitle: 'Nội dung (trang NoiDung)',
      sectionsHint: 'Mỗi dòng là một đoạn của báo cáo.',
      empty: 'còn trống',
      optional: 'không bắt buộc',
      badNumber: 'Nhập số nguyên từ 0 trở lên.',
      save: 'Lưu vào trang SoLieu và NoiDung',
      saving: 'Đang lưu…',
      saved: 'Đã lưu vào trang SoLieu và NoiDung của sổ tính.',
      savedPreview: 'Đã lưu vào trang SoLieu và NoiDung; tệp tải về sẽ có các nội dung này.',
      fixFirst: (count) => `Sửa ${formatCount(count, 'vi')} ô số liệu chưa đúng trước khi lưu.`,
      gapBeforeReport: (figures, sections) =>
        `Còn ${formatCount(figures, 'vi')} số liệu và ${formatCount(sections, 'vi')} mục chưa điền: báo cáo sẽ để chỗ trống tô vàng. Điền ở thẻ Số liệu và nội dung.`,
      noGapBeforeReport: 'Số liệu và nội dung của kỳ đã điền đủ.',
    },

    consolidate: {
      intro:
        'Gộp tệp của nhiều đơn vị thành báo cáo theo đơn vị (biểu II.06a): sổ theo dõi hồ sơ của từng đơn vị, bảng II.06a hay biểu 06 đơn vị gửi lên, trang DonVi (tên trong tệp → đơn vị, cấp) và một tệp chỉ có trang ThongTin của cơ quan tổng hợp.',
      filesLabel: 'Tệp của các đơn vị',
      dropHint: 'Kéo thả tệp của các đơn vị vào đây (.xlsx, .xls, .csv; nhiều tệp cùng lúc)',
      dropActive: 'Thả tệp để thêm vào danh sách',
      chooseFiles: 'Chọn tệp',
      fileInputLabel: 'Tệp của các đơn vị để tổng hợp (.xlsx, .xls, .csv; chọn được nhiều tệp)',
      chosen: (count) => `${formatCount(count, 'vi')} tệp đã chọn`,
      remove: (name) => `Bỏ tệp ${name}`,
      clear: 'Bỏ hết',
      run: 'Tổng hợp',
      needFiles: 'Chọn tệp của các đơn vị trước khi tổng hợp.',
      doneTitle: (units, files) => `Đã tổng hợp ${formatCount(units, 'vi')} đơn vị từ ${formatCount(files, 'vi')} tệp`,
      periodLine: (label, from, to) => `Kỳ ${label}, từ ngày ${from} đến ngày ${to}.`,
      errorsTitle: (errors) => `Dữ liệu có ${formatCount(errors, 'vi')} lỗi, chưa lập báo cáo tổng hợp`,
      errorsBody:
        'Bảng dưới đây chỉ tính phần đọc được (một đơn vị có hai lần với số liệu khác nhau: chỉ tính lần đầu). Sửa tệp rồi bấm Tổng hợp, hoặc bấm Vẫn lập báo cáo để dùng số liệu này.',
      useAnyway: 'Vẫn lập báo cáo',
      tableLabel: 'Số liệu theo đơn vị',
      columns: { unit: 'Đơn vị', level: 'Cấp', received: 'Tiếp nhận', resolved: 'Đã giải quyết', onTimeRate: 'Đúng hạn', onlineShare: 'Trực tuyến', source: 'Nguồn (tệp › trang!dòng)' },
      levels: { province: 'Tỉnh', commune: 'Xã', unknown: 'Chưa rõ' },
      total: 'Tổng cộng',
      fromFiles: (count) => `${formatCount(count, 'vi')} tệp`,
      noUnits: 'Không thấy đơn vị nào trong các tệp đã chọn.',
      issuesTitle: (errors, warnings) =>
        errors > 0 ? `${formatCount(errors, 'vi')} lỗi, ${formatCount(warnings, 'vi')} cảnh báo` : `${formatCount(warnings, 'vi')} cảnh báo`,
      downloadXlsx: 'Tải tệp .xlsx',
      downloadDocx: 'Tải bản Word (.docx)',
      write: 'Ghi vào sổ tính',
      writing: 'Đang ghi…',
      written: (sheets) => `Đã ghi báo cáo tổng hợp vào trang ${sheets}.`,
      replaced: (sheets) => `Đã thay trang ${sheets} cũ.`,
      unitSheetAdded: (sheet) =>
        `Đã thêm trang ${sheet}: mỗi tên thấy trong tệp, với đơn vị và cấp đã nhận. Nếu chưa đúng, sửa ở trang đó, lưu sổ tính và thêm sổ vào danh sách tệp khi tổng hợp lại.`,
      unitSheetKept: (sheet) => `Sổ tính đã có trang ${sheet}: giữ nguyên.`,
      openSheet: 'Mở trang tổng hợp',
    },

    selfTest: {
      title: 'Kiểm tra tương thích',
      intro:
        'Thử từng chức năng Excel mà phần bổ trợ dùng, trên một trang tạm tự tạo rồi tự xóa; các trang của bạn không bị đọc hay sửa. Khi có dòng Lỗi, bấm Sao chép kết quả và gửi cho bộ phận hỗ trợ.',
      run: 'Chạy kiểm tra tương thích',
      runAgain: 'Kiểm tra lại',
      running: 'Đang kiểm tra…',
      finished: (pass, fail, unsupported) => `Xong: ${pass} đạt, ${fail} lỗi, ${unsupported} không hỗ trợ.`,
      crashed: (message) => `Kiểm tra dừng giữa chừng: ${message}`,
      hostLine: (version, platform, host) => `Excel ${version} · Nền tảng: ${platform} · Ứng dụng: ${host}`,
      unknown: 'không rõ',
      listLabel: 'Kết quả kiểm tra tương thích',
      status: { pass: 'Đạt', fail: 'Lỗi', unsupported: 'Không hỗ trợ', pending: 'Chờ' },
      notRun: 'Chưa chạy: không tạo được trang tạm',
      checks: {
        excelApi19: { label: 'Bộ yêu cầu ExcelApi 1.9', without: 'Bắt buộc (manifest yêu cầu): thiếu thì phần bổ trợ không nạp được.' },
        excelApi113: { label: 'Bộ yêu cầu ExcelApi 1.13 (liệt kê ô gộp)', without: 'Không bắt buộc: ô gộp trong bảng nhập chỉ được đọc ở dòng đầu của vùng gộp.' },
        sharedRuntime: { label: 'Bộ yêu cầu SharedRuntime 1.1', without: 'Bắt buộc (manifest yêu cầu): ngăn tác vụ và các hàm TTHC.* chạy chung một môi trường.' },
        customFunctionsRuntime: { label: 'Bộ yêu cầu CustomFunctionsRuntime 1.1 (hàm tự định nghĩa)', without: 'Các hàm TTHC.* không dùng được trong công thức; ngăn tác vụ vẫn chạy.' },
        scratchSheet: { label: 'Tạo trang tính mới (trang tạm)', without: 'Không ghi được báo cáo vào trang mới.' },
        chunkedRead: { label: 'Đọc giá trị theo khối dòng', without: 'Không đọc được dữ liệu, không lập được báo cáo.' },
        mergedAreas: { label: 'Đọc vùng ô gộp', without: 'Ô gộp trong bảng nhập chỉ được đọc ở dòng đầu của vùng gộp.' },
        rowHeight: { label: 'Chiều cao dòng 409 pt (mức tối đa của Excel)', without: 'Dòng của báo cáo có thể sai chiều cao, chữ bị che.' },
        textFormat: { label: 'Định dạng Văn bản (@) giữ nguyên "=1+1", "08", "05/05"', without: 'Số văn bản, mã hồ sơ có thể bị Excel đổi thành số, ngày hoặc công thức.' },
        pageLayout: { label: 'Thiết lập trang in (khổ A4, hướng ngang, lề, vùng in)', without: 'Báo cáo in ra có thể sai khổ giấy, hướng giấy.' },
        dataValidation: { label: 'Danh sách chọn trong ô (xác thực dữ liệu)', without: 'Bảng nhập liệu tạo ra không có danh sách chọn.' },
        customFunctions: { label: 'Hàm TTHC.* đã đăng ký (=TTHC.ONLINE_SHARE(1,2) ra 0,5)', without: 'Công thức TTHC.* báo #NAME?: kiểm tra máy chủ trả được functions.json và functions.vi.json.' },
        sheetReplace: { label: 'Thay trang tính (thêm, xóa, thêm lại cùng tên, đổi tên)', without: 'Không thay được trang báo cáo cũ: chọn "Ghi trang mới" khi được hỏi.' },
        dateSystem: { label: 'Hệ ngày của sổ tính (1900 hay 1904)', without: 'Không xác định được: ngày được đọc theo hệ 1900.' },
        cleanup: { label: 'Xóa trang tạm', without: 'Hãy xóa tay các trang TTHC_KiemTra_… còn lại.' },
      },
      copy: 'Sao chép kết quả',
      copied: 'Đã sao chép. Dán vào thư hoặc phiếu yêu cầu hỗ trợ.',
      copyManual: 'Không sao chép tự động được. Bấm vào ô dưới, chọn hết (Ctrl+A) rồi sao chép (Ctrl+C).',
      textLabel: 'Kết quả dạng văn bản',
      textTitle: 'Báo cáo TTHC — Kiểm tra tương thích',
      fields: { version: 'Phiên bản Excel', platform: 'Nền tảng', host: 'Ứng dụng', browser: 'Trình duyệt / WebView', time: 'Thời điểm', sheet: 'Trang tạm' },
    },
  },

  en: {
    appTitle: 'TTHC Reports',
    languageLabel: 'Language',
    languageNames: { vi: 'Tiếng Việt', en: 'English' },
    tabsLabel: 'Task pane sections',
    tabs: { report: 'Report', data: 'Data', indicators: 'Indicators', deadlines: 'Deadlines', content: 'Figures and text', consolidate: 'Consolidate' },
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
      noDossiers: (span) => `This period holds no dossier (the log's received dates: ${span}). Check the period before making the report.`,
    },

    report: {
      kind: 'Report',
      agencyTitle: 'Agency details (ThongTin sheet)',
      agencyFields: {
        parentAgency: 'Parent agency',
        agency: 'Agency',
        place: 'Place name',
        documentNumber: 'Document number',
        issueDate: 'Issue date (blank: the day the report is made)',
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
      downloadAll: (count) => `Download .xlsx (${formatCount(count, 'en')} ${count === 1 ? 'report' : 'reports'})`,
      sessionTitle: (count) => `Reports made in this session (${formatCount(count, 'en')})`,
      sessionNote: 'The .xlsx download holds your data and every report sheet below; each report has its own Word document.',
      sessionDocx: 'Word (.docx)',
      sessionDocxName: (sheet) => `Word (.docx) of the report “${sheet}”`,
      downloadDocx: 'Download Word (.docx)',
      downloadedDocxInExcel: (file, url) =>
        `Downloaded “${file}”. If no save dialog or download appeared, open the preview page ${url} in a browser, choose the workbook and make the report to download the Word document there.`,
      headlineTitle: 'Headline figures',
      previewTitle: 'Preview',
      previewRegion: (sheet) => `Preview of sheet ${sheet}`,
      previewScrollHint: 'The table is wider than the pane: scroll sideways (or select it and use the arrow keys) to see all of it.',
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

    deadlines: {
      intro: 'Dossiers being processed that are overdue or due soon, in working days: without Saturdays, Sundays, public holidays, Tết and the days off of the NgayNghi table; an extended dossier counts to its new due date.',
      asOf: 'As of',
      asOfHint: 'Today by default; pick another day to look back or ahead.',
      asOfInvalid: 'Choose a date.',
      today: 'Today',
      refresh: 'Recompute',
      computing: 'Computing…',
      summary: (date, open) => `${date}: ${open} dossier${open === '1' ? '' : 's'} being processed.`,
      groups: { overdue: 'Overdue', dueSoon: 'Due within 1 working day', dueLater: 'Due within 3 working days' },
      tiles: { overdue: 'Overdue', dueSoon: 'Within 1 working day', dueLater: 'Within 3 working days' },
      groupHints: { overdue: 'Past their due date', dueSoon: 'Due today or on the next working day', dueLater: '2 or 3 working days left' },
      countsLabel: 'Dossiers by deadline',
      emptyGroup: 'No dossiers.',
      nothingDue: 'No dossier is overdue or due within the next 3 working days.',
      dueOn: (date) => `due ${date}`,
      overdueBy: (days) => (days === 0 ? 'Just overdue' : `${formatCount(days, 'en')} day${days === 1 ? '' : 's'} overdue`),
      dueToday: 'Due today',
      daysLeft: (days) => `${formatCount(days, 'en')} day${days === 1 ? '' : 's'} left`,
      extended: (from) => `extended, was due ${from}`,
      received: (date) => `received ${date}`,
      selectHint: 'Click a dossier ID to select its row in the log.',
      goTo: (sheet, row) => `Select row ${row} on sheet ${sheet}`,
      withErrors: (errors) => `The data has ${errors} error${errors === 1 ? '' : 's'}: rows with errors are not watched (see the Data tab).`,
    },

    content: {
      intro: 'The typed-in figures (SoLieu sheet) and narrative (NoiDung sheet) the report prints, for the chosen period. Left empty, the report keeps a yellow placeholder.',
      report: 'Report',
      noContent: (report) => `“${report}” has no typed-in figures or text. Choose another report.`,
      period: (period, from, to) => `Period ${period}: ${from} to ${to} (chosen on the Report tab).`,
      needPeriod: 'The period on the Report tab is not valid; fix it there to fill in figures and text.',
      loading: 'Reading the SoLieu and NoiDung sheets…',
      remaining: (figures, sections) =>
        `${formatCount(figures, 'en')} figure${figures === 1 ? '' : 's'} and ${formatCount(sections, 'en')} section${sections === 1 ? '' : 's'} still empty.`,
      complete: 'Every figure and section is filled in.',
      figuresTitle: 'Figures (SoLieu sheet)',
      figuresHint: 'Whole numbers, 0 or more; leave empty if not known yet.',
      figureGroup: (section) => `Section ${section}`,
      sectionsTitle: 'Text (NoiDung sheet)',
      sectionsHint: 'Each line is a paragraph of the report.',
      empty: 'empty',
      optional: 'optional',
      badNumber: 'Enter a whole number, 0 or more.',
      save: 'Save to SoLieu and NoiDung',
      saving: 'Saving…',
      saved: 'Saved to the workbook’s SoLieu and NoiDung sheets.',
      savedPreview: 'Saved to the SoLieu and NoiDung sheets; the downloaded file will carry them.',
      fixFirst: (count) => `Fix ${formatCount(count, 'en')} figure${count === 1 ? '' : 's'} before saving.`,
      gapBeforeReport: (figures, sections) =>
        `${formatCount(figures, 'en')} figure${figures === 1 ? '' : 's'} and ${formatCount(sections, 'en')} section${sections === 1 ? '' : 's'} still empty: the report will show yellow placeholders. Fill them in on the Figures and text tab.`,
      noGapBeforeReport: 'Every figure and section of the period is filled in.',
    },

    consolidate: {
      intro:
        'Puts many units’ files into one report by unit (form II.06a): each unit’s dossier log, the II.06a or form 06 tables units send, a DonVi sheet (name in the file → unit, level) and a file with only the consolidating office’s ThongTin.',
      filesLabel: 'The units’ files',
      dropHint: 'Drop the units’ files here (.xlsx, .xls, .csv; several at once)',
      dropActive: 'Drop the files to add them',
      chooseFiles: 'Choose files',
      fileInputLabel: 'The units’ files to consolidate (.xlsx, .xls, .csv; several at once)',
      chosen: (count) => `${formatCount(count, 'en')} file${count === 1 ? '' : 's'} chosen`,
      remove: (name) => `Remove ${name}`,
      clear: 'Remove all',
      run: 'Consolidate',
      needFiles: 'Choose the units’ files before consolidating.',
      doneTitle: (units, files) => `${formatCount(units, 'en')} unit${units === 1 ? '' : 's'} consolidated from ${formatCount(files, 'en')} file${files === 1 ? '' : 's'}`,
      periodLine: (label, from, to) => `Period ${label}, from ${from} to ${to}.`,
      errorsTitle: (errors) => `The data has ${formatCount(errors, 'en')} error${errors === 1 ? '' : 's'}: no consolidated report yet`,
      errorsBody:
        'The table below counts what could be read (a unit that comes twice with different figures is counted once, from its first file). Fix the files and press Consolidate, or press Make the report anyway to use these figures.',
      useAnyway: 'Make the report anyway',
      tableLabel: 'Figures by unit',
      columns: { unit: 'Unit', level: 'Level', received: 'Received', resolved: 'Resolved', onTimeRate: 'On time', onlineShare: 'Online', source: 'Source (file › sheet!row)' },
      levels: { province: 'Province', commune: 'Commune', unknown: 'Unknown' },
      total: 'Total',
      fromFiles: (count) => `${formatCount(count, 'en')} file${count === 1 ? '' : 's'}`,
      noUnits: 'No unit was found in the files chosen.',
      issuesTitle: (errors, warnings) => {
        const w = `${formatCount(warnings, 'en')} warning${warnings === 1 ? '' : 's'}`;
        return errors > 0 ? `${formatCount(errors, 'en')} error${errors === 1 ? '' : 's'}, ${w}` : w;
      },
      downloadXlsx: 'Download .xlsx',
      downloadDocx: 'Download Word (.docx)',
      write: 'Write into the workbook',
      writing: 'Writing…',
      written: (sheets) => `The consolidated report is on sheet${sheets.includes(',') ? 's' : ''} ${sheets}.`,
      replaced: (sheets) => `The old sheet${sheets.includes(',') ? 's' : ''} ${sheets} replaced.`,
      unitSheetAdded: (sheet) =>
        `Sheet ${sheet} added: each name found in the files, with the unit and level it was taken for. If one is wrong, correct it there, save the workbook and add it to the files when consolidating again.`,
      unitSheetKept: (sheet) => `The workbook already has a ${sheet} sheet: left as it is.`,
      openSheet: 'Open the consolidated sheet',
    },

    selfTest: {
      title: 'Compatibility check',
      intro:
        'Tries every Excel feature the add-in uses, on a scratch sheet it adds and then deletes; your own sheets are neither read nor changed. If a line fails, press Copy results and send the text to support.',
      run: 'Run the compatibility check',
      runAgain: 'Check again',
      running: 'Checking…',
      finished: (pass, fail, unsupported) => `Done: ${pass} passed, ${fail} failed, ${unsupported} not supported.`,
      crashed: (message) => `The check stopped part-way: ${message}`,
      hostLine: (version, platform, host) => `Excel ${version} · Platform: ${platform} · Host: ${host}`,
      unknown: 'unknown',
      listLabel: 'Compatibility check results',
      status: { pass: 'Pass', fail: 'Fail', unsupported: 'Not supported', pending: 'Waiting' },
      notRun: 'Not run: the scratch sheet could not be added',
      checks: {
        excelApi19: { label: 'ExcelApi 1.9 requirement set', without: 'Required (the manifest asks for it): without it the add-in does not load.' },
        excelApi113: { label: 'ExcelApi 1.13 requirement set (listing merged cells)', without: 'Optional: merged cells in the input tables are read in their first row only.' },
        sharedRuntime: { label: 'SharedRuntime 1.1 requirement set', without: 'Required (the manifest asks for it): the task pane and the TTHC.* functions share one runtime.' },
        customFunctionsRuntime: { label: 'CustomFunctionsRuntime 1.1 requirement set (custom functions)', without: 'The TTHC.* functions cannot be used in formulas; the task pane still works.' },
        scratchSheet: { label: 'Adding a sheet (the scratch sheet)', without: 'Reports cannot be written to a new sheet.' },
        chunkedRead: { label: 'Reading values in row blocks', without: 'The data cannot be read, so no report can be made.' },
        mergedAreas: { label: 'Listing merged areas', without: 'Merged cells in the input tables are read in their first row only.' },
        rowHeight: { label: 'Row height of 409 pt (Excel’s maximum)', without: 'Report rows may get the wrong height, hiding text.' },
        textFormat: { label: 'Text format (@) keeps "=1+1", "08", "05/05" as typed', without: 'Document numbers and dossier codes may be turned into numbers, dates or formulas.' },
        pageLayout: { label: 'Page setup (A4, landscape, margins, print area)', without: 'Printed reports may get the wrong paper size or orientation.' },
        dataValidation: { label: 'In-cell drop-down lists (data validation)', without: 'The input tables it creates have no drop-down lists.' },
        customFunctions: { label: 'TTHC.* functions registered (=TTHC.ONLINE_SHARE(1,2) gives 0.5)', without: 'TTHC.* formulas show #NAME?: check that the server serves functions.json and functions.vi.json.' },
        sheetReplace: { label: 'Replacing a sheet (add, delete, add again by name, rename)', without: 'An old report sheet cannot be replaced: choose "Write a new sheet" when asked.' },
        dateSystem: { label: 'Workbook date system (1900 or 1904)', without: 'Cannot be told: dates are read in the 1900 system.' },
        cleanup: { label: 'Deleting the scratch sheet', without: 'Please delete any TTHC_KiemTra_… sheets left by hand.' },
      },
      copy: 'Copy results',
      copied: 'Copied. Paste it into an e-mail or a support ticket.',
      copyManual: 'Could not copy automatically. Click the box below, select all (Ctrl+A) and copy (Ctrl+C).',
      textLabel: 'Results as text',
      textTitle: 'TTHC Reports — Compatibility check',
      fields: { version: 'Excel version', platform: 'Platform', host: 'Host', browser: 'Browser / WebView', time: 'Time', sheet: 'Scratch sheet' },
    },
  },
};

export const DEFAULT_LANGUAGE: Language = 'vi';

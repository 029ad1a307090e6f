/**
 * Vietnamese display names of the custom functions, by id. Excel shows `name` and keeps formulas
 * by `id`, so a workbook written in an English Excel opens with these names in a Vietnamese one.
 * Names: letters, digits, `_` and `.`, starting with a letter (Office's naming rules); no
 * diacritics, as Vietnamese staff type function names.
 */
export const VIETNAMESE_NAMES: Readonly<Record<string, string>> = {
  ONLINE_SHARE: 'TYLE_TRUCTUYEN',
  ONTIME_RATE: 'TYLE_DUNGHAN',
  DIGITISATION_RATE: 'TYLE_SOHOA',
  PROGRESS_RATE: 'TYLE_TIENDO',
  DOSSIER_COUNT: 'DEM_HOSO',
  ONTIME_RATE_RANGE: 'TYLE_DUNGHAN_HOSO',
  ONLINE_SHARE_RANGE: 'TYLE_TRUCTUYEN_HOSO',
  PERIOD_START: 'NGAY_DAUKY',
  PERIOD_END: 'NGAY_CUOIKY',
  DUE_DATE: 'HAN_TRAKETQUA',
  WORKDAYS: 'SO_NGAYLAMVIEC',
  DAYS_LEFT: 'SO_NGAY_CON_LAI',
  SCORE766: 'DIEM766',
  SCORE766_PROGRESS: 'DIEM766_TIENDO',
  SCORE766_DIGITISATION: 'DIEM766_SOHOA',
};

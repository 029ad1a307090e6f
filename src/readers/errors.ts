/**
 * A file that cannot be read as input, in words a user understands (Vietnamese, then English).
 * The CLI prints the message and exits 2; the task pane shows it. No platform API here.
 */

/** A file that is not a workbook the readers take, or that cannot be read. */
export class WorkbookFileError extends Error {}

export function notAWorkbook(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" không phải sổ làm việc Excel .xlsx (có thể là tệp hỏng hoặc loại tệp khác). / ` +
      `"${file}" is not an Excel .xlsx workbook (perhaps a damaged file or another kind of file).`,
  );
}

/** An OLE compound file: Excel 97–2003 (BIFF) or an encrypted workbook; neither is damaged, both need Excel. */
export function oldXlsOrPassword(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" là tệp .xls cũ hoặc sổ làm việc có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu và Lưu thành .xlsx. / ` +
      `"${file}" is an old .xls or a password-protected workbook: open it in Excel, remove the password and save it as .xlsx.`,
  );
}

export function openDocumentSpreadsheet(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" là bảng tính OpenDocument (.ods). Hãy mở bằng Excel hoặc LibreOffice và Lưu thành .xlsx. / ` +
      `"${file}" is an OpenDocument spreadsheet (.ods): open it in Excel or LibreOffice and save it as .xlsx.`,
  );
}

/** Excel 2003 XML (SpreadsheetML), which some systems export as .xls. */
export function spreadsheetXml(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" là bảng tính XML của Excel 2003. Hãy mở bằng Excel và Lưu thành .xlsx. / ` +
      `"${file}" is an Excel 2003 XML spreadsheet: open it in Excel and save it as .xlsx.`,
  );
}

/** An Excel binary workbook (.xlsb): a zip, but of binary parts. */
export function binaryWorkbook(file: string): WorkbookFileError {
  return new WorkbookFileError(
    `Tệp "${file}" là sổ làm việc nhị phân của Excel (.xlsb). Hãy mở bằng Excel và Lưu thành .xlsx. / ` +
      `"${file}" is an Excel binary workbook (.xlsb): open it in Excel and save it as .xlsx.`,
  );
}

export function damaged(file: string, cause: string): WorkbookFileError {
  return new WorkbookFileError(`Tệp "${file}" bị hỏng, không đọc được (${cause}). / "${file}" is damaged and cannot be read (${cause}).`);
}

export function emptyFile(file: string): WorkbookFileError {
  return new WorkbookFileError(`Tệp "${file}" trống. / "${file}" is empty.`);
}

export function cannotOpen(file: string, code: string): WorkbookFileError {
  return new WorkbookFileError(`Không mở được tệp "${file}" (${code}). / Cannot open "${file}" (${code}).`);
}

/** The message of anything thrown, for a user message's parenthesis. */
export function causeOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

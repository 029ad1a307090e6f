/**
 * Which kind of file `generate` writes: from `--format`, or from `-o`'s extension. A file is
 * never written in one format under another's name: `-o q.docx --format xlsx` and `-o q.txt`
 * are refused before any work.
 */

import path from 'node:path';
import { UsageError } from './args';

export type OutputFormat = 'xlsx' | 'docx' | 'pdf';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['xlsx', 'docx', 'pdf'];

const isFormat = (text: string): text is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(text);

/**
 * The format of the report file: `--format` when given, else the extension of `-o`, else xlsx.
 * Both given must agree; an extension that is none of the three is refused.
 */
export function outputFormatOf(output: string | undefined, format: string | undefined): OutputFormat {
  let asked: OutputFormat | undefined;
  if (format !== undefined) {
    const name = format.trim().toLowerCase().replace(/^\./, '');
    if (!isFormat(name)) {
      throw new UsageError(`--format: xlsx, docx hoặc pdf, không phải "${format}". / --format: xlsx, docx or pdf, not "${format}".`);
    }
    asked = name;
  }
  if (output === undefined) return asked ?? 'xlsx';
  const extension = path.extname(output).toLowerCase().replace(/^\./, '');
  if (!isFormat(extension)) {
    const shown = extension === '' ? 'không có phần mở rộng / no extension' : `.${extension}`;
    throw new UsageError(
      `Tệp kết quả "${path.basename(output)}" (${shown}): chỉ ghi được .xlsx, .docx hoặc .pdf. / ` +
        `The output "${path.basename(output)}" (${shown}): only .xlsx, .docx or .pdf can be written.`,
    );
  }
  if (asked !== undefined && asked !== extension) {
    throw new UsageError(
      `--format ${asked} nhưng tệp kết quả có đuôi .${extension}: không ghi định dạng này dưới tên định dạng khác. / ` +
        `--format ${asked} but the output ends in .${extension}: a file is never written under another format's name.`,
    );
  }
  return extension;
}

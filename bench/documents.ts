/**
 * Writing the reports as files once the figures are computed: each report rendered from the
 * engine's result (the sheet model and its document model), then the Word document packed
 * (`docxBytes`) and, for comparison, the sheet written to .xlsx by ExcelJS.
 */
import ExcelJS from 'exceljs';
import { docxBytes } from '../src/adapters/docx/writeDocx';
import { writeSheetModel } from '../src/adapters/exceljs/writeSheet';
import { dayFromDate } from '../src/core/days';
import type { AgencyInfo, IndicatorResult } from '../src/core/types';
import { REPORT_IDS, renderReport, type ReportId } from '../src/templates';
import { documentOf } from '../src/templates/document';
import { gc, median, now, secondsSince } from './measure';

const INFO: AgencyInfo = {
  parentAgency: 'UBND tỉnh Bình Minh',
  agency: 'Sở Ngoại vụ',
  place: 'Bình Minh',
  documentNumber: '/BC-SNV',
  recipient: 'Văn phòng UBND tỉnh',
  recipients: ['Như trên;', 'Lãnh đạo Sở;', 'Lưu: VT, VP.'],
  signerTitle: 'Giám đốc',
  signerDeputyTitle: 'Phó Giám đốc',
  signerName: 'Nguyễn Văn A',
  formCodeLine: '',
};

export interface DocumentTiming {
  report: ReportId;
  /** Median seconds: the report's models from the figures. */
  render: number;
  /** Median seconds: the .docx from the document model. */
  docx: number;
  docxBytes: number;
  /** Median seconds: the .xlsx of the sheet model (ExcelJS). */
  xlsx: number;
  runs: number;
}

/** Times every report's rendering and writing, `runs` times each after one warm-up. */
export async function timeDocuments(result: IndicatorResult, runs = 5): Promise<DocumentTiming[]> {
  const ctx = { result, figures: {}, narratives: {}, info: INFO, issueDate: dayFromDate(new Date()), language: 'vi' as const };
  const timings: DocumentTiming[] = [];
  for (const report of REPORT_IDS) {
    const render: number[] = [];
    const docx: number[] = [];
    const xlsx: number[] = [];
    let size = 0;
    for (let i = 0; i <= runs; i++) {
      gc();
      let t0 = now();
      const model = renderReport(report, ctx);
      const renderSeconds = secondsSince(t0);
      t0 = now();
      const bytes = await docxBytes(documentOf(model)!);
      const docxSeconds = secondsSince(t0);
      t0 = now();
      const workbook = new ExcelJS.Workbook();
      writeSheetModel(workbook, model);
      await workbook.xlsx.writeBuffer();
      const xlsxSeconds = secondsSince(t0);
      size = bytes.length;
      if (i === 0) continue; // warm-up
      render.push(renderSeconds);
      docx.push(docxSeconds);
      xlsx.push(xlsxSeconds);
    }
    timings.push({ report, render: median(render), docx: median(docx), docxBytes: size, xlsx: median(xlsx), runs });
  }
  return timings;
}

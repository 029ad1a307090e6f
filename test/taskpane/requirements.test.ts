/** The pane's Excel code needs ExcelApi 1.9 (the adapter's getRanges and pageLayout, data validation, freeze panes); the manifest says so. */
import { readFileSync } from 'fs';
import * as path from 'path';

test('manifest.xml requires ExcelApi 1.9 next to SharedRuntime 1.1', () => {
  const xml = readFileSync(path.resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  const sets = /<Requirements>\s*<Sets[^>]*>([\s\S]*?)<\/Sets>\s*<\/Requirements>/.exec(xml)?.[1] ?? '';
  expect(sets).toMatch(/<Set Name="ExcelApi" MinVersion="1\.9"\/>/);
  expect(sets).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
});

/**
 * The task pane's fake Office.js (./fakeOffice.ts) is strict about members: one it does not
 * model throws, naming it, as a wrong API name fails in Excel; what it models is kept on the
 * fake sheet; what Excel refuses fails the request at its sync.
 */
import { FakeBook } from './fakeOffice';

describe('fake Office.js', () => {
  test('a member it does not model throws with its name, read, called or set', async () => {
    const book = new FakeBook();
    book.addSheet('HoSo', [['Mã hồ sơ']]);
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('HoSo').getRange('A1') as unknown as Record<string, any>;
      expect(() => range.foo).toThrow('fake Office: Range.foo is not modelled');
      expect(() => range.format.autofitColumns()).toThrow('fake Office: RangeFormat.autofitColumns is not modelled');
      expect(() => (range.format.font.strikethrough = true)).toThrow('fake Office: RangeFont.strikethrough is not modelled');
      expect(() => (range.rowCount = 3)).toThrow('fake Office: Range.rowCount is read-only');
      expect(() => range.format.font.bold).toThrow('fake Office: RangeFont.bold is not modelled for reading');
      // Modelled: recorded on the sheet.
      range.format.font.bold = true;
      range.format.horizontalAlignment = 'Center';
    });
    expect(book.sheet('HoSo')!.formatting).toEqual([
      { address: 'A1', property: 'font.bold', value: true },
      { address: 'A1', property: 'horizontalAlignment', value: 'Center' },
    ]);
  });

  test('a row taller than 409 points fails its request, as in Excel, and is not applied', async () => {
    const book = new FakeBook();
    book.addSheet('BC');
    const run = book.run(async (context) => {
      context.workbook.worksheets.getItem('BC').getRanges('2:3,5:5').format.rowHeight = 410;
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.format.rowHeight' } });
    expect(book.sheet('BC')!.rowHeights).toEqual([]);
  });
});

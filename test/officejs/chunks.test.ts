import { DEFAULT_BYTES_PER_CELL, MIN_BYTES_PER_CELL, nextBytesPerCell, payloadBytes, REQUEST_BUDGET_BYTES, rowsPerChunk } from '../../src/adapters/officejs/chunks';

/** A dossier row as exports write it, with long codes and Vietnamese text in every text column. */
function heavyDossierRow(i: number): Array<string | number> {
  return [
    `000.00.12.H47-230315-${String(i).padStart(6, '0')}`,
    `1.0${String(i % 9999).padStart(5, '0')}`,
    45000 + (i % 400),
    45010 + (i % 400),
    45008 + (i % 400),
    'Trực tuyến',
    'Đã trả kết quả đúng hạn',
    'Có',
    'Có',
    'Không',
    'Có',
    'Không',
    'Có',
  ];
}

describe('chunk planning', () => {
  it('plans a 1,000,000-row, 13-column table in 209 blocks, each estimated under 4 MB', () => {
    const rows = rowsPerChunk(13);
    expect(rows).toBe(4807);
    expect(Math.ceil(1_000_000 / rows)).toBe(209);
    expect(rows * 13 * DEFAULT_BYTES_PER_CELL).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect((rows + 1) * 13 * DEFAULT_BYTES_PER_CELL).toBeGreaterThan(REQUEST_BUDGET_BYTES);
  });

  it('keeps a planned block of heavy dossier rows under 4 MB as JSON', () => {
    const block = Array.from({ length: rowsPerChunk(13) }, (_, i) => heavyDossierRow(i));
    expect(Buffer.byteLength(JSON.stringify(block))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(payloadBytes(block)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });

  it('counts non-ASCII characters as escapes when estimating a payload', () => {
    expect(payloadBytes([['ab']])).toBe(8);
    expect(payloadBytes([['đ']])).toBe(7 + 5);
  });

  it('plans later blocks from the weight seen, never below the floor', () => {
    expect(nextBytesPerCell(3)).toBe(MIN_BYTES_PER_CELL);
    expect(nextBytesPerCell(150)).toBe(300);
  });

  it('always plans at least one row, even for a row over the budget', () => {
    expect(rowsPerChunk(13, 1_000_000)).toBe(1);
  });
});

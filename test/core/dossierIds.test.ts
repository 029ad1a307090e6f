import fc from 'fast-check';
import { DossierIdRegistry } from '../../src/core/dossierIds';

/** What the registry must find, the plain way: each ID's first log, and per pair of logs the IDs met again. */
function sharedByMap(logs: string[][], shownIds: number) {
  const owner = new Map<string, number>();
  const pairs = new Map<string, { first: number; second: number; count: number; shown: string[] }>();
  logs.forEach((ids, index) => {
    for (const id of ids) {
      const before = owner.get(id);
      if (before === undefined) owner.set(id, index);
      else if (before !== index) {
        const key = `${before}:${index}`;
        const pair = pairs.get(key) ?? { first: before, second: index, count: 0, shown: [] };
        pair.count++;
        if (pair.shown.length < shownIds) pair.shown.push(id);
        pairs.set(key, pair);
      }
    }
  });
  return [...pairs.values()];
}

describe('dossier IDs of many logs', () => {
  test('an ID in two logs is reported once for the pair, with how many they share and the first of them', () => {
    const ids = new DossierIdRegistry(2);
    ids.add(0, ['H1', 'H2', 'H3']);
    ids.add(1, ['H9', 'H3', 'H2', 'H1']);
    expect(ids.sharedPairs()).toEqual([{ first: 0, second: 1, count: 3, shown: ['H3', 'H2'] }]);
  });

  test('an ID twice in one log is no ID of two logs', () => {
    const ids = new DossierIdRegistry();
    ids.add(0, ['H1', 'H1']);
    ids.add(1, ['H2']);
    expect(ids.sharedPairs()).toEqual([]);
    expect(ids.size).toBe(2);
  });

  test('claiming an ID gives it to the first claimant and tells each later one who has it', () => {
    const ids = new DossierIdRegistry();
    expect(ids.claim('H1', 5)).toBe(-1);
    expect(ids.claim('H2', 6)).toBe(-1);
    expect(ids.claim('H1', 9)).toBe(5);
    expect(ids.claim('H1', 12)).toBe(5);
  });

  test('IDs that differ only in case, accents or length are different IDs', () => {
    const ids = new DossierIdRegistry();
    ids.add(0, ['h1', 'Hồ sơ 1', 'H1 ']);
    ids.add(1, ['H1', 'Hồ so 1', 'H1']);
    expect(ids.sharedPairs()).toEqual([]);
  });

  test('any logs give the pairs a map of strings gives', () => {
    const id = fc.stringMatching(/^[A-Cđ]{0,3}$/);
    fc.assert(
      fc.property(fc.array(fc.array(id, { maxLength: 30 }), { maxLength: 6 }), (logs) => {
        const ids = new DossierIdRegistry(3);
        logs.forEach((log, i) => ids.add(i, log));
        expect(ids.sharedPairs()).toEqual(sharedByMap(logs, 3));
      }),
      { numRuns: 300 },
    );
  });

  test('three hundred thousand IDs in three logs, as the table grows, find exactly the shared ones', () => {
    const logs = [0, 1, 2].map((unit) => Array.from({ length: 100_000 }, (_, i) => `DV${unit}-${i}`));
    // Every thousandth ID of the second log is also in the first; of the third, in the second.
    for (let i = 0; i < 100_000; i += 1000) {
      logs[1][i] = `DV0-${i}`;
      logs[2][i + 1] = `DV1-${i + 1}`;
    }
    const ids = new DossierIdRegistry(3);
    logs.forEach((log, i) => ids.add(i, log));
    expect(ids.sharedPairs()).toEqual(sharedByMap(logs, 3));
    expect(ids.sharedPairs().map((p) => p.count)).toEqual([100, 100]);
  });
});

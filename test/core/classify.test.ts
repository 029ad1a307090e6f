import { classifyDossier } from '../../src/core/classify';
import { dayFromParts } from '../../src/core/days';

const d = (day: number, month: number) => dayFromParts(2023, month, day);
const Q2 = { from: d(15, 3), to: d(14, 6) };

describe('classifying a dossier for a period', () => {
  test('received after the period: not in it', () => {
    expect(classifyDossier({ received: d(15, 6), due: d(20, 6), completed: null }, Q2).inPeriod).toBe(false);
  });

  test('received and finished before the period: not in it', () => {
    expect(classifyDossier({ received: d(1, 3), due: d(8, 3), completed: d(14, 3) }, Q2).inPeriod).toBe(false);
  });

  test('received before, finished on the first day: carried over and resolved', () => {
    const c = classifyDossier({ received: d(10, 3), due: d(17, 3), completed: d(15, 3) }, Q2);
    expect(c).toMatchObject({ inPeriod: true, carriedOver: true, isNew: false, resolved: 'early' });
  });

  test('received before and still open: carried over and pending', () => {
    const c = classifyDossier({ received: d(10, 3), due: d(20, 6), completed: null }, Q2);
    expect(c).toMatchObject({ carriedOver: true, pending: 'inTime' });
  });

  test('received on the last day: new', () => {
    expect(classifyDossier({ received: d(14, 6), due: d(21, 6), completed: null }, Q2).isNew).toBe(true);
  });

  test('completed before the due date: early; on it: on time; after it: late', () => {
    const base = { received: d(1, 4), due: d(10, 4) };
    expect(classifyDossier({ ...base, completed: d(9, 4) }, Q2).resolved).toBe('early');
    expect(classifyDossier({ ...base, completed: d(10, 4) }, Q2).resolved).toBe('onTime');
    expect(classifyDossier({ ...base, completed: d(11, 4) }, Q2).resolved).toBe('late');
  });

  test('completed after the period: pending at its end', () => {
    expect(classifyDossier({ received: d(1, 6), due: d(20, 6), completed: d(16, 6) }, Q2).pending).toBe('inTime');
  });

  test('pending with a due date before the period end: overdue; on or after it: in time', () => {
    expect(classifyDossier({ received: d(1, 6), due: d(13, 6), completed: null }, Q2).pending).toBe('overdue');
    expect(classifyDossier({ received: d(1, 6), due: d(14, 6), completed: null }, Q2).pending).toBe('inTime');
  });

  test('a withdrawn dossier ends at its completed date and counts as on time, even past its due date', () => {
    const c = classifyDossier({ received: d(1, 4), due: d(5, 4), completed: d(20, 4), endStatus: 'withdrawn' }, Q2);
    expect(c.resolved).toBe('onTime');
  });
});

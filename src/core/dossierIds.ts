/**
 * The dossier IDs (mã hồ sơ) of many units' logs, to find a dossier two units count. A
 * province's quarter is millions of IDs: they are kept as UTF-16 code units in one growing
 * array with an open-addressing hash table over them, about 30 bytes an ID, rather than as
 * millions of strings in a Map (each ID read from a workbook may also pin the whole text it
 * was cut from).
 */

/** Where the IDs of one log are also in an earlier log. */
export interface SharedIds {
  /** The index of the log that had them first, and of the later one (the caller's numbering). */
  first: number;
  second: number;
  /** How many IDs the two share. */
  count: number;
  /** The first shared IDs, in the later log's order (at most `shownIds`). */
  shown: string[];
}

const EMPTY = -1;

export class DossierIdRegistry {
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Per ID: where its characters start (its end is the next one's start), and the log that had it first. */
  private starts = new Int32Array(1 << 12);
  private owners = new Int32Array(1 << 12);
  private count = 0;
  /**
   * The hash table: slot i is `[entry, hash]` at 2i, 2i + 1, side by side so that a probe reads
   * one cache line; the hash tells most probes apart without reading characters.
   */
  private slots = new Int32Array(2 << 13).fill(EMPTY);
  private readonly shared = new Map<string, SharedIds>();

  constructor(private readonly shownIds = 5) {}

  /** The number of distinct IDs registered. */
  get size(): number {
    return this.count;
  }

  /** Registers the IDs of log `owner` (a number the caller gives each log; logs in order). */
  add(owner: number, ids: Iterable<string>): void {
    for (const id of ids) this.addOne(owner, id);
  }

  /** Each pair of logs that share IDs, in the order the pairs were found. */
  sharedPairs(): SharedIds[] {
    return [...this.shared.values()];
  }

  private addOne(owner: number, id: string): void {
    const before = this.claim(id, owner);
    if (before >= 0 && before !== owner) this.noteShared(before, owner, id);
  }

  /**
   * Gives `id` to `owner` when no one has it yet and returns -1; else returns who has it and
   * changes nothing. A log's own duplicate check: the owner is the row the ID is first on.
   */
  claim(id: string, owner: number): number {
    const hash = hashOf(id);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot];
      if (entry === EMPTY) {
        slots[2 * slot] = this.store(id, owner);
        slots[2 * slot + 1] = hash;
        if (this.count > slots.length >> 2) this.rehash();
        return -1;
      }
      if (slots[2 * slot + 1] === hash && this.equals(entry, id)) return this.owners[entry];
    }
  }

  private noteShared(first: number, second: number, id: string): void {
    const key = `${first}:${second}`;
    let pair = this.shared.get(key);
    if (!pair) this.shared.set(key, (pair = { first, second, count: 0, shown: [] }));
    pair.count++;
    if (pair.shown.length < this.shownIds) pair.shown.push(id);
  }

  private store(id: string, owner: number): number {
    const entry = this.count++;
    if (entry + 1 >= this.starts.length) {
      this.starts = grown(this.starts, this.starts.length * 2);
      this.owners = grown(this.owners, this.owners.length * 2);
    }
    if (this.used + id.length > this.chars.length) {
      let size = this.chars.length * 2;
      while (this.used + id.length > size) size *= 2;
      const chars = new Uint16Array(size);
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    this.starts[entry] = this.used;
    for (let i = 0; i < id.length; i++) this.chars[this.used + i] = id.charCodeAt(i);
    this.used += id.length;
    this.starts[entry + 1] = this.used;
    this.owners[entry] = owner;
    return entry;
  }

  private equals(entry: number, id: string): boolean {
    const start = this.starts[entry];
    if (this.starts[entry + 1] - start !== id.length) return false;
    for (let i = 0; i < id.length; i++) if (this.chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      const entry = old[i];
      if (entry === EMPTY) continue;
      const hash = old[i + 1];
      let slot = hash & mask;
      while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = entry;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the ID's UTF-16 code units. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

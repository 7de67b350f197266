/**
 * A binary min-heap of the items 0 … size − 1 keyed by numbers, with decrease-key: each item is in
 * the heap at most once, so the arrays are allocated once per solver and never grow. The nearest
 * reached mentor of a shortest-path search comes out in O(log n) instead of a scan of all of them.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** Where item k sits in `items`, or −1 when it is not in the heap. */
  private readonly position: Int32Array;
  private count = 0;

  constructor(size: number) {
    this.items = new Int32Array(size);
    this.keys = new Float64Array(size);
    this.position = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  has(item: number): boolean {
    return this.position[item] >= 0;
  }

  /** Inserts `item`, or lowers its key when it is already in the heap with a larger one. */
  push(item: number, key: number): void {
    let at = this.position[item];
    if (at < 0) {
      at = this.count++;
    } else if (key >= this.keys[at]) {
      return;
    }
    this.siftUp(at, item, key);
  }

  /** The item with the smallest key (the heap must not be empty). */
  peek(): number {
    return this.items[0];
  }

  peekKey(): number {
    return this.keys[0];
  }

  /** Removes and returns the item with the smallest key (the heap must not be empty). */
  pop(): number {
    const top = this.items[0];
    this.position[top] = -1;
    const last = --this.count;
    if (last > 0) this.siftDown(this.items[last], this.keys[last]);
    return top;
  }

  /** Empties the heap in O(size). */
  clear(): void {
    for (let at = 0; at < this.count; at++) this.position[this.items[at]] = -1;
    this.count = 0;
  }

  private siftUp(from: number, item: number, key: number): void {
    const { items, keys, position } = this;
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent] <= key) break;
      items[at] = items[parent];
      keys[at] = keys[parent];
      position[items[at]] = at;
      at = parent;
    }
    items[at] = item;
    keys[at] = key;
    position[item] = at;
  }

  /** Places `item` (taken from the end) starting at the root. */
  private siftDown(item: number, key: number): void {
    const { items, keys, position, count } = this;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      if (child + 1 < count && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      items[at] = items[child];
      keys[at] = keys[child];
      position[items[at]] = at;
      at = child;
    }
    items[at] = item;
    keys[at] = key;
    position[item] = at;
  }
}

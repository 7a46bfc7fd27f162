/**
 * The k best of many scored items without sorting them all: a bounded min-heap, so that
 * picking 50 passages out of 100,000 costs O(n log k).
 */
export function topK(
  candidates: ArrayLike<number>,
  count: number,
  k: number,
  score: (item: number) => number,
): number[] {
  const items: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = candidates[i] as number;
    const value = score(item);
    if (items.length < k) {
      push(items, scores, item, value);
    } else if (value > (scores[0] as number)) {
      items[0] = item;
      scores[0] = value;
      siftDown(items, scores);
    }
  }
  return items
    .map((item, i) => [item, scores[i] as number] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([item]) => item);
}

function push(items: number[], scores: number[], item: number, value: number): void {
  items.push(item);
  scores.push(value);
  let child = items.length - 1;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if ((scores[parent] as number) <= (scores[child] as number)) break;
    swap(items, scores, parent, child);
    child = parent;
  }
}

function siftDown(items: number[], scores: number[]): void {
  let parent = 0;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let smallest = parent;
    if (left < items.length && (scores[left] as number) < (scores[smallest] as number))
      smallest = left;
    if (right < items.length && (scores[right] as number) < (scores[smallest] as number))
      smallest = right;
    if (smallest === parent) return;
    swap(items, scores, parent, smallest);
    parent = smallest;
  }
}

function swap(items: number[], scores: number[], a: number, b: number): void {
  [items[a], items[b]] = [items[b] as number, items[a] as number];
  [scores[a], scores[b]] = [scores[b] as number, scores[a] as number];
}

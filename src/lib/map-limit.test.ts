import { describe, expect, it } from 'vitest';
import { mapInOrder, mapLimit } from './map-limit';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapLimit', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 6, 7], 3, async (n, i) => {
      running++;
      most = Math.max(most, running);
      for (let k = 0; k < n; k++) await tick();
      running--;
      return `${i}:${n}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:6', '6:7']);
    expect(most).toBe(3);
  });

  it('handles no items, fewer items than the limit, and refuses a limit below 1', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
    expect(await mapLimit([1, 2], 8, async (n) => n * 2)).toEqual([2, 4]);
    await expect(mapLimit([1], 0, async (n) => n)).rejects.toThrow(/at least 1/);
  });

  it('rejects with the first error', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
  });
});

describe('mapInOrder', () => {
  it('uses every item in order, however they finish, with never more than the limit made and not yet used', async () => {
    let inHand = 0;
    let most = 0;
    const used: string[] = [];
    const sizes = [5, 1, 4, 2, 3, 6, 7, 1, 1, 9, 2];
    await mapInOrder(
      sizes,
      3,
      async (n, i) => {
        inHand++;
        most = Math.max(most, inHand);
        for (let k = 0; k < n; k++) await tick();
        return `${i}:${n}`;
      },
      async (made) => {
        await tick();
        used.push(made);
        inHand--;
      },
    );
    expect(used).toEqual(sizes.map((n, i) => `${i}:${n}`));
    expect(most).toBe(3);
  });

  it('handles no items, refuses a limit below 1, and rejects with the first error without an unhandled one', async () => {
    await mapInOrder(
      [],
      4,
      async () => 1,
      () => expect.unreachable(),
    );
    await expect(
      mapInOrder(
        [1],
        0,
        async (n) => n,
        () => undefined,
      ),
    ).rejects.toThrow(/at least 1/);
    const used: number[] = [];
    await expect(
      mapInOrder(
        [1, 2, 3, 4],
        4,
        async (n) => {
          if (n >= 2) throw new Error(`failed ${n}`);
          return n;
        },
        (n) => void used.push(n),
      ),
    ).rejects.toThrow('failed 2');
    expect(used).toEqual([1]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { createTurnGate, REQUESTS_PER_TURN, TURN_BUDGET_MS } from './requests-per-turn.ts';

/** Counts turns of the event loop (one `setImmediate` a turn) until stopped. */
function turnCounter() {
  let turn = 0;
  let running = true;
  const tick = () => {
    turn += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    now: () => turn,
    stop: () => {
      running = false;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** How many requests started in each turn, in the order of the turns. */
function startsPerTurn(started: { turn: number }[]): number[] {
  const perTurn = new Map<number, number>();
  for (const { turn } of started) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1);
  return [...perTurn.values()];
}

describe('createTurnGate', () => {
  it('starts at most perTurn a turn, in arrival order, and every one eventually', async () => {
    const gate = createTurnGate({ perTurn: 3, budgetMs: Infinity });
    const turns = turnCounter();
    const started: { index: number; turn: number }[] = [];
    for (let index = 0; index < 10; index += 1) gate(() => started.push({ index, turn: turns.now() }));
    expect(started.map((entry) => entry.index)).toEqual([0, 1, 2]);
    await settle();
    turns.stop();
    expect(started.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const perTurn = startsPerTurn(started);
    expect(Math.max(...perTurn)).toBe(3);
    expect(perTurn).toHaveLength(4);
  });

  it('lets a new arrival wait behind those already waiting, even in a fresh turn', async () => {
    const gate = createTurnGate({ perTurn: 2, budgetMs: Infinity });
    const started: string[] = [];
    for (const name of ['a', 'b', 'c', 'd', 'e']) gate(() => started.push(name));
    await new Promise((resolve) => setImmediate(resolve));
    gate(() => started.push('late'));
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'late']);
  });

  it('costs no turn at all when idle, and starts at once again after a quiet spell', async () => {
    const gate = createTurnGate({ perTurn: 2, budgetMs: Infinity });
    const started: number[] = [];
    gate(() => started.push(1));
    gate(() => started.push(2));
    await settle();
    gate(() => started.push(3));
    expect(started).toEqual([1, 2, 3]);
  });

  it('starts no more once the turn has run for its budget, and fewer a turn while requests cost more', async () => {
    // Each request costs 3 ms on this clock: a turn of 8 ms starts three as they arrive (0, 3 and 6 ms
    // into it), then two a turn (8 ms over 3 ms a request), where a count of eight alone started eight.
    let clock = 0;
    const gate = createTurnGate({ perTurn: 8, budgetMs: 8, now: () => clock });
    const turns = turnCounter();
    const started: { index: number; turn: number }[] = [];
    for (let index = 0; index < 10; index += 1) {
      gate(() => {
        started.push({ index, turn: turns.now() });
        clock += 3;
      });
    }
    expect(started.map((entry) => entry.index)).toEqual([0, 1, 2]);
    await settle();
    turns.stop();
    expect(started.map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(startsPerTurn(started)).toEqual([3, 2, 2, 2, 1]);
  });

  it('starts every request that arrives while the turn is within its budget, up to the count', async () => {
    let clock = 0;
    const gate = createTurnGate({ perTurn: 8, budgetMs: 8, now: () => clock });
    const started: number[] = [];
    for (let index = 0; index < 12; index += 1) gate(() => started.push(index));
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await settle();
    expect(started).toHaveLength(12);
  });
});

describe('the application', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  it(`starts at most ${REQUESTS_PER_TURN} requests (or ${TURN_BUDGET_MS} ms of them) a turn and answers them all in order`, async () => {
    testApp = await createTestApp();
    const { app } = testApp;
    const turns = turnCounter();
    const handled: { index: number; turn: number }[] = [];
    // A route of its own, outside the page cache (which would render one page for all).
    app.get('/turn-probe', { config: { pageCache: false } }, async (request) => {
      handled.push({ index: Number(request.headers['x-index']), turn: turns.now() });
      return 'ok';
    });
    const count = REQUESTS_PER_TURN * 3 + 2;
    const responses = await Promise.all(Array.from({ length: count }, (_, index) => app.inject({ url: '/turn-probe', headers: { 'x-index': String(index) } })));
    turns.stop();
    expect(responses.map((response) => response.statusCode)).toEqual(Array(count).fill(200));
    expect(handled.map((entry) => entry.index)).toEqual(Array.from({ length: count }, (_, index) => index));
    const perTurn = startsPerTurn(handled);
    // Fewer than the count in a turn when this machine is so loaded that they take the budget's time.
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(REQUESTS_PER_TURN);
    expect(perTurn.length).toBeGreaterThanOrEqual(4);
  });
});

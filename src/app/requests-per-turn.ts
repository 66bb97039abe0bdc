/**
 * Bounds how many requests one turn of the event loop starts, so that a busy server keeps accepting
 * connections. Since libuv 1.45 (Node 20) a listening socket accepts one connection per turn of the
 * event loop (libuv pull request #3696, "don't accept() connections in a loop"), while a turn reads and
 * answers every request waiting on the connections already open. Under load, with 50 keep-alive
 * connections each holding a request, a turn rendered ~50 pages (45–100 ms), so the n-th connection
 * waiting to be accepted waited n turns: at the start of `bench/http.ts`'s runs the last of the 50 new
 * connections had its first page after 0.5–4.8 s, and those first requests were the slowest 1% of the
 * run and all of its maximum (`bench/http-tail.ts --trace`). A `sahifa serve` worker takes its
 * connections from the primary one per turn as well (Node's cluster hands one over and waits for the
 * worker's answer before the next).
 *
 * Here a turn starts at most `perTurn` requests; the others wait in arrival order and start at the
 * next turns (`setImmediate`, after this turn's poll), each of which accepts a connection too. The order
 * in which requests start is unchanged, so is the work done; a turn ends sooner.
 */
import type { FastifyInstance } from 'fastify';

/** Uncached pages cost ~1 ms: eight bound a turn near 8 ms, cached ones (~0.06 ms) near 0.5 ms. */
export const REQUESTS_PER_TURN = 8;

/** A gate that calls each `start` now, or at a later turn when this turn has started `perTurn` already. */
export function createTurnGate(perTurn: number): (start: () => void) => void {
  let startedThisTurn = 0;
  let turnEndScheduled = false;
  let waiting: (() => void)[] = [];
  let next = 0;

  const endTurn = () => {
    const starting = waiting.slice(next, next + perTurn);
    next += starting.length;
    if (next === waiting.length || next >= 1024) {
      waiting = waiting.slice(next);
      next = 0;
    }
    // Those started now count against the turn they run in, which the next `endTurn` closes (scheduled
    // before they start, so that the gate keeps turning whatever they do).
    startedThisTurn = starting.length;
    turnEndScheduled = starting.length > 0 || next < waiting.length;
    if (turnEndScheduled) setImmediate(endTurn);
    for (const start of starting) start();
  };

  return (start) => {
    if (!turnEndScheduled) {
      turnEndScheduled = true;
      setImmediate(endTurn);
    }
    if (next === waiting.length && startedThisTurn < perTurn) {
      startedThisTurn += 1;
      start();
    } else {
      waiting.push(start);
    }
  };
}

/** Every request of the application waits for its turn before anything else runs for it. */
export function limitRequestsPerTurn(app: FastifyInstance, perTurn = REQUESTS_PER_TURN): void {
  const gate = createTurnGate(perTurn);
  app.addHook('onRequest', (_request, _reply, done) => gate(done));
}

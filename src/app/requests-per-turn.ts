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
 * Here a turn starts at most `perTurn` requests, and none once `budgetMs` have passed since its first
 * start: a count alone let the costly pages (a tag page, ~3 ms) fill a turn for 25 ms with eight of
 * them, so that the benchmark's 50 new connections were all accepted only after 1.8–2.7 s. The others
 * wait in arrival order and start at the next turns (`setImmediate`, after this turn's poll), each of
 * which accepts a connection too. The order in which requests start is unchanged, so is the work done;
 * a turn ends sooner.
 *
 * A request that arrives while a turn runs is started or not by the time the turn has taken so far
 * (the requests started before it have done their synchronous work by then: Node runs the microtasks
 * after each socket's callback). Those the gate itself starts at the next turn are started together,
 * before any of them has run, so their number is the budget over what a request has cost lately (the
 * turns' time over the requests they started, a moving average).
 */
import type { FastifyInstance } from 'fastify';

/** Uncached article pages cost ~1 ms: eight bound a turn near 8 ms, cached ones (~0.06 ms) near 0.5 ms. */
export const REQUESTS_PER_TURN = 8;

/** The pages that cost more than ~1 ms (tag, search) are bounded by time, near the article pages' turn. */
export const TURN_BUDGET_MS = 8;

export interface TurnGateOptions {
  perTurn?: number;
  budgetMs?: number;
  /** Milliseconds, for the budget (tests pass their own clock). */
  now?: () => number;
}

/**
 * A gate that calls each `start` now, or at a later turn when this turn has started `perTurn` already
 * or has run for `budgetMs`.
 */
export function createTurnGate({ perTurn = REQUESTS_PER_TURN, budgetMs = TURN_BUDGET_MS, now = () => performance.now() }: TurnGateOptions = {}): (start: () => void) => void {
  let startedThisTurn = 0;
  let turnStartedAt = 0;
  let turnEndScheduled = false;
  let waiting: (() => void)[] = [];
  let next = 0;
  /** What a request has cost lately, turn over turn (ms); none known at first. */
  let costMs = 0;

  const endTurn = () => {
    const endedAt = now();
    if (startedThisTurn > 0) {
      const cost = (endedAt - turnStartedAt) / startedThisTurn;
      costMs = costMs === 0 ? cost : (costMs + cost) / 2;
    }
    const affordable = costMs > 0 ? Math.max(1, Math.floor(budgetMs / costMs)) : perTurn;
    const starting = waiting.slice(next, next + Math.min(perTurn, affordable));
    next += starting.length;
    if (next === waiting.length || next >= 1024) {
      waiting = waiting.slice(next);
      next = 0;
    }
    // Those started now count against the turn they run in, which the next `endTurn` closes (scheduled
    // before they start, so that the gate keeps turning whatever they do).
    startedThisTurn = starting.length;
    turnStartedAt = endedAt;
    turnEndScheduled = starting.length > 0 || next < waiting.length;
    if (turnEndScheduled) setImmediate(endTurn);
    for (const start of starting) start();
  };

  return (start) => {
    if (!turnEndScheduled) {
      turnEndScheduled = true;
      startedThisTurn = 0;
      turnStartedAt = now();
      setImmediate(endTurn);
    }
    if (next === waiting.length && startedThisTurn < perTurn && (startedThisTurn === 0 || now() - turnStartedAt < budgetMs)) {
      startedThisTurn += 1;
      start();
    } else {
      waiting.push(start);
    }
  };
}

/** Every request of the application waits for its turn before anything else runs for it. */
export function limitRequestsPerTurn(app: FastifyInstance, options?: TurnGateOptions): void {
  const gate = createTurnGate(options);
  app.addHook('onRequest', (_request, _reply, done) => gate(done));
}

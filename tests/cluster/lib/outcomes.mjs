// What clients saw: every operation's outcome, judged against what a client may be told.

// Answers of the permission model: a client may get these under any load.
const DOMAIN_CODES = new Set(['SEAT_LIMIT_REACHED', 'ALREADY_MEMBER', 'ALREADY_INVITED', 'INVITATION_NOT_PENDING', 'LAST_OWNER', 'NOT_FOUND', 'FORBIDDEN']);
// Clean infrastructure errors: "retry" (CONFLICT) and "not now" (UNAVAILABLE, LIMIT_EXCEEDED).
const CLEAN_CODES = new Set(['CONFLICT', 'UNAVAILABLE', 'LIMIT_EXCEEDED']);

export class Outcomes {
  constructor() {
    this.all = [];
    this.dead = new Set();
  }

  record(phase, op, node, result) {
    this.all.push({ phase, op, node, ok: result.ok, status: result.status, code: result.code, message: result.message });
    return result;
  }

  /** Outcomes no client may ever see: a hang, an HTTP 500, a missing or unknown code, a refused connection to a live node. */
  bad(phase) {
    return this.all.filter((o) => o.phase === phase && !o.ok && !(
      (o.code === 'NETWORK' && this.dead.has(o.node))
      || ((DOMAIN_CODES.has(o.code) || CLEAN_CODES.has(o.code)) && o.status < 500)
      || (o.code === 'UNAVAILABLE' && o.status === 503)));
  }

  summary(phase) {
    const counts = {};
    for (const o of this.all.filter((x) => x.phase === phase)) {
      const key = o.ok ? 'ok' : `${o.op}:${o.code}/${o.status}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
}

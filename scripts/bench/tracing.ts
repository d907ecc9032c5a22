// Each content script's main-thread time in one page load, from a Chromium trace: no sampling,
// so nothing slows the compiling of the code being measured (a sampling profiler does), and
// counted on the thread's own clock (the time it ran, not the time it waited for a core).
//
// A content script's own work shows in the trace as events that name its file: evaluating it,
// and each callback (timers, animation frames, listeners). What the trace does not name:
//  - promise continuations, run at the microtask checkpoint that follows a task: counted for the
//    script whose code ran in that task;
//  - answers from the extension system (runtime.sendMessage replies arrive as messages on the
//    extensions MessagePort interface, with the continuations they resume): the trace does not
//    say which extension they are for, so all of them are counted as Kinlink's. The floor sends
//    one message and does nothing with the reply; Kinlink's figure can only be too high.

export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The same on the thread's own clock: time it ran, not time it waited for a core. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
};

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'toplevel'];

const CHECKPOINTS = new Set(['BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);

const urlOf = (e: TraceEvent): string => {
  const url = (e.args?.data as { url?: unknown } | undefined)?.url;
  return typeof url === 'string' ? url : '';
};

const fromExtensionSystem = (e: TraceEvent): boolean =>
  e.name === 'Receive mojo message' &&
  (e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined)
    ?.mojo_interface_tag === 'extensions.mojom.MessagePort';

/** Milliseconds of main-thread time per extension (by id) and for the page's own scripts. */
export function timeByOwner(
  events: TraceEvent[],
  ids: { kinlink: string; floor: string },
): { kinlink: number; floor: number; page: number } {
  type Owner = 'kinlink' | 'floor' | 'page';
  const ownerOf = (url: string): Owner | undefined =>
    url.includes(ids.kinlink)
      ? 'kinlink'
      : url.includes(ids.floor)
        ? 'floor'
        : url.startsWith('http')
          ? 'page'
          : undefined;
  // The page's main thread: where Kinlink's content script was evaluated.
  const start = events.find((e) => e.name === 'EvaluateScript' && ownerOf(urlOf(e)) === 'kinlink');
  const out = { kinlink: 0, floor: 0, page: 0 };
  if (!start) return out;
  const main = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Top-level slices (a task, with the microtask checkpoint that runs right after it) and
  // everything inside them.
  const slices: TraceEvent[][] = [];
  let end = -1;
  for (const e of main) {
    const last = slices[slices.length - 1];
    if (last && (e.ts < end || CHECKPOINTS.has(e.name))) last.push(e);
    else slices.push([e]);
    end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  const spans: Record<Owner, [number, number][]> = { kinlink: [], floor: [], page: [] };
  // Thread time where the trace has it: on a shared machine a busy core stretches wall time.
  const span = (who: Owner, e: TraceEvent) =>
    spans[who].push(
      e.tts !== undefined && e.tdur !== undefined
        ? [e.tts, e.tts + e.tdur]
        : [e.ts, e.ts + (e.dur ?? 0)],
    );
  for (const slice of slices) {
    const here = new Set<Owner>();
    for (const e of slice) {
      const who = ownerOf(urlOf(e));
      if (who) {
        here.add(who);
        span(who, e);
      }
      if (fromExtensionSystem(e)) {
        here.add('kinlink');
        span('kinlink', e);
      }
    }
    const who = here.has('kinlink') ? 'kinlink' : here.has('floor') ? 'floor' : undefined;
    if (who) for (const e of slice) if (CHECKPOINTS.has(e.name)) span(who, e);
  }
  for (const who of ['kinlink', 'floor', 'page'] as const) {
    let until = Number.NEGATIVE_INFINITY;
    for (const [a, b] of spans[who].sort((x, y) => x[0] - y[0])) {
      if (b <= until) continue;
      out[who] += (b - Math.max(a, until)) / 1000;
      until = b;
    }
  }
  return out;
}

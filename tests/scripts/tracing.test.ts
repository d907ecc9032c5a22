import { describe, expect, it } from 'vitest';
import { type TraceEvent, timeByOwner } from '../../scripts/bench/tracing';

/**
 * The bench's time per extension, from trace events shaped as Chromium writes them. Counted on
 * the thread's clock; whatever the trace cannot attribute goes to Kinlink, never to the floor.
 */
const IDS = { kinlink: 'kkkk', floor: 'ffff' };
const T = { pid: 1, tid: 1, ph: 'X' };
/** An event at `at` ms lasting `ms` (wall), `cpu` of which on the thread's own clock. */
const ev = (
  name: string,
  at: number,
  ms: number,
  args: Record<string, unknown> = {},
  cpu = ms,
) => ({
  ...T,
  name,
  ts: at * 1000,
  dur: ms * 1000,
  tts: at * 1000,
  tdur: cpu * 1000,
  args,
});
const url = (u: string) => ({ data: { url: u } });
const port = { chrome_mojo_event_info: { mojo_interface_tag: 'extensions.mojom.MessagePort' } };

describe('timeByOwner', () => {
  it('counts each script, its continuations and the extension system’s answers', () => {
    const events: TraceEvent[] = [
      ev('ThreadControllerImpl::RunTask', 0, 2),
      ev('EvaluateScript', 0.1, 1.5, url('chrome-extension://kkkk/product.js')),
      ev('ThreadControllerImpl::RunTask', 3, 1),
      ev('EvaluateScript', 3.1, 0.8, url('chrome-extension://ffff/floor.js')),
      // A page task, and the microtasks after it: the page's.
      ev('ThreadControllerImpl::RunTask', 5, 1),
      ev('FunctionCall', 5.1, 0.5, url('https://shop.example/app.js')),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 6.1, 0.4),
      // An answer from the extension system, and what it resumed.
      ev('ThreadControllerImpl::RunTask', 8, 0.2),
      ev('Receive mojo message', 8.05, 0.1, port),
      ev('BlinkScheduler_PerformMicrotaskCheckpoint', 8.3, 3),
      ev('RunMicrotasks', 8.31, 2.9),
      // A timer of Kinlink's that resolves a promise: the continuation is Kinlink's.
      ev('ThreadControllerImpl::RunTask', 12, 2.5),
      ev('FunctionCall', 12.1, 0.1, url('chrome-extension://kkkk/product.js')),
      ev('RunMicrotasks', 12.25, 2),
    ];
    const t = timeByOwner(events, IDS);
    expect(t.kinlink).toBeCloseTo(1.5 + 0.1 + 3 + 0.1 + 2, 5);
    expect(t.floor).toBeCloseTo(0.8, 5);
    expect(t.page).toBeCloseTo(0.5, 5);
  });

  it('counts the time the thread ran, not the time it waited for a core', () => {
    const events = [
      ev('ThreadControllerImpl::RunTask', 0, 10),
      ev('EvaluateScript', 0, 10, url('chrome-extension://kkkk/product.js'), 2),
    ];
    expect(timeByOwner(events, IDS).kinlink).toBeCloseTo(2, 5);
  });

  it('is zero where Kinlink’s script never ran (a page it does not match)', () => {
    const events = [ev('EvaluateScript', 0, 1, url('chrome-extension://ffff/floor.js'))];
    expect(timeByOwner(events, IDS)).toEqual({ kinlink: 0, floor: 0, page: 0 });
  });
});

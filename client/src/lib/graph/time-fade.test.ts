import { describe, expect, it } from 'vitest';
import { syncMetAt } from './met-at.js';
import { createGraph, mergeSubgraph } from './model.js';
import { FADE_MS, FADED_NODE, FADED_TIE, TimeFade, fadeEdge, fadeNode, type FadeClock } from './time-fade.js';
import { yearDays } from './time.js';

/** A clock the test moves by hand; frames run when it says. */
function manualClock() {
  let t = 0;
  let pending: (() => void)[] = [];
  const clock: FadeClock = { now: () => t, frame: (cb) => void pending.push(cb) };
  return {
    clock,
    advance(ms: number) {
      t += ms;
      const run = pending;
      pending = [];
      for (const cb of run) cb();
    },
  };
}

function canvas() {
  const graph = createGraph();
  const node = (id: string, kind: string, activeFrom: string | null = null, activeTo: string | null = null) => ({
    id,
    name: id,
    kind,
    masked: false,
    degree: 1,
    activeFrom,
    activeTo,
  });
  mergeSubgraph(graph, {
    nodes: [
      node('a', 'Association', '2004-03-01'),
      node('f', 'Funder', '2015-11-12'),
      node('e', 'Event', '2009-10-20', '2009-10-20'),
      node('m', 'Migrant'),
    ],
    edges: [
      {
        id: 'am',
        type: 'MEMBER_OF',
        from: 'm',
        to: 'a',
        since: '2005-01-01',
        until: '2007-12-31',
        crossesBorder: false,
      },
      { id: 'fa', type: 'FUNDS', from: 'f', to: 'a', since: '2003-01-01', crossesBorder: false },
      { id: 'me', type: 'ATTENDED', from: 'm', to: 'e', crossesBorder: false },
    ],
  });
  return graph;
}

describe('the timeline fade', () => {
  it('draws faint what is not active during the range, by the rule of time', () => {
    const { clock } = manualClock();
    const fade = new TimeFade(clock);
    const graph = canvas();
    fade.apply(graph, yearDays({ first: 2006, last: 2006 }), false);
    expect(['am', 'fa', 'me'].map((e) => fade.edgeOpacity(e))).toEqual([1, FADED_TIE, FADED_TIE]);
    expect(['a', 'f', 'e', 'm'].map((n) => fade.nodeOpacity(n))).toEqual([1, FADED_NODE, FADED_NODE, 1]);
    expect([fade.activeTies, fade.activeNodes]).toEqual([1, 2]);
    fade.apply(graph, yearDays({ first: 2009, last: 2009 }), false);
    expect(['am', 'fa', 'me'].map((e) => fade.edgeOpacity(e))).toEqual([FADED_TIE, FADED_TIE, 1]);
    fade.apply(graph, null, false);
    expect(['am', 'fa', 'me'].map((e) => fade.edgeOpacity(e))).toEqual([1, 1, 1]);
    expect(fade.activeTies).toBe(3);
  });

  it('for every year, a met-at tie is active in its events’ years only, and is not counted as a stored tie', () => {
    const { clock } = manualClock();
    const fade = new TimeFade(clock);
    const graph = canvas();
    // The association attends the migrant's event too: the two "met at" it, on 2009-10-20 only.
    mergeSubgraph(graph, {
      nodes: [],
      edges: [{ id: 'ae', type: 'ATTENDED', from: 'a', to: 'e', crossesBorder: false }],
    });
    syncMetAt(graph, '#888888');
    const metAt = graph.filterEdges((_key, a) => !!a.derived);
    expect(metAt).toHaveLength(1);
    for (let year = 2003; year <= 2012; year++) {
      fade.apply(graph, yearDays({ first: year, last: year }), false);
      expect(fade.edgeOpacity(metAt[0]!), String(year)).toBe(year === 2009 ? 1 : FADED_TIE);
      const stored = graph.filterEdges((key, a) => !a.derived && fade.edgeOpacity(key) === 1).length;
      expect(fade.activeTies, String(year)).toBe(stored);
    }
  });

  it('fades from what is drawn to what is active, frame by frame, and then stops', () => {
    const manual = manualClock();
    const advance = (ms: number) => manual.advance(ms);
    const fade = new TimeFade(manual.clock);
    let frames = 0;
    fade.onframe = () => frames++;
    const graph = canvas();
    fade.apply(graph, null, false);
    fade.apply(graph, yearDays({ first: 2009, last: 2009 }));
    const seen = [fade.edgeOpacity('am')];
    for (let t = 0; t < FADE_MS; t += 50) {
      advance(50);
      seen.push(fade.edgeOpacity('am'));
    }
    // Monotone from 1 down to the faint level, reached at the end.
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(FADED_TIE);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeLessThanOrEqual(seen[i - 1]!);
    expect(fade.fading).toBe(false);
    const after = frames;
    advance(50);
    expect(frames).toBe(after);
    // A fade back in, interrupted halfway, starts again from the halfway opacity.
    fade.apply(graph, null);
    advance(FADE_MS / 2);
    const half = fade.edgeOpacity('am');
    expect(half).toBeGreaterThan(FADED_TIE);
    expect(half).toBeLessThan(1);
    fade.apply(graph, yearDays({ first: 2009, last: 2009 }));
    expect(fade.edgeOpacity('am')).toBeCloseTo(half, 10);
  });

  it('fades colours, not positions or sizes', () => {
    const tie = { color: '#2166AC', size: 1.2 };
    expect(fadeEdge(tie, 1)).toBe(tie);
    expect(fadeEdge(tie, 0.1)).toEqual({ color: 'rgba(33,102,172,0.1)', size: 1.2, zIndex: 0 });
    const node = { color: '#000000', label: 'CERFE', x: 3, y: 4, size: 8 };
    expect(fadeNode(node, 1)).toBe(node);
    expect(fadeNode(node, 0.2)).toEqual({
      color: '#cccccc',
      label: '',
      forceLabel: false,
      zIndex: 0,
      x: 3,
      y: 4,
      size: 8,
    });
    expect(fadeNode(node, 0.6)).toMatchObject({ label: 'CERFE', x: 3, y: 4 });
  });
});

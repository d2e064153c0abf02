/**
 * The timeline's hold on the canvas: what is not active during the chosen years is drawn faint,
 * and a change of years fades ties and nodes in and out instead of redrawing them elsewhere (the
 * positions are never touched). The canvas's reducers read `nodeOpacity`/`edgeOpacity` and pass
 * what they draw through `fadeNode`/`fadeEdge`; the rule is lib/graph/time.ts.
 */
import type { ExplorerGraph } from './model.js';
import type { ExplorerSigma } from './snapshot.js';
import { activeDuring, heldTieActiveDuring, nodeSpan, type DayRange } from './time.js';

/** How much of a tie not active in the range is still drawn (alpha). */
export const FADED_TIE = 0.07;
/** How much of a node not active in the range is still drawn (mixed with the white of the stage). */
export const FADED_NODE = 0.18;
/** How long a fade takes, in ms. */
export const FADE_MS = 350;

export interface FadeClock {
  now(): number;
  /** Calls back at the next frame (requestAnimationFrame in the page). */
  frame(callback: () => void): void;
}

const pageClock: FadeClock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(callback),
};

export class TimeFade {
  /** Called at each step of a fade: the canvas redraws. */
  onframe: (() => void) | null = null;
  /** What the current range leaves active (for the timeline's summary and tests). */
  activeTies = 0;
  activeNodes = 0;

  #range: DayRange | null = null;
  #from = new Map<string, number>();
  #to = new Map<string, number>();
  #started = 0;
  #progress = 1;
  #duration = 0;
  #scheduled = false;
  #clock: FadeClock;

  constructor(clock: FadeClock = pageClock) {
    this.#clock = clock;
  }

  get range(): DayRange | null {
    return this.#range;
  }

  /**
   * Fades to what is active during `range` (null: everything as usual). `animate` false jumps
   * there (new nodes on the canvas, large canvases, reduced motion).
   */
  apply(graph: ExplorerGraph, range: DayRange | null, animate = true): void {
    // A fade starts from what is drawn now, even halfway through another one.
    const from = new Map<string, number>();
    for (const key of this.#to.keys()) from.set(key, this.#opacity(key));
    const to = new Map<string, number>();
    let nodes = 0;
    let ties = 0;
    const spans = new Map<string, ReturnType<typeof nodeSpan>>();
    graph.forEachNode((id, a) => {
      const span = nodeSpan(a);
      spans.set(id, span);
      const on = range === null || activeDuring(span, range);
      if (on) nodes++;
      to.set(`n${id}`, on ? 1 : FADED_NODE);
    });
    graph.forEachEdge((id, a, source, target) => {
      const on =
        range === null || heldTieActiveDuring(a, spans.get(source)!, spans.get(target)!, (e) => spans.get(e), range);
      // The count is of stored ties, as the histogram's (a met-at tie stands for attendance ties).
      if (on && !a.derived) ties++;
      to.set(`e${id}`, on ? 1 : FADED_TIE);
    });
    this.#range = range;
    this.activeNodes = nodes;
    this.activeTies = ties;
    this.#from = from;
    this.#to = to;
    this.#started = this.#clock.now();
    this.#duration = animate ? FADE_MS : 0;
    this.#tick();
  }

  nodeOpacity(id: string): number {
    return this.#opacity(`n${id}`);
  }

  edgeOpacity(id: string): number {
    return this.#opacity(`e${id}`);
  }

  /** True while a fade runs. */
  get fading(): boolean {
    return this.#progress < 1;
  }

  #opacity(key: string): number {
    const to = this.#to.get(key) ?? 1;
    if (this.#progress >= 1) return to;
    const from = this.#from.get(key) ?? 1;
    return from + (to - from) * this.#progress;
  }

  #tick = (): void => {
    this.#scheduled = false;
    this.#progress = this.#duration > 0 ? Math.min(1, (this.#clock.now() - this.#started) / this.#duration) : 1;
    this.onframe?.();
    if (this.#progress < 1 && !this.#scheduled) {
      this.#scheduled = true;
      this.#clock.frame(this.#tick);
    }
  };
}

/** `#rgb`/`#rrggbb` as [r, g, b], or null for any other notation. */
function rgb(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

// Sigma caches each colour string it parses: twenty steps of opacity are plenty to the eye.
const step = (opacity: number) => Math.round(Math.min(1, Math.max(0, opacity)) * 20) / 20;

/** A tie drawn at an opacity: its colour with that alpha; unchanged at full opacity. */
export function fadeEdge<T extends { color?: string; zIndex?: number }>(shown: T, opacity: number): T {
  const alpha = step(opacity);
  const parts = shown.color ? rgb(shown.color) : null;
  if (alpha >= 1 || !parts) return shown;
  return { ...shown, color: `rgba(${parts.join(',')},${alpha})`, zIndex: 0 };
}

/** A node drawn at an opacity: its colour mixed with white, without its label once faint. */
export function fadeNode<T extends { color?: string; label?: string | null; zIndex?: number; forceLabel?: boolean }>(
  shown: T,
  opacity: number,
): T {
  const alpha = step(opacity);
  const parts = shown.color ? rgb(shown.color) : null;
  if (alpha >= 1 || !parts) return shown;
  const mixed = parts
    .map((c) =>
      Math.round(255 - (255 - c) * alpha)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
  const faint = alpha < 0.5;
  return {
    ...shown,
    color: `#${mixed}`,
    ...(faint ? { label: '', forceLabel: false, zIndex: 0 } : {}),
  };
}

/**
 * Puts the fade on a sigma renderer: its node and edge reducers are wrapped so that what they draw
 * passes through `fadeNode`/`fadeEdge`, and each step of a fade redraws. Returns the undo.
 */
export function attachTimeFade(sigma: ExplorerSigma, fade: TimeFade): () => void {
  const nodeReducer = sigma.getSetting('nodeReducer');
  const edgeReducer = sigma.getSetting('edgeReducer');
  sigma.setSetting('nodeReducer', (id, attributes) =>
    fadeNode(nodeReducer ? nodeReducer(id, attributes) : attributes, fade.nodeOpacity(id)),
  );
  sigma.setSetting('edgeReducer', (id, attributes) =>
    fadeEdge(edgeReducer ? edgeReducer(id, attributes) : attributes, fade.edgeOpacity(id)),
  );
  fade.onframe = () => sigma.refresh();
  return () => {
    fade.onframe = null;
  };
}

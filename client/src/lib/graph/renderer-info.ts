/**
 * Which WebGL renderer draws the canvas. Without a usable GPU (remote desktops and virtual
 * machines, blocklisted drivers, headless browsers) browsers fall back to drawing WebGL on the CPU,
 * where every redraw of even a few hundred nodes takes a large part of a second
 * (docs/explorer-benchmark.md): the explorer then moves the drawn picture during gestures at every
 * graph size, not only for large graphs.
 */

/** CPU rasterisers as browsers name them: Chromium's SwiftShader, Mesa's llvmpipe/softpipe, Windows' WARP. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|warp/i;

export function isSoftwareRenderer(name: string | null): boolean {
  return name !== null && SOFTWARE.test(name);
}

/** The renderer's name behind a canvas that already has a WebGL context (sigma's), when the browser tells it. */
export function webglRendererName(canvas: HTMLCanvasElement | undefined): string | null {
  // Asking for the context type the canvas already has returns that same context; another type returns null.
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl') ?? null;
  if (!gl) return null;
  // Firefox answers RENDERER with the real name; Chromium only through the debug extension.
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
  return typeof name === 'string' ? name : null;
}

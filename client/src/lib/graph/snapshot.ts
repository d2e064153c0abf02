import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './model.js';

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

/**
 * A picture for reports: an SVG (svg.ts: the whole graph, legend and title) drawn onto a canvas of
 * `width`×`height` CSS pixels at `scale` device pixels each (1×, 2×, 3×), encoded as PNG. The
 * result has exactly `width·scale` × `height·scale` pixels, whatever the screen and the current view.
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    const context = out.getContext('2d');
    if (!context) throw new Error('The browser could not make a canvas for the PNG.');
    context.drawImage(image, 0, 0, out.width, out.height);
    return await new Promise((resolve, reject) =>
      out.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves text or a blob as a file through a temporary link. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

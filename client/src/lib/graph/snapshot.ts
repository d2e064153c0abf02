import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './model.js';

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

/**
 * The canvas as a PNG: sigma draws in several stacked layers (WebGL and 2D); they are rendered
 * afresh and composited, in order, over a white background. The WebGL layers do not keep their
 * buffer, so the copy happens in the same task as the render.
 */
export function snapshotPng(renderer: ExplorerSigma): Promise<Blob> {
  renderer.refresh();
  const layers = renderer.getCanvases();
  const first = layers.edges ?? Object.values(layers)[0];
  if (!first) return Promise.reject(new Error('The canvas has no layers to export.'));
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const context = out.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  for (const name of ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
    const layer = layers[name];
    if (layer) context.drawImage(layer, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
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

import { createNodeImageProgram } from '@sigma/node-image';
import type { EdgeAttributes, NodeAttributes } from './model.js';

/**
 * The canvas's one node program: each node drawn as its kind's pictogram (graph/shapes.ts), filled
 * with the node's colour. Made once, because the program class owns the texture atlas; the
 * explorer's canvas, the actor page's mini-graph and the benchmark share it.
 */
export const ShapeNodeProgram = createNodeImageProgram<NodeAttributes, EdgeAttributes>({
  drawingMode: 'color',
  keepWithinCircle: false,
  objectFit: 'contain',
  padding: 0,
  size: { mode: 'force', value: 64 },
});

/** Sigma settings that draw nodes as shapes (the `image` attribute comes from the node reducer). */
export const shapeNodeSettings = {
  defaultNodeType: 'shape',
  nodeProgramClasses: { shape: ShapeNodeProgram },
};

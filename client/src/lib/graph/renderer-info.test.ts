import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from './renderer-info.js';

describe('isSoftwareRenderer', () => {
  it('knows the CPU rasterisers by the names browsers give them', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Google SwiftShader',
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(true);
    }
  });

  it('leaves GPUs, and an unknown renderer, to be drawn live', () => {
    for (const name of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'Mesa Intel(R) Xe Graphics (TGL GT2)',
      'NVIDIA GeForce RTX 3060/PCIe/SSE2',
      'AMD Radeon Pro 5500M OpenGL Engine',
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(false);
    }
    expect(isSoftwareRenderer(null)).toBe(false);
  });
});

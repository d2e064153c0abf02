// The code cites the repository's own design (docs/architecture.md) by heading, never the team's
// shared spec, which is not in the repository (issue #19): a citation must lead somewhere a reader
// of this repository can follow.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';

/** Every file git tracks or would track (untracked but not ignored), so new files count too. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return out
    .split('\0')
    .filter((f) => f !== '' && /\.(ts|js|mjs|cjs|svelte|graphql|md|json|sh)$/.test(f))
    .filter((f) => !f.startsWith('node_modules/') && f !== 'package-lock.json');
}

function read(file: string): string {
  try {
    return readFileSync(path.join(repoRoot, file), 'utf8');
  } catch {
    return ''; // deleted in the work tree but still in the index
  }
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// This file names example anchors in its comments and tests.
const files = repositoryFiles().filter((f) => f !== 'server/src/citations.test.ts');
const SPEC_CITATION = /DESIGN \u00a7/u; // escaped so that grep for the citation does not find this line

describe('design citations', () => {
  it('no file cites the shared spec by section (cite docs/architecture.md#… instead)', () => {
    const offenders = files.filter((f) => SPEC_CITATION.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('every docs/architecture.md#anchor cited anywhere is a heading of docs/architecture.md', () => {
    const headings = new Set(
      read('docs/architecture.md')
        .split('\n')
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => anchorOf(line.replace(/^#+ /, ''))),
    );
    expect(headings.size).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const f of files) {
      // `architecture.md#x` covers both `docs/architecture.md#x` and relative Markdown links.
      for (const m of read(f).matchAll(/architecture\.md#([\w-]+)/g)) {
        if (!headings.has(m[1]!)) missing.push(`${f}: #${m[1]}`);
      }
    }
    // Links inside the page itself.
    for (const m of read('docs/architecture.md').matchAll(/\]\(#([\w-]+)\)/g)) {
      if (!headings.has(m[1]!)) missing.push(`docs/architecture.md: #${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('anchors follow GitHub: "Who sees what" → who-sees-what', () => {
    expect(anchorOf('Who sees what')).toBe('who-sees-what');
    expect(anchorOf('SDL first with @neo4j/graphql 7')).toBe('sdl-first-with-neo4jgraphql-7');
  });
});

// The CLI's own paths that need no browser: nothing to check is an error.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const tsx = 'node_modules/.bin/tsx';

describe('check-samples CLI', () => {
  it('says so and exits non-zero when no lesson matches', () => {
    const run = spawnSync(tsx, ['scripts/check-samples.ts', 'content/no-such-chapter'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no lessons (.mdx) match content/no-such-chapter');
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import type { RunnerHost } from '../../src/grader/client/runner-host';
import type { RunnerMessage } from '../../src/grader/protocol/runner-protocol';
import type { CompiledExercise } from '../../src/grader/runner/run-tests';
import { ReplayedRuns } from '../../src/teach/replayed-runs';

/** A runner host whose every run ends at once with a result naming the run. */
function fakeHost() {
  const runs: CompiledExercise[] = [];
  const host: RunnerHost = {
    compilerLoaded() {},
    replenish() {},
    connect(compiled) {
      runs.push(compiled);
      const run = runs.length;
      return {
        onStarted() {},
        connection: {
          start(onMessage) {
            onMessage({ type: 'done', result: { kind: 'load-error', failure: { message: `run ${run}` } } } as unknown as RunnerMessage);
          },
          stop() {},
        },
      };
    },
  };
  return { host, runs };
}

const runOnce = (host: RunnerHost, compiled: CompiledExercise) =>
  new Promise<RunnerMessage>((resolve) => host.connect(compiled).connection.start(resolve, () => {}));

describe('runs kept and replayed in the class view', () => {
  const entry: CompiledExercise = { code: 'exports.a = 1;', tests: 'require("./analyser")', stubModule: 'analyser' };

  it('replays a run of the same program, and runs a program that differs in a project’s other file', async () => {
    const { host, runs } = fakeHost();
    const replayed = new ReplayedRuns(host);
    const bob = { ...entry, modules: { batch: 'exports.batches = solved;', parse: 'exports.p = 1;' } };
    const cy = { ...entry, modules: { batch: 'exports.batches = stub;', parse: 'exports.p = 1;' } };
    await runOnce(replayed, bob);
    await runOnce(replayed, { ...bob, modules: { parse: bob.modules.parse, batch: bob.modules.batch } });
    expect(runs).toHaveLength(1);
    expect(replayed.replayed).toBe(1);
    const cyRun = await runOnce(replayed, cy);
    expect(runs).toHaveLength(2);
    expect(JSON.stringify(cyRun)).toContain('run 2');
  });

  it('tells apart the same JavaScript under another module name, and a one-file program from a project', () => {
    const key = ReplayedRuns.keyOf({ ...entry, modules: { batch: 'x' } });
    expect(ReplayedRuns.keyOf({ ...entry, modules: { parse: 'x' } })).not.toBe(key);
    expect(ReplayedRuns.keyOf(entry)).not.toBe(key);
  });
});

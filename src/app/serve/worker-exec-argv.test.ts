import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './serve-with-workers.ts';

describe('workerExecArgv', () => {
  it("adds the young generation's size to the primary's Node flags", () => {
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
  });

  it('keeps a size the operator gave Node, in either spelling', () => {
    expect(workerExecArgv(['--max-semi-space-size=16'])).toEqual(['--max-semi-space-size=16']);
    expect(workerExecArgv(['--max_semi_space_size', '128'])).toEqual(['--max_semi_space_size', '128']);
  });
});

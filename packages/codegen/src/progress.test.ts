import { fakeGenerator, fakeToolkit, tempProject, tsFile } from './__tests__/fake-toolkit';
import { checkWith, generateWith } from './run';
import type { ProgressEvent } from './types';

const DEEPCOPY = 'apis/demo/v1/zz_generated.deepcopy.ts';
const REGISTER = 'apis/demo/v1/zz_generated.register.ts';

function toolkit() {
  return fakeToolkit(
    [
      fakeGenerator('deepcopy', () => ({ files: [tsFile('deepcopy', DEEPCOPY, 'export {};')] })),
      fakeGenerator('register', () => ({ files: [tsFile('register', REGISTER, 'export {};')] })),
    ],
    ['apis/demo/v1', 'apis/demo/v2', 'apis/other/v1'],
  );
}

function recorder(): { events: string[]; onProgress: (e: ProgressEvent) => void } {
  const events: string[] = [];
  return {
    events,
    onProgress: (e) => events.push(`${e.phase} ${e.done}/${e.total} ${e.packages ?? '-'}`),
  };
}

describe('progress events', () => {
  it('generate reports load, each generator, format and each written file, in order', async () => {
    const { events, onProgress } = recorder();
    await generateWith({ root: tempProject(), onProgress }, toolkit());
    expect(events).toEqual([
      'load 0/1 -',
      'load 1/1 3',
      'generate 0/2 3',
      'generate 1/2 3',
      'generate 2/2 3',
      'format 0/2 3',
      'format 2/2 3',
      'write 0/2 3',
      'write 1/2 3',
      'write 2/2 3',
    ]);
  });

  it('an up-to-date tree formats and writes nothing, and says so', async () => {
    const root = tempProject();
    await generateWith({ root }, toolkit());
    const { events, onProgress } = recorder();
    await generateWith({ root, onProgress }, toolkit());
    expect(events.slice(-3)).toEqual(['format 0/0 3', 'format 0/0 3', 'write 0/0 3']);
  });

  it('check has no write phase', async () => {
    const { events, onProgress } = recorder();
    await checkWith({ root: tempProject(), onProgress }, toolkit());
    expect(events.map((e) => e.split(' ')[0])).not.toContain('write');
    expect(events[events.length - 1]).toBe('format 2/2 3');
  });

  it('a run stopped by errors reports no phase after the one that failed', async () => {
    const { events, onProgress } = recorder();
    const failing = fakeToolkit([
      fakeGenerator('deepcopy', () => ({
        files: [],
        diagnostics: [{ severity: 'error', code: 'KG3001', message: 'boom', hint: 'none' }],
      })),
    ]);
    await generateWith({ root: tempProject(), onProgress }, failing);
    expect(events).toEqual(['load 0/1 -', 'load 1/1 1', 'generate 0/1 1', 'generate 1/1 1']);
  });
});

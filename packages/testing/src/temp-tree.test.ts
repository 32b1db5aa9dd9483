import * as fs from 'node:fs';
import * as path from 'node:path';
import { copyFixture, repoRoot, writeTree } from './temp-tree';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('writeTree', () => {
  it('writes every file, creating folders, in a new folder each time', () => {
    const files = {
      'apis/demo/v1/doc.ts': '// +groupName=demo.example.com\n',
      'README.md': '# x\n',
    };
    const first = writeTree(files);
    const second = writeTree(files);
    made.push(first, second);
    expect(first).not.toBe(second);
    for (const [file, text] of Object.entries(files))
      expect(fs.readFileSync(path.join(first, file), 'utf8')).toBe(text);
  });

  it('refuses paths that leave the tree', () => {
    expect(() => writeTree({ '../escape.ts': '' })).toThrow(
      "'../escape.ts' is not a path inside the tree",
    );
    expect(() => writeTree({ '/etc/x.ts': '' })).toThrow('is not a path inside the tree');
  });
});

describe('copyFixture', () => {
  it('copies the fixture and links node_modules so @kubegen/runtime resolves', () => {
    const dir = copyFixture('demo');
    made.push(dir);
    const types = 'apis/demo/v1beta1/foo_types.ts';
    expect(fs.readFileSync(path.join(dir, types), 'utf8')).toBe(
      fs.readFileSync(path.join(repoRoot, 'fixtures/demo', types), 'utf8'),
    );
    expect(fs.realpathSync(path.join(dir, 'node_modules'))).toBe(
      fs.realpathSync(path.join(repoRoot, 'node_modules')),
    );
    expect(fs.existsSync(path.join(dir, 'node_modules/@kubegen/runtime/package.json'))).toBe(true);
  });

  it('names the known fixtures when one is missing', () => {
    expect(() => copyFixture('no-such-fixture')).toThrow(/no fixture 'no-such-fixture'.*demo/);
  });
});

/*
 * The layout builders must print exactly what prettier prints (babel-ts, singleQuote, printWidth 100):
 * each case prints a statement with `printDoc` and checks it is a fixed point of prettier.
 */
import fc from 'fast-check';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import { format } from 'prettier/standalone';
import { hardline, indent, printDoc, type Doc } from './doc';
import {
  breakAfterOperatorDoc,
  callDoc,
  callHuggingLastDoc,
  conditionalDoc,
  fluidAssignmentDoc,
  typeArgumentsDoc,
} from './js-doc';
import { literalAssignmentDoc, literalDoc, type LiteralValue } from './value-literal';

async function prettier(text: string): Promise<string> {
  return format(text, { parser: 'babel-ts', plugins: [estree, babel], singleQuote: true, printWidth: 100 });
}

/** `statement` printed inside a function body (two spaces in), as a whole file. */
function inFunction(statement: Doc): string {
  return `function f() {\n  ${printDoc(statement, 2)}\n}\n`;
}

const longName = (n: number) => 'x'.repeat(n);

describe('fluidAssignmentDoc', () => {
  it('keeps an object beside `=` while its opening brace fits, breaking inside it', async () => {
    const text = inFunction([fluidAssignmentDoc(`out.${longName(60)}`, ' =', literalDoc({ first: longName(20), second: 2 })), ';']);
    expect(text).toContain(' = {\n');
    expect(await prettier(text)).toBe(text);
  });

  it('moves the value below `=` when not even its opening brace fits', async () => {
    const text = inFunction([fluidAssignmentDoc(`out.${longName(95)}`, ' =', literalDoc({ a: 1 })), ';']);
    expect(text).toContain(' =\n    { a: 1 };');
    expect(await prettier(text)).toBe(text);
  });
});

describe('literalAssignmentDoc', () => {
  it('breaks after `=` before a string that does not fit, never before a number', async () => {
    const str = inFunction([literalAssignmentDoc(`out.${longName(70)}`, ' =', longName(30)), ';']);
    const num = inFunction([literalAssignmentDoc(`out.${longName(95)}`, ' =', 12345), ';']);
    expect(str).toContain(' =\n    ');
    expect(num).not.toContain('\n    ');
    expect(await prettier(str)).toBe(str);
    expect(await prettier(num)).toBe(num);
  });

  const key = fc.stringMatching(/^[a-z][a-zA-Z]{0,40}$|^[a-z]{1,10}-[a-z]{1,30}$/);
  const leaf = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.constant(null),
  );
  const value: fc.Arbitrary<LiteralValue> = fc.letrec<{ v: LiteralValue }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('v'), { maxLength: 4 }),
      // Prettier fills lists of numbers, several per line.
      fc.array(fc.integer({ min: -100000, max: 100000 }), { maxLength: 40 }),
      fc.dictionary(key, tie('v'), { maxKeys: 4 }),
    ),
  })).v;

  it('prints any JSON-like value, at any depth and name length, as prettier does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 90 }), value, async (width, v) => {
        const text = inFunction([literalAssignmentDoc(`out.${longName(width)}`, ' =', v), ';']);
        expect(await prettier(text)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('numberArrayDoc', () => {
  it('puts as many numbers on a line as fit', async () => {
    const numbers = Array.from({ length: 40 }, (_, i) => i * 100 - 500);
    const text = inFunction([literalAssignmentDoc('out.x', ' =', numbers), ';']);
    expect(text).toContain('\n    -500, -400, -300,');
    expect(await prettier(text)).toBe(text);
  });
});

describe('conditionalDoc', () => {
  it('aligns a broken branch past its `: `', async () => {
    const alternate = callDoc('deepCopyObjectMeta', [`input.${longName(80)}`]);
    // A conditional whose test is a comparison moves below `=` whole (prettier's break-after-operator).
    const text = inFunction([breakAfterOperatorDoc('out.x', ' =', conditionalDoc('input.x === null', 'null', alternate)), ';']);
    expect(text).toContain(`      : deepCopyObjectMeta(\n          input.`);
    expect(await prettier(text)).toBe(text);
  });
});

describe('typeArgumentsDoc', () => {
  it('puts type arguments one per line, without a trailing comma, when they do not fit', async () => {
    const callee = typeArgumentsDoc('scheme.addConversionFunc', [`A${longName(50)}`, `B${longName(50)}`]);
    const text = inFunction([callDoc(callee, ['a', 'b']), ';']);
    expect(text).toContain('scheme.addConversionFunc<\n');
    expect(await prettier(text)).toBe(text);
  });

  it('hugs a block-bodied arrow as the last argument when the head fits', async () => {
    const arrow = ['(input, out) => {', indent([hardline, 'convert(input, out);']), hardline, '}'];
    const short = inFunction([callHuggingLastDoc(typeArgumentsDoc('s.add', ['A', 'B']), ['{ a: 1 }'], arrow, arrow), ';']);
    const long = inFunction([callHuggingLastDoc('s.add', [literalDoc({ group: longName(70) })], arrow, arrow), ';']);
    expect(short).toContain('s.add<A, B>({ a: 1 }, (input, out) => {\n');
    expect(long).toContain('s.add(\n');
    expect(await prettier(short)).toBe(short);
    expect(await prettier(long)).toBe(long);
  });
});

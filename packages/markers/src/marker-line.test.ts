import { Codes } from '@kubegen/diagnostics';
import { isMarkerLine, parseMarkerLine } from './marker-line';
import { defaultMarkerRegistry } from './registry';
import type { CommentLine, MarkerTarget } from './types';

const registry = defaultMarkerRegistry();
const line = (text: string): CommentLine => ({
  text,
  position: { file: 'apis/v1/foo_types.ts', line: 7, column: 5 },
});
const parse = (text: string, target: MarkerTarget = 'field') =>
  parseMarkerLine(line(text), target, registry);
/** Column of the character at `offset` of the line text. */
const col = (offset: number) => 5 + offset;

describe('isMarkerLine', () => {
  it.each([
    ['+optional', true],
    ['   +optional', true],
    ['\t+kubebuilder:object:root=true', true],
    ['Replicas + 1', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(isMarkerLine(text)).toBe(expected));
});

describe('parseMarkerLine: forms', () => {
  it('reads a flag', () => {
    expect(parse('+optional')).toEqual({
      marker: {
        name: 'optional',
        value: true,
        text: 'optional',
        position: { file: 'apis/v1/foo_types.ts', line: 7, column: 5 },
      },
      diagnostics: [],
    });
  });

  it('places the marker at its `+`', () => {
    expect(parse('  +nullable').marker?.position.column).toBe(col(2));
  });

  it('reads +name=value and +name:=value alike', () => {
    expect(parse('+kubebuilder:validation:Minimum=-1').marker?.value).toBe(-1);
    expect(parse('+kubebuilder:validation:Minimum:=-1').marker).toMatchObject({
      name: 'kubebuilder:validation:Minimum',
      value: -1,
    });
  });

  it('reads a bool marker written as a flag as true', () => {
    expect(parse('+kubebuilder:object:root', 'type').marker?.value).toBe(true);
  });

  it('resolves the longest registered prefix and reads named arguments', () => {
    const { marker, diagnostics } = parse(
      '+kubebuilder:validation:XValidation:rule="self.a == oldSelf.a",message="a is immutable",optionalOldSelf',
    );
    expect(diagnostics).toEqual([]);
    expect(marker).toMatchObject({
      name: 'kubebuilder:validation:XValidation',
      value: { rule: 'self.a == oldSelf.a', message: 'a is immutable', optionalOldSelf: true },
    });
  });

  it('keeps argument names as registered (JSONPath, specpath)', () => {
    expect(
      parse(
        '+kubebuilder:printcolumn:name="Age",type=date,JSONPath=".metadata.creationTimestamp"',
        'type',
      ).marker?.value,
    ).toEqual({
      name: 'Age',
      type: 'date',
      JSONPath: '.metadata.creationTimestamp',
    });
    expect(
      parse(
        '+kubebuilder:subresource:scale:specpath=.spec.replicas,statuspath=.status.replicas',
        'type',
      ).marker?.value,
    ).toEqual({
      specpath: '.spec.replicas',
      statuspath: '.status.replicas',
    });
  });

  it('reads list arguments', () => {
    expect(
      parse(
        '+kubebuilder:rbac:groups=apps,resources=deployments;deployments/status,verbs=get;list',
        'package',
      ).marker?.value,
    ).toEqual({
      groups: ['apps'],
      resources: ['deployments', 'deployments/status'],
      verbs: ['get', 'list'],
    });
  });

  it('accepts an all-optional arguments marker as a bare flag, with value {}', () => {
    expect(parse('+kubebuilder:resource', 'type').marker?.value).toEqual({});
    expect(parse('+kubebuilder:deprecatedversion:warning="use v2"', 'type').marker?.value).toEqual({
      warning: 'use v2',
    });
  });

  it('reads apiserver-builder subresources', () => {
    expect(parse('+subresource:request=FooBar,path=bar,kind=FooBar', 'type').marker).toMatchObject({
      name: 'subresource',
      value: { request: 'FooBar', path: 'bar', kind: 'FooBar' },
    });
  });

  it('checks a target-dependent value against the target', () => {
    expect(parse('+k8s:deepcopy-gen=package', 'package').marker?.value).toBe('package');
    expect(parse('+k8s:deepcopy-gen=true', 'type').marker?.value).toBe('true');
    const wrong = parse('+k8s:deepcopy-gen=package', 'type').diagnostics;
    expect(wrong).toMatchObject([
      { code: Codes.MalformedMarkerValue, hint: 'usage: +k8s:deepcopy-gen=true|false' },
    ]);
  });

  it('keeps gengo raw values verbatim', () => {
    expect(
      parse('+genclient:method=GetScale,verb=get,subresource=scale,result=Scale', 'type').marker
        ?.value,
    ).toBe('GetScale,verb=get,subresource=scale,result=Scale');
  });

  it('records the marker text after `+`', () => {
    expect(parse(' +kubebuilder:default=1  ').marker?.text).toBe('kubebuilder:default=1');
  });
});

describe('parseMarkerLine: lines left alone', () => {
  it.each(['+1 for this idea', '+foo:bar', '+foo:bar=1', '+x', 'not a marker'])('%j', (text) => {
    expect(parse(text)).toEqual({ diagnostics: [] });
  });
});

describe('parseMarkerLine: diagnostics', () => {
  it('KG1001 unknown marker in a known namespace, with did-you-mean', () => {
    const [d] = parse('+kubebuilder:validation:enum=A;B').diagnostics;
    expect(d).toMatchObject({
      severity: 'error',
      code: Codes.UnknownMarker,
      position: { file: 'apis/v1/foo_types.ts', line: 7, column: col(0) },
    });
    expect(d.hint).toContain('did you mean +kubebuilder:validation:Enum?');
    expect(d.hint).toContain('usage: +kubebuilder:validation:Enum=');
  });

  it.each([
    ['+kubebuilder:validation:Maximun=3', 'kubebuilder:validation:Maximum'],
    ['+kubebuilder:validation:nullable', 'nullable'],
    ['+kubebuilder:validation:MinLenght=1', 'kubebuilder:validation:MinLength'],
    ['+subresource:status', 'kubebuilder:subresource:status'],
    ['+k8s:listtype=map', 'k8s:listType'],
    ['+genclient:nonnamespaced', 'genclient:nonNamespaced'],
  ])('KG1001 %s suggests +%s', (text, meant) => {
    const [d] = parse(
      text,
      text.includes('genclient') || text.includes('subresource') ? 'type' : 'field',
    ).diagnostics;
    expect(d.code).toBe(Codes.UnknownMarker);
    expect(d.hint).toContain(`did you mean +${meant}?`);
  });

  it('KG1001 without a close marker points to the list of markers', () => {
    const [d] = parse('+kubebuilder:zzzzzzzzzzzzz').diagnostics;
    expect(d.code).toBe(Codes.UnknownMarker);
    expect(d.hint).toContain('kubegen markers');
  });

  it('KG1002 misplaced marker names where it may stand', () => {
    const [d] = parse('+k8s:enum', 'field').diagnostics;
    expect(d).toMatchObject({ code: Codes.MisplacedMarker, position: { column: col(0) } });
    expect(d.message).toContain('it belongs on a type');
    expect(parse('+k8s:enum', 'field').marker).toBeUndefined();
    expect(parse('+groupName=x', 'type').diagnostics[0].message).toContain('belongs on a package');
  });

  it('KG1003 value of the wrong type, at the offending character', () => {
    const text = '+kubebuilder:validation:Minimum=abc';
    expect(parse(text).diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(text.indexOf('abc')) } },
    ]);
  });

  it('KG1003 enum value not allowed, inside named arguments', () => {
    const text = '+kubebuilder:resource:scope=Global';
    const [d] = parse(text, 'type').diagnostics;
    expect(d).toMatchObject({
      code: Codes.MalformedMarkerValue,
      position: { column: col(text.indexOf('Global')) },
    });
    expect(d.message).toContain('Namespaced, Cluster');
    expect(d.hint).toBe(
      'usage: +kubebuilder:resource[:path=<string>][,singular=<string>][,shortName=<string>;…][,categories=<string>;…][,scope=Namespaced|Cluster]',
    );
  });

  it('KG1003 trailing garbage', () => {
    const text = '+kubebuilder:validation:Pattern=^[a-z]{2}$';
    const [d] = parse(text).diagnostics;
    expect(d).toMatchObject({
      code: Codes.MalformedMarkerValue,
      position: { column: col(text.indexOf('}')) },
    });
    expect(d.message).toContain('back quotes');
    expect(parse('+optional  yes').diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(11) } },
    ]);
  });

  it('KG1003 unterminated string and braces, at the opening character', () => {
    const quoted = '+kubebuilder:validation:Pattern="abc';
    expect(parse(quoted).diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(quoted.indexOf('"')) } },
    ]);
    const braces = '+kubebuilder:default={a: 1';
    expect(parse(braces).diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(braces.indexOf('{')) } },
    ]);
  });

  it('KG1003 a flag given a value, and an arguments marker given `=`', () => {
    expect(parse('+optional=true').diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(9) } },
    ]);
    expect(parse('+kubebuilder:rbac=get', 'package').diagnostics[0].message).toContain(
      'named arguments',
    );
  });

  it('KG1004 missing non-optional arguments, one diagnostic each', () => {
    const { diagnostics, marker } = parse('+kubebuilder:printcolumn:name=Age,type=date', 'type');
    expect(marker).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { code: Codes.MissingMarkerArgument, position: { column: col(0) } },
    ]);
    expect(diagnostics[0].message).toContain('`JSONPath`');
    expect(diagnostics[0].hint).toContain('+kubebuilder:printcolumn:name=<string>');
    expect(parse('+kubebuilder:subresource:scale', 'type').diagnostics.map((d) => d.code)).toEqual([
      Codes.MissingMarkerArgument,
      Codes.MissingMarkerArgument,
    ]);
  });

  it('KG1004 a value marker without its value', () => {
    expect(parse('+kubebuilder:validation:Minimum').diagnostics).toMatchObject([
      { code: Codes.MissingMarkerArgument },
    ]);
    expect(parse('+groupName=', 'package').diagnostics).toMatchObject([
      { code: Codes.MissingMarkerArgument },
    ]);
  });

  it('KG1005 unknown argument, with did-you-mean, at the argument', () => {
    const text = '+kubebuilder:printcolumn:name=Age,type=date,jsonPath=.metadata.creationTimestamp';
    const [d] = parse(text, 'type').diagnostics;
    expect(d).toMatchObject({
      code: Codes.UnknownMarkerArgument,
      position: { column: col(text.indexOf('jsonPath')) },
    });
    expect(d.hint).toMatch(/^did you mean JSONPath\? usage: \+kubebuilder:printcolumn:/);
  });

  it('KG1003 an argument given twice', () => {
    const text = '+kubebuilder:rbac:verbs=get,verbs=list';
    expect(parse(text, 'package').diagnostics).toMatchObject([
      { code: Codes.MalformedMarkerValue, position: { column: col(text.lastIndexOf('verbs')) } },
    ]);
  });

  it('KG1006 near miss of a bare marker is a warning', () => {
    for (const [text, meant] of [
      ['+optinal', 'optional'],
      ['+nulable', 'nullable'],
      ['+listTpye=map', 'listType'],
      ['+Optional', 'optional'],
    ]) {
      const result = parse(text);
      expect(result.marker).toBeUndefined();
      expect(result.diagnostics).toMatchObject([
        { severity: 'warning', code: Codes.NearMissBareMarker },
      ]);
      expect(result.diagnostics[0].message).toContain(`+${meant}`);
    }
  });

  it('KG1009 deprecated marker: accepted, with a warning saying what to write', () => {
    const result = parse('+kubebuilder:validation:XPreserveUnknownFields');
    expect(result.marker?.value).toBe(true);
    expect(result.diagnostics).toMatchObject([
      {
        severity: 'warning',
        code: Codes.DeprecatedMarker,
        hint: 'write +kubebuilder:pruning:PreserveUnknownFields',
      },
    ]);
  });
});

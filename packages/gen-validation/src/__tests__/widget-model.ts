/*
 * A small API with one field per schema marker, for the validation generator's tests.
 */
import { ModelBuilder, field, marker, t } from '../../../emit/src/__tests__/model-builder';
import type { ParsedMarker } from '@kubegen/markers';

export const PKG = 'apis/widgets/v1';

const v = (name: string, value: ParsedMarker['value'] = true) => marker(`kubebuilder:validation:${name}`, value);

function withMarkers(f: ReturnType<typeof field>, ...markers: ParsedMarker[]) {
  return { ...f, markers };
}

/** The Widget model: a namespaced kind whose spec carries every marker. */
export function widgetModel(extra: (b: ModelBuilder) => void = () => undefined) {
  const b = new ModelBuilder();
  const pkg = b.package(PKG, 'widgets.example.com');
  pkg.kind('Widget', [field('spec', t.named(PKG, 'WidgetSpec'))]);
  pkg.struct(
    'WidgetSpec',
    [
      withMarkers(field('replicas', t.int32), v('Minimum', 0), v('Maximum', 10)),
      withMarkers(field('ratio', t.scalar('float64')), v('Minimum', 0), v('ExclusiveMinimum', true), v('Maximum', 1), v('ExclusiveMaximum', true)),
      withMarkers(field('step', t.int32), v('MultipleOf', 5)),
      withMarkers(field('name', t.string, { required: true }), v('MinLength', 2), v('MaxLength', 8), v('Pattern', '^[a-z]+$')),
      withMarkers(field('mode', t.string), v('Enum', ['Fast', 'Slow'])),
      field('policy', t.enum('Always', 'Never')),
      withMarkers(field('email', t.string), v('Format', 'email')),
      withMarkers(field('tags', t.array(t.string)), v('MinItems', 1), v('MaxItems', 3), marker('listType', 'set'), v('items:MaxLength', 4)),
      withMarkers(field('labels', t.map(t.string)), v('MinProperties', 1), v('MaxProperties', 2)),
      field('maybe', t.nullable(t.string)),
      field('port', t.meta('IntOrString')),
      field('memory', t.meta('Quantity')),
      field('since', t.meta('Time')),
      withMarkers(
        field('ports', t.array(t.named(PKG, 'Port'))),
        marker('listType', 'map'),
        marker('listMapKey', 'name'),
      ),
      withMarkers(field('limits', t.named(PKG, 'Limits')), v('XValidation', { rule: 'self.min <= self.max', message: 'min must not exceed max' })),
      withMarkers(field('immutable', t.string), marker('k8s:immutable')),
      withMarkers(field('counter', t.int32), v('XValidation', { rule: 'self >= oldSelf', message: 'counter may not decrease', reason: 'FieldValueForbidden' })),
      field('inline', t.struct([field('deep', t.int32, { required: true })])),
    ],
    { markers: [v('AtMostOneOf', ['mode', 'policy'])] },
  );
  pkg.struct('Port', [
    field('name', t.string, { required: true }),
    withMarkers(field('port', t.int32), v('XValidation', { rule: 'self >= oldSelf', message: 'port may not decrease' })),
  ]);
  pkg.struct('Limits', [field('min', t.int32, { required: true }), field('max', t.int32, { required: true })]);
  extra(b);
  return b;
}

/** A Widget that passes every check. */
export function validWidget(): Record<string, unknown> {
  return {
    apiVersion: 'widgets.example.com/v1',
    kind: 'Widget',
    metadata: { name: 'w1', namespace: 'default', labels: { app: 'w' } },
    spec: {
      replicas: 3,
      ratio: 0.5,
      step: 10,
      name: 'abc',
      mode: 'Fast',
      email: 'a@b.io',
      tags: ['a', 'b'],
      labels: { a: 'x' },
      maybe: null,
      port: 'http',
      memory: '128Mi',
      since: '2024-01-02T03:04:05Z',
      ports: [{ name: 'http', port: 80 }, { name: 'grpc', port: 90 }],
      limits: { min: 1, max: 2 },
      immutable: 'x',
      counter: 1,
      inline: { deep: 1 },
    },
  };
}

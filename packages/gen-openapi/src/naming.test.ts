import { groupIdentifier, modelName, operationIdAndTag } from './naming';

describe('operationIdAndTag (GetOperationIDAndTags, reference §3.3 and §6.10)', () => {
  it.each([
    [
      'listNamespacedPod',
      '/api/v1/namespaces/{namespace}/pods',
      'listCoreV1NamespacedPod',
      'core_v1',
    ],
    [
      'deletecollectionNamespacedFoo',
      '/apis/demo.example.com/v1beta1/namespaces/{namespace}/foos',
      'deleteDemoExampleComV1beta1CollectionNamespacedFoo',
      'demoExampleCom_v1beta1',
    ],
    ['listFoo', '/apis/demo/v1beta1/foos', 'listDemoV1beta1Foo', 'demo_v1beta1'],
    [
      'readNamespacedDeploymentStatus',
      '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status',
      'readAppsV1NamespacedDeploymentStatus',
      'apps_v1',
    ],
    [
      'watchPodListForAllNamespaces',
      '/api/v1/watch/pods',
      'watchCoreV1PodListForAllNamespaces',
      'core_v1',
    ],
    [
      'listNamespacedIngress',
      '/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses',
      'listNetworkingV1NamespacedIngress',
      'networking_v1',
    ],
    [
      'connectGetNamespacedPodExec',
      '/api/v1/namespaces/{namespace}/pods/{name}/exec',
      'connectCoreV1GetNamespacedPodExec',
      'core_v1',
    ],
    ['getAPIGroup', '/apis/wardle.example.com/', 'getWardleExampleComAPIGroup', 'wardleExampleCom'],
  ])('%s on %s → %s', (route, path, operationId, tag) => {
    expect(operationIdAndTag(route, path)).toEqual({ operationId, tag });
  });

  it('camel-cases groups by dropping what is not a letter or digit', () => {
    expect(groupIdentifier('my-group.example.io')).toBe('MyGroupExampleIo');
    expect(groupIdentifier('')).toBe('Core');
  });
});

describe('modelName', () => {
  it('reverses the group domain (reference §6.10)', () => {
    expect(modelName('demo.example.com', 'v1beta1', 'FooList')).toBe(
      'com.example.demo.v1beta1.FooList',
    );
  });
});

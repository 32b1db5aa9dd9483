'use strict';
// The objects the deepcopy report copies: values of fixtures/apps' Deployment, as an API server returns them.

const labels = (name) => ({
  app: name,
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/instance': `${name}-prod`,
  'app.kubernetes.io/version': '1.27.3',
  'app.kubernetes.io/component': 'server',
  'app.kubernetes.io/part-of': 'shop',
});

function container(name, index) {
  return {
    name,
    image: `registry.example.com/shop/${name}:1.27.3`,
    command: ['/bin/server'],
    args: ['--port=8080', '--metrics-port=9090', `--shard=${index}`, '--log-level=info'],
    workingDir: '/srv',
    ports: [
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
      { name: 'grpc', containerPort: 50051, protocol: 'TCP' },
    ],
    env: [
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'SHARD', value: String(index) },
      { name: 'REGION', value: 'eu-west-1' },
      { name: 'FEATURE_FLAGS', value: 'search,checkout,recommendations' },
      {
        name: 'POD_NAME',
        valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } },
      },
      {
        name: 'POD_NAMESPACE',
        valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } },
      },
      { name: 'DB_HOST', valueFrom: { configMapKeyRef: { name: 'shop-config', key: 'db.host' } } },
      {
        name: 'DB_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'shop-secrets', key: 'db.password', optional: false } },
      },
    ],
    resources: {
      limits: { cpu: '2', memory: '2Gi', 'ephemeral-storage': '1Gi' },
      requests: { cpu: '500m', memory: '512Mi', 'ephemeral-storage': '256Mi' },
    },
    volumeMounts: [
      { name: 'config', mountPath: '/etc/shop', readOnly: true },
      { name: 'secrets', mountPath: '/etc/shop/secrets', readOnly: true },
      { name: 'cache', mountPath: '/var/cache/shop' },
      { name: 'data', mountPath: '/var/lib/shop', subPath: name },
    ],
    livenessProbe: {
      httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' },
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 2,
      failureThreshold: 3,
    },
    readinessProbe: {
      httpGet: {
        path: '/ready',
        port: 8080,
        httpHeaders: [{ name: 'X-Probe', value: 'readiness' }],
      },
      periodSeconds: 5,
    },
    imagePullPolicy: 'IfNotPresent',
    securityContext: {
      capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      runAsUser: 10001,
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    },
  };
}

/** A production-sized Deployment: three containers and an init container, volumes, probes, labels, annotations, status. */
function deploymentSized() {
  const name = 'storefront';
  return {
    apiVersion: 'apps.example.com/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'shop',
      uid: '0b6c1f2e-3d4a-4e5f-8a9b-0c1d2e3f4a5b',
      resourceVersion: '184467',
      generation: 42,
      creationTimestamp: '2024-03-01T12:00:00Z',
      labels: labels(name),
      annotations: {
        'deployment.kubernetes.io/revision': '17',
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"apiVersion":"apps.example.com/v1","kind":"Deployment"}',
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '9090',
        'example.com/owner': 'team-storefront',
        'example.com/runbook': 'https://runbooks.example.com/storefront',
      },
      ownerReferences: [
        {
          apiVersion: 'platform.example.com/v1',
          kind: 'App',
          name,
          uid: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
      finalizers: ['example.com/cleanup'],
    },
    spec: {
      replicas: 6,
      selector: { matchLabels: { app: name, 'app.kubernetes.io/instance': `${name}-prod` } },
      template: {
        metadata: {
          labels: labels(name),
          annotations: { 'prometheus.io/scrape': 'true', 'example.com/config-hash': '5f0c3a9e' },
        },
        spec: {
          initContainers: [
            {
              name: 'migrate',
              image: 'registry.example.com/shop/migrate:1.27.3',
              args: ['--wait'],
              env: [{ name: 'MODE', value: 'migrate' }],
            },
          ],
          containers: [container('web', 0), container('worker', 1), container('cache-warmer', 2)],
          volumes: [
            {
              name: 'config',
              configMap: {
                name: 'shop-config',
                items: [{ key: 'app.yaml', path: 'app.yaml' }],
                defaultMode: 420,
              },
            },
            { name: 'secrets', secret: { secretName: 'shop-secrets', defaultMode: 256 } },
            { name: 'cache', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
            { name: 'data', persistentVolumeClaim: { claimName: 'shop-data' } },
          ],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
          nodeSelector: { 'kubernetes.io/os': 'linux', 'node.example.com/pool': 'general' },
          serviceAccountName: name,
          imagePullSecrets: [{ name: 'registry-credentials' }],
        },
      },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: 1 } },
      minReadySeconds: 5,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {
      observedGeneration: 42,
      replicas: 6,
      updatedReplicas: 6,
      readyReplicas: 6,
      availableReplicas: 6,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          lastUpdateTime: '2024-03-02T08:00:00Z',
          lastTransitionTime: '2024-03-02T08:00:00Z',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        },
        {
          type: 'Progressing',
          status: 'True',
          lastUpdateTime: '2024-03-02T08:01:00Z',
          lastTransitionTime: '2024-03-01T12:00:00Z',
          reason: 'NewReplicaSetAvailable',
          message: 'ReplicaSet "storefront-7d9f8c6b5" has successfully progressed.',
        },
      ],
    },
  };
}

/** A minimal Deployment: one container, a name and a label. */
function smallDeployment() {
  return {
    apiVersion: 'apps.example.com/v1',
    kind: 'Deployment',
    metadata: { name: 'hello', namespace: 'default', labels: { app: 'hello' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'hello' } },
      template: {
        metadata: { labels: { app: 'hello' } },
        spec: { containers: [{ name: 'hello', image: 'nginx:1.27' }] },
      },
    },
  };
}

module.exports = { deploymentSized, smallDeployment };

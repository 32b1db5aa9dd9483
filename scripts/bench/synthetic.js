'use strict';
// Writes a synthetic API tree of N kinds in the authoring contract's form, for the generate benchmark.
const fs = require('node:fs');
const path = require('node:path');
const { benchTmp, linkNodeModules, repoRoot } = require('./paths');

const KINDS_PER_PACKAGE = 10;

/** Writes `.bench-tmp/synthetic-<n>` (replacing it) and returns its absolute path. */
function writeSyntheticTree(n, root = path.join(benchTmp, `synthetic-${n}`)) {
  fs.rmSync(root, { recursive: true, force: true });
  for (const [file, text] of Object.entries(syntheticFiles(n))) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
  linkNodeModules(root);
  return root;
}

/** The files of a tree of `n` kinds, by path relative to the tree: groups of 10 kinds per version package. */
function syntheticFiles(n) {
  const files = {
    'package.json': JSON.stringify({ name: `synthetic-${n}`, private: true }, null, 2) + '\n',
    'tsconfig.json': JSON.stringify(tsconfig(), null, 2) + '\n',
  };
  for (let first = 0; first < n; first += KINDS_PER_PACKAGE) {
    const group = `grp${first / KINDS_PER_PACKAGE}`;
    const dir = `apis/${group}/v1`;
    files[`${dir}/doc.ts`] = docFile(group);
    files[`${dir}/shared_types.ts`] = sharedTypesFile();
    for (let i = first; i < Math.min(n, first + KINDS_PER_PACKAGE); i++) {
      files[`${dir}/widget${i}_types.ts`] = kindFile(`Widget${i}`);
    }
  }
  return files;
}

/**
 * Type-checks the tree as a user's project would, with `@kubegen/runtime` from the repository's sources
 * (the `kubegen-source` condition), so that no build is needed to type-check it.
 */
function tsconfig() {
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'nodenext',
      moduleResolution: 'nodenext',
      customConditions: ['kubegen-source'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['apis'],
  };
}

function docFile(group) {
  return `// Package v1 is a synthetic API version for the kubegen benchmarks.
// +groupName=${group}.bench.example.com
// +k8s:deepcopy-gen=package

export {};
`;
}

function sharedTypesFile() {
  return `import type { IntOrString, int32 } from '@kubegen/runtime';

/** Endpoint is a network address shared by the kinds of this package. */
export interface Endpoint {
  /** Host name or IP address. */
  host: string;
  /**
   * Port number or name.
   * +optional
   */
  port?: IntOrString;
  /**
   * Relative weight of this endpoint.
   * +kubebuilder:validation:Minimum=0
   * +kubebuilder:validation:Maximum=100
   * +optional
   */
  weight?: int32;
}

/** Protocol is the wire protocol of an endpoint. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
`;
}

function kindFile(kind) {
  return `import type { Condition, IntOrString, LabelSelector, ObjectMeta, Quantity, Time, TypeMeta, int32, int64 } from '@kubegen/runtime';
import type { Endpoint, Protocol } from './shared_types';

/**
 * ${kind} is a synthetic resource.
 * +genclient
 * +kubebuilder:object:root=true
 * +kubebuilder:resource:shortName=${kind.toLowerCase()}s,categories=bench
 * +kubebuilder:subresource:status
 * +kubebuilder:printcolumn:name="Phase",type=string,JSONPath=".status.phase"
 */
export interface ${kind} extends TypeMeta {
  /** +optional */
  metadata?: ObjectMeta;
  /** Desired state. */
  spec?: ${kind}Spec;
  /**
   * Observed state.
   * +optional
   */
  status?: ${kind}Status;
}

/** ${kind}Spec is the desired state of a ${kind}. */
export interface ${kind}Spec {
  /**
   * How many copies to run.
   * +kubebuilder:validation:Minimum=0
   * +kubebuilder:default=1
   * +optional
   */
  replicas?: int32;
  /**
   * A display name.
   * +kubebuilder:validation:MinLength=1
   * +kubebuilder:validation:MaxLength=63
   */
  displayName: string;
  /**
   * How the ${kind} runs.
   * +kubebuilder:default="Safe"
   * +optional
   */
  mode?: ${kind}Mode;
  /** +optional */
  selector?: LabelSelector;
  /**
   * Resources by name.
   * +optional
   */
  resources?: Record<string, Quantity>;
  /** +optional */
  labels?: Record<string, string>;
  /** +optional */
  port?: IntOrString;
  /** +optional */
  protocol?: Protocol;
  /** +optional */
  endpoints?: Endpoint[];
  /**
   * Rules, applied in order.
   * +kubebuilder:validation:MaxItems=16
   * +optional
   */
  rules?: ${kind}Rule[];
  /**
   * Members, by name.
   * +listType=map
   * +listMapKey=name
   * +optional
   */
  members?: ${kind}Member[];
  /** +optional */
  schedule?: { cron: string; timeZone?: string };
  /** +optional */
  timeoutSeconds?: int64;
  /** +optional */
  suspend?: boolean | null;
}

/** ${kind}Mode says how a ${kind} runs. */
export type ${kind}Mode = 'Fast' | 'Safe' | 'Off';

/** ${kind}Rule matches requests. */
export interface ${kind}Rule {
  /** Rule name. */
  name: string;
  /** +optional */
  matches?: string[];
  /** +optional */
  params?: Record<string, string>;
  /** +optional */
  backends?: Endpoint[];
}

/** ${kind}Member is one member of a ${kind}. */
export interface ${kind}Member {
  /** Member name, unique in the list. */
  name: string;
  /** +optional */
  role?: 'Leader' | 'Follower';
  /** +optional */
  joined?: Time;
  /** +optional */
  annotations?: Record<string, string>;
}

/** ${kind}Status is the observed state of a ${kind}. */
export interface ${kind}Status {
  /** +optional */
  phase?: ${kind}Phase;
  /** +optional */
  observedGeneration?: int64;
  /** +optional */
  readyReplicas?: int32;
  /**
   * +listType=map
   * +listMapKey=type
   * +optional
   */
  conditions?: Condition[];
  /** +optional */
  lastUpdated?: Time;
}

/** ${kind}Phase is the lifecycle phase of a ${kind}. */
export type ${kind}Phase = 'Pending' | 'Running' | 'Failed';
`;
}

module.exports = { writeSyntheticTree, syntheticFiles, KINDS_PER_PACKAGE, repoRoot };

if (require.main === module) {
  const n = Number(process.argv[2] ?? 10);
  if (!Number.isInteger(n) || n < 1) {
    console.error('usage: node scripts/bench/synthetic.js <number of kinds>');
    process.exit(2);
  }
  console.log(writeSyntheticTree(n));
}

/**
 * Diagnostic codes. A code never changes meaning once released; ranges per concern:
 * KG1xxx marker grammar and registry, KG2xxx API model (sources, type forms, kinds, packages),
 * KG3xxx deepcopy/register, KG4xxx CRD and OpenAPI, KG5xxx defaulting and validation,
 * KG6xxx conversion, KG7xxx RBAC and webhooks, KG9xxx pipeline, configuration and files.
 */
export const Codes = {
  // markers
  UnknownMarker: 'KG1001',
  MisplacedMarker: 'KG1002',
  MalformedMarkerValue: 'KG1003',
  MissingMarkerArgument: 'KG1004',
  UnknownMarkerArgument: 'KG1005',
  NearMissBareMarker: 'KG1006',
  RepeatedMarker: 'KG1007',
  ConflictingMarkers: 'KG1008',
  DeprecatedMarker: 'KG1009',

  // model
  SyntaxError: 'KG2001',
  UnsupportedType: 'KG2002',
  UnresolvedType: 'KG2003',
  MissingGroupName: 'KG2004',
  DuplicateKind: 'KG2005',
  DuplicateType: 'KG2006',
  ScopeConflict: 'KG2008',
  InvalidSubresource: 'KG2009',
  InvalidListType: 'KG2010',
  InvalidFieldName: 'KG2011',
  InvalidVersionName: 'KG2012',
  UnreadableSource: 'KG2013',
  GroupMismatch: 'KG2014',
  ConflictingTagAndMarker: 'KG2015',
  InvalidGroupName: 'KG2016',
  EnumNotString: 'KG2017',
  EnumWithoutValues: 'KG2018',

  // deepcopy / register
  DeepCopyNotCopyable: 'KG3001',

  // crd and openapi
  CrdRecursiveType: 'KG4001',
  CrdDangerousType: 'KG4002',
  MarkerTypeMismatch: 'KG4003',
  MinimumAboveMaximum: 'KG4004',
  InvalidDefault: 'KG4005',
  InvalidPattern: 'KG4006',
  InvalidListMapKey: 'KG4007',
  ListMapItemsNotObjects: 'KG4008',
  NonStructuralSchema: 'KG4009',
  CelSyntaxError: 'KG4010',
  CelUnknownField: 'KG4011',
  PrinterColumnUnresolved: 'KG4013',
  MultipleStorageVersions: 'KG4014',
  NoStorageVersion: 'KG4015',
  ConflictingSchemaTypes: 'KG4016',
  InvalidCrdMetadata: 'KG4017',
  NoServedVersion: 'KG4018',
  InvalidOneOfField: 'KG4019',
  InvalidSelectableField: 'KG4020',
  CrdGroupWithoutDot: 'KG4021',
  InvalidExternalDocsUrl: 'KG4022',
  OpenApiDuplicateOperationId: 'KG4100',
  OpenApiMissingDefinition: 'KG4101',
  OpenApiUnknownGroupVersion: 'KG4102',
  OpenApiSubresourceNotServed: 'KG4103',

  // conversion
  ConversionNeedsFunction: 'KG6001',
  ConversionPeerMissing: 'KG6002',
  ConversionNearMissFunction: 'KG6003',
  ConversionBadSignature: 'KG6004',
  ConversionStorageVersionConflict: 'KG6005',
  ConversionNoStorageVersion: 'KG6006',

  // defaulting and validation
  DefaultTypeMismatch: 'KG5001',
  DefaultOnRequiredField: 'KG5002',
  DefaultingHookSignature: 'KG5003',
  DefaultRefNotFound: 'KG5004',
  ValidationHookSignature: 'KG5010',
  PatternNotJavaScript: 'KG5011',
  InvalidCelRule: 'KG5012',
  OldSelfUncorrelatable: 'KG5013',

  // rbac and webhooks
  RbacUnknownVerb: 'KG7001',
  RbacNoResourcesOrUrls: 'KG7002',
  RbacEmptyGroups: 'KG7003',
  RbacResourcesAndUrls: 'KG7004',
  RbacNamespacedUrls: 'KG7005',
  RbacNoVerbs: 'KG7006',
  WebhookMissingArgument: 'KG7010',
  WebhookPathAndUrl: 'KG7011',
  WebhookDuplicateName: 'KG7012',
  WebhookInvalidValue: 'KG7013',
  WebhookDuplicateConfiguration: 'KG7014',

  // pipeline
  WouldOverwriteHandWritten: 'KG9001',
  WriteFailed: 'KG9002',
  BadOption: 'KG9003',
  NoApiPackages: 'KG9004',
  DuplicateOutput: 'KG9005',
  FormatFailed: 'KG9006',
  GeneratorFailed: 'KG9007',

  // scaffolding (kubegen init, create api, create subresource)
  ScaffoldWouldOverwrite: 'KG9501',
  ScaffoldBadArgument: 'KG9502',
  ScaffoldNotAProject: 'KG9503',
  ScaffoldKindNotFound: 'KG9504',
} as const;

export type DiagnosticCode = (typeof Codes)[keyof typeof Codes];

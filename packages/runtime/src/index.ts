export type { int32, int64, int, float32, float64, Bytes } from './scalars';
export type { JSONValue, JSONObject, RawExtension } from './json';
export type {
  Time,
  MicroTime,
  Duration,
  Quantity,
  IntOrString,
  TypeMeta,
  ObjectMeta,
  OwnerReference,
  ManagedFieldsEntry,
  ManagedFieldsOperationType,
  FieldsV1,
  ListMeta,
  LabelSelector,
  LabelSelectorRequirement,
  LabelSelectorOperator,
  Condition,
  ConditionStatus,
  Status,
  StatusDetails,
  StatusCause,
} from './meta-types';
export {
  deepCopyJSONValue,
  deepCopyRawExtension,
  deepCopyStringMap,
  deepCopyStringArray,
} from './json-copy';
export {
  deepCopyTypeMeta,
  deepCopyObjectMeta,
  deepCopyListMeta,
  deepCopyOwnerReference,
  deepCopyManagedFieldsEntry,
  deepCopyLabelSelector,
  deepCopyLabelSelectorRequirement,
  deepCopyCondition,
  deepCopyStatus,
  deepCopyStatusDetails,
  deepCopyStatusCause,
} from './meta-deepcopy';
export type {
  GroupVersion,
  GroupVersionKind,
  GroupVersionResource,
  PrinterColumnInfo,
  ScaleSubresourceInfo,
  ResourceInfo,
  TypeRegistration,
  DefaultingFunc,
  ValidationFunc,
  ConversionFunc,
  RegisteredResource,
  ResourceQuery,
} from './scheme-types';
export {
  INTERNAL_VERSION,
  parseGroupVersion,
  formatGroupVersion,
  formatGroupVersionKind,
  withKind,
  groupVersionOf,
  sameGroupVersion,
  fromAPIVersionAndKind,
  toAPIVersionAndKind,
} from './group-version';
export { Scheme } from './scheme';
export { SchemeError } from './scheme-error';
export { FieldPath, fieldPath } from './field-path';
export type { FieldErrorType, FieldError, PathLike } from './field-errors';
export {
  required,
  invalid,
  notSupported,
  tooLong,
  tooMany,
  duplicate,
  forbidden,
  notFound,
  typeInvalid,
  internalError,
  errorBody,
  errorString,
  aggregateErrorString,
} from './field-errors';
export * from './admission';
export {
  CONVERSION_DATA_ANNOTATION,
  preserveLostFields,
  restoreLostFields,
} from './conversion-lossless';
export type { LostFields } from './conversion-lossless';
export { handleConversionReview } from './conversion-review';
export type { ConversionReview, ConversionRequest, ConversionResponse } from './conversion-review';
export * from './validation-helpers';
export * from './validation-errors';
export { correlatedItem, mapListIndex } from './list-correlation';
export { goQuote } from './go-format';
export { isValidFormat, STRING_FORMATS } from './formats';

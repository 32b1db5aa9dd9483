export * from './types';
export { MarkerRegistry, defaultMarkerRegistry } from './registry';
export { markerCatalogue } from './catalogue';
export { isMarkerLine, parseMarkerLine } from './marker-line';
export { splitComment } from './comments';
export { readCommentMarkers } from './comment-markers';
export { suggestMarker } from './suggest';
export { parseMarkerValue } from './value-parser';
export { describeMarker } from './describe';

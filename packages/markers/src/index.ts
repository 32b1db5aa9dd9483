export * from './types';
// Implemented in: ./registry (MarkerRegistry, defaultMarkerRegistry), ./parse (parseMarkerLine, isMarkerLine),
// ./comments (splitComment, readCommentMarkers), ./suggest (suggestMarker).

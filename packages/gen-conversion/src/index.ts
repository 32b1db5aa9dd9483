export { conversionGenerator, conversionGeneratorMarkers, CONVERSION_FILE } from './generator';
export { convertFunctionName, autoConvertFunctionName } from './names';
export { LOSSLESS_MARKER } from './lost-fields';

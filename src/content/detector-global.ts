// Where detector.js leaves the article detector for the content script (both run in the same isolated
// world). Its own module so that detector.js, which imports only this name, carries none of the content
// script's extension-API code.
export const DETECTOR_GLOBAL = '__marginaliaDetectArticle';

// Article identity: a pure module (no browser API) shared by the background, the CLI and tests.
export { normalizeUrl } from './normalize-url';
export { articleIdentity, type ArticleIdentity, type IdentityHints } from './article-identity';
export { isAmpUrl, stripAmp } from './amp';
export { judgeHint, type HintVerdict } from './canonical-hint';
export { isTrackingParam, TRACKING_PARAMS, TRACKING_PARAM_PREFIXES } from './tracking-params';

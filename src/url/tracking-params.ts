// Query parameters that say how a reader arrived, never which article they read. One list, one reason each,
// so that `…/story?utm_source=x` and `…/story` are the same article. Names are compared lower-cased.

/** Any parameter starting with one of these prefixes is tracking. */
export const TRACKING_PARAM_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['utm_', 'Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, …)'],
  ['__hs', 'HubSpot visitor and session cookies copied into links (__hstc, __hssc, __hsfp)'],
  ['_hs', 'HubSpot e-mail tracking (_hsenc, _hsmi)'],
  ['pk_', 'Matomo/Piwik campaign tags (pk_campaign, pk_kwd)'],
  ['mtm_', 'Matomo campaign tags (mtm_source, mtm_medium)'],
]);

/** Exact parameter names that are tracking. */
export const TRACKING_PARAMS: ReadonlyMap<string, string> = new Map([
  ['fbclid', 'Facebook click id added to every outbound link'],
  ['gclid', 'Google Ads click id'],
  ['gclsrc', 'Google Ads click source, travels with gclid'],
  ['dclid', 'Google Display & Video 360 click id'],
  ['srsltid', 'Google Search result id, added to links from search results (common on real pages)'],
  ['gbraid', 'Google Ads click id for iOS app-to-web'],
  ['wbraid', 'Google Ads click id for web-to-app'],
  ['msclkid', 'Microsoft Advertising (Bing) click id'],
  ['mc_cid', 'Mailchimp campaign id'],
  ['mc_eid', 'Mailchimp subscriber id'],
  ['igshid', 'Instagram share id'],
  ['igsh', 'Instagram share id (newer spelling)'],
  ['ref_src', 'Twitter/X embed referral source'],
  ['ref_url', 'Twitter/X embed referral page'],
  ['_ga', 'Google Analytics cross-domain client id'],
  ['_gl', 'Google Analytics 4 cross-domain linker'],
  ['yclid', 'Yandex Direct click id'],
  ['twclid', 'Twitter/X Ads click id'],
  ['ttclid', 'TikTok Ads click id'],
  ['li_fat_id', 'LinkedIn Ads first-party click id'],
  ['mkt_tok', 'Marketo e-mail tracking token'],
  ['oly_enc_id', 'Omeda newsletter subscriber id'],
  ['oly_anon_id', 'Omeda anonymous visitor id'],
  ['vero_id', 'Vero e-mail subscriber id'],
  ['vero_conv', 'Vero e-mail conversion id'],
  ['wickedid', 'Wicked Reports click id'],
  ['rb_clickid', 'Rakuten affiliate click id'],
  ['s_cid', 'Adobe Analytics campaign id'],
  ['ocid', 'Microsoft/MSN syndication campaign id'],
  ['smid', 'New York Times share-button origin'],
  ['smtyp', 'New York Times share type'],
  ['sr_share', 'Facebook share origin'],
  ['at_medium', 'AT Internet (Piano) campaign medium'],
  ['at_campaign', 'AT Internet (Piano) campaign name'],
  ['guccounter', 'Yahoo/AOL consent-redirect counter'],
  ['guce_referrer', 'Yahoo/AOL consent-redirect referrer'],
  ['guce_referrer_sig', 'Yahoo/AOL consent-redirect signature'],
  ['cmpid', 'campaign id used by many publishers (Condé Nast, Telegraph)'],
  ['ito', 'BBC internal traffic origin'],
  ['xtor', 'AT Internet campaign tag common on French news sites'],
  ['spm', 'Alibaba/Taobao traffic source position'],
  ['icid', 'internal campaign id (which promo box on the site was clicked)'],
  ['cm_mmc', 'IBM Coremetrics marketing campaign'],
  ['cm_sp', 'IBM Coremetrics site promotion'],
  ['cm_re', 'IBM Coremetrics real estate (placement) tag'],
]);

/** True when the parameter name only records where the reader came from. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  for (const prefix of TRACKING_PARAM_PREFIXES.keys()) if (lower.startsWith(prefix)) return true;
  return false;
}

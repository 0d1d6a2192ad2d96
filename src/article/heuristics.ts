// Every tuning knob of the article detector in one place, each with the reason it exists.
// None of these names a site: they describe how news and blog pages are built in general.

/** Word lists are written as one space-separated string: it keeps the content script small. */
function wordList(words: string): string[] {
  return words.split(' ');
}

function wordSet(words: string): Set<string> {
  return new Set(wordList(words));
}

/** Elements whose content is never reading text. */
export const SKIP_TAGS = wordSet('SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT EMBED BUTTON SELECT TEXTAREA INPUT DIALOG MENU HEAD LINK META');

/** Landmarks that hold site chrome rather than the story (HTML semantics); forms are sign-up, contact and comment boxes (none of 231 forms on WCXB's even-id articles was story). */
export const CHROME_TAGS = wordSet('NAV FOOTER ASIDE HEADER FORM');

/** Landmarks that are furniture whatever text they hold: a footer's legal small print can outweigh a short story. */
export const PAGE_CHROME_TAGS = wordSet('FOOTER NAV');

/** ARIA roles that mark site chrome, dialogs and ads. */
export const CHROME_ROLES = wordSet('navigation banner contentinfo complementary dialog alertdialog search menu menubar toolbar');

/** Elements that start a new block when text is serialized. */
export const BLOCK_TAGS = wordSet('ADDRESS ARTICLE ASIDE BLOCKQUOTE DETAILS DIV DL DT DD FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR TD TH CAPTION UL SUMMARY BR CENTER');

/**
 * Class/id words of boilerplate containers: share bars, related/read-more lists, author bio cards,
 * newsletter and membership promos, comments, cookie banners, ads, breadcrumbs. Matched on word
 * boundaries of class names and ids (split on -, _ and camelCase).
 */
export const BOILERPLATE_WORDS = wordSet('share sharing social sharebar socialshare related recommended recommendations readmore more trending popular newsletter subscribe subscription signup paywall membership promo promotion sponsored comment comments disqus respond reply cookie cookies consent gdpr banner ad ads advert advertisement adslot dfp outbrain taboola breadcrumb breadcrumbs pagination pager sidebar footer masthead navbar nav menu bio biography authorbio profile modal popup overlay toolbar tags tag topics skip visually sronly byline meta dateline author credit credits caption');

/** Words that, when a class/id token holds one and no strong boilerplate word, mean "this is the story". */
export const CONTENT_WORDS = wordSet('article content body entry post story text main prose blog richtext markdown');

/** Class words that mark boilerplate anywhere in a token, even beside a content word ("post-comments", "article-share"). Weak words (BOILERPLATE_WORDS) count only as a token's last word ("post-meta" yes, "meta-content" no).
 * Calls to action ("inline-cta"), disclaimer boxes, footnotes and customers' testimonials are the site's or the apparatus's words, not the story's. */
export const STRONG_BOILERPLATE_WORDS = wordSet('share sharing social related recommended newsletter subscribe comment comments cookie consent promo ad ads advert advertisement adslot breadcrumb breadcrumbs bio authorbio sidebar outbrain taboola paywall signup disqus readmore pagination trending popular cta disclaimer footnotes testimonial testimonials');

/** Headings that introduce trailing lists of other stories or site furniture, not the story. Phrases may run on
 * ("More from Politics"); single words must be the whole heading, give or take a count, since a story's own
 * section may begin with one ("Popular models and comparisons"). */
export const BOILERPLATE_HEADING =
  /^(read (more|next|also)|more (from|on|in|stories|news|articles|posts|like this)|related (stories|articles|posts|news|content|reading)|you (may|might|will|'ll) (also )?(like|enjoy|be interested)|also read|also in the news|see also|most (read|popular|viewed)|leave a (comment|reply)|join the (discussion|conversation)|(\d+|one|no) (thoughts?|repl(y|ies)|responses?|comments?) (on|to)|about the (guest )?(author|reviewer|writer|expert|contributor)s?|follow us|(subscribe|sign up) (to|for) )\b|^(\d+ )?(related( [\w-]+){0,2}|recommended( for you)?|popular( posts| stories| articles)?|trending( now)?|(latest|recent)( news| stories| posts| articles)?|comments?|responses?|share( this)?( article| story| post)?|sign up|subscribe|newsletter|tags|topics|disclaimer|((article|image|photo) )?sources|references (&|and) sources)( \(?\d+\)?)?[\s:.!]*$/i;

/** A comment thread's own label ("Comments", "Comments 115", "Leave a Reply", "3 thoughts on “Title”", "Join the discussion"), set as
 * a heading or as a line of its own: the readers' voices follow it, not the story's. A bare count ("12 comments") is left to
 * BOILERPLATE_HEADING and BOILERPLATE_LINE: as a plain line it is a counter, which may stand anywhere. */
export const COMMENTS_LABEL =
  /^((\d+|one|no) (thoughts?|repl(y|ies)|responses?|comments?) (on|to) .{1,200}|comments?( \(?\d+\)?)?|leave a (comment|reply)|join the (discussion|conversation)|(\d+ )?(readers?|users?)['’]? comments)[\s:.!]*$/i;

/** Short lines that are labels of boilerplate, not text (e.g. "Advertisement", "Show More"); also a reading-time widget ("Reading
 * time: 8 minutes", "3 min. read"), a save-to-Pinterest prompt, a byline's label standing alone ("Written by", "Reviewed by,"), a comment counter ("12 comments"),
 * a shop button's label ("Where to buy", "Get it now"), a photo's "Courtesy of …" credit and a print view's "Printed from example.com". */
export const BOILERPLATE_LINE =
  /^(advertisement|advertising|sponsored|show more|load more|read more|continue reading|share( this)?|print|printed from \S{1,60}|print this (page|article|story)|email|tweet|subscribe|sign up|skip to (main )?content|share on \w+|copy link|(show|hide) caption|listen to (this )?article|reading time:? ?\d+ min(ute)?s?( read)?|\d+ min(ute)?s?\.? read|pin (this |it )?for later!?|\d+ ?comments?|where to buy:?|get it now|courtesy of [^.]{1,60}|(written|reviewed|edited|fact[- ]checked|medically reviewed) by[,:]?|was this (page|article|post|guide) (helpful|useful)\??|how (useful|helpful) was this (post|article|page)\??|(click|tap) on a star to rate it!?|rate this (article|post|page))$/i;

/** Text a widget shows in place of itself or after a click: a player's or slideshow's fallback ("Your browser does not support the
 * audio element.", "This slideshow requires JavaScript."), a picture viewer's hint ("Press enter or click to view image in full size"),
 * a sign-up form's messages ("Thanks for signing up!", "Oops! Something went wrong …"), a recipe card's screen-lock switch ("Cook
 * Mode", "Prevent your screen from going dark"), a search engine's follow button ("Add Example News as a preferred source on
 * Google"). The page's machinery talking, never the story. */
export const WIDGET_LINE =
  /^(your browser does not support (the )?(audio|video)( element| tag| playback)?\.?|this (slideshow|video|content|player) requires javascript\.?|press enter or click to view image in full size|loading (the )?[^.]{0,60}player(\.{3}|…)?|thanks?( you)?[!,.]? for (signing up|subscribing)( to [^.!]{1,60})?[!.]?|thank you[!.]? your submission has been received[!.]?|oops[!.]? something went wrong[^.!]{0,60}[.!]?|(thank you[!.,]? )?please check your inbox[^.!]{0,60}[.!]?|there was (an issue|a problem|an error) with (the|your) (form|submission)[.!]?( please try again[.!]?)?|(cook|bake) mode|prevent (your )?screen from going dark[^.!]{0,40}[.!]?|add( [\w.-]+){0,4} as an? (preferred|reliable( and trusted)?|trusted)( news)? source( on google)?)$/i;
/** The first words WIDGET_LINE's lines open with, with its flags: the big pattern is compiled only for a line that opens so. */
export const WIDGET_LINE_HINT = /^(?:your|this|press|loading|thank|oops|please|there|cook|bake|prevent|add)/i;

/** A designer's placeholder text left in a template's unused block ("Lorem ipsum dolor sit amet, …", "Lorem ipsum 2"): the page's
 * scaffolding, never its story. */
export const PLACEHOLDER_LINE = /^lorem ipsum\b/i;

/** The label of a table of contents set as a line of its own ("Table of Contents", "On this page", "In this article:", "Jump to
 * section"): the page's navigation over the story's headings, whose links are left out as link lists. */
export const CONTENTS_LABEL = /^(table of contents|contents|page contents|article contents|on this page|in this (article|post|guide)|quick links|jump to( section)?)\s*:?$/i;

/** A picture's caption set as a paragraph, known by the credit it ends with ("A tiny house means living more efficiently. Picture:
 * Getty", "The Queen in 2004 (Picture credit: Getty)", "The harbour at dawn. Photo by: 'Jane Doe'.", "Photo by Jane Doe on Unsplash"): captions describe a picture, not the
 * story. Some caption comes before the credit (a line that is only a credit, "Words & images: Jane", names the story's makers). */
export const CAPTION_CREDIT =
  /^(?=.{20,300}$)(?=.*\b(?:picture|photo|image|photograph|illustration)s?\b).{20,}?([.!?)]\s*|\s)(\(?(picture|photo|image|photograph|illustration)s?( credit| by)?\s*:\s*[^.:]{2,60}\)?|\(photo by [^)]{2,60}\)|photo by [\w .-]{2,40} on (unsplash|pexels))\.?$/i;
/** The word every CAPTION_CREDIT holds (its own look-ahead), with its flags: the big pattern is compiled only for a line that has one. */
export const CAPTION_CREDIT_HINT = /picture|photo|image|illustration/i;

/** A plugin's shortcode the site failed to render ("[adthrive-in-post-video-player video-id=…]", "[rt_reading_time] min read",
 * "[CTA_MODULE]"): a prefixed name in brackets, with at most a few words after it. Template markup, not text. */
export const SHORTCODE_LINE = /^\[\/?[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?:\s[^\]]*)?\][^[\]]{0,20}$/i;

/** An invitation to follow the writer or the site on social networks ("Follow me on Instagram for new recipes!", "*** Follow me on
 * Instagram, YouTube or Facebook … ***", "Stay connected:", "Instagram: @handle"): the site's channels, not the story. A short line
 * only; a story's sentence about a network names no "me" or "us" to follow, and a section may be headed "Stay connected" (no colon). */
export const SOCIAL_FOLLOW =
  /^(?=.{0,200}$)(\W*(.{0,80}\b((follow|join|find|hang out with) (me|us)|let.s (hang out|connect|be friends))\b.{0,80}\b(instagram|facebook|twitter|youtube|tiktok|pinterest|linkedin|telegram|threads|bluesky|social media)\b.*|(stay connected( with (me|us)\W*|\s*[:!]+)|(you can )?(also )?connect with (me|us)( here| on \w+)?\W*))|(instagram|facebook|twitter|youtube|tiktok|pinterest|linkedin|telegram|threads|bluesky)\s*:\s*@?[\w.-]+)$/i;
/** A word every SOCIAL_FOLLOW holds (a network's name, or "connect"), with its flags: the big pattern is compiled only for a line that has one. */
export const SOCIAL_FOLLOW_HINT = /connect|instagram|facebook|twitter|youtube|tiktok|pinterest|linkedin|telegram|threads|bluesky|social media/i;

/** A plea for donations to the site or its writer ("Support Example News! Donate via …", "If you've enjoyed this interview, please
 * support us by donating", "Your monthly donations play a crucial role in supporting our operations", "Join my Patreon"): it names a
 * gift and the site's own voice asking for it. Looked for only in the story's second half, where such pleas close it. */
export const DONATION_PITCH =
  /^(?=.*\b(donat\w*|patreon|become a (patron|member|supporter))\b)(?=.{0,400}$).*(^support [^.!]{1,40}!|\bsupport (us|me)\b|\bsupporting (us|our)\b|\byour (one-off |one-time |monthly |recurring )?(or (one-off |monthly |recurring ))?(support|donations?)\b)/i;

/** A photo's credit line naming a stock-photo agency ("Getty Images / Jane Doe", "Photo: Shutterstock", "Jane Doe via Getty Images",
 * "Image: © Jane Doe/Getty Images", "Image used under license from Shutterstock"): it credits a picture, as a caption does, and is not the story. The whole line must be the credit. */
export const STOCK_CREDIT_LINE = /^(?:(?:photo|image|picture|photograph)s?(?: credit)?:\s*|credit:\s*|(?:photo|image|picture|photograph)s? used under licen[cs]e from\s+)?(?:©\s*)?(?:[^/]{0,60}(?:\/|\bvia\b)\s*)?(?:getty ?images|shutterstock|istock(?:photo)?|alamy|adobe stock)(?:\.com)?\b(?:\s*(?:\/|\+)\s*.{0,60})?$/i;
/** The agency every STOCK_CREDIT_LINE names, with its flags: the big pattern is compiled only for a line that names one. */
export const STOCK_CREDIT_LINE_HINT = /getty|shutterstock|istock|alamy|adobe stock/i;

/** The consent line of a sign-up box ("By signing up, you agree to receive …", "By clicking to watch this video, you agree to our
 * privacy policy", "By clicking Sign Me Up, you confirm you are 16+ and agree …"): the site's terms, not the story. */
export const SIGNUP_CONSENT = /^by (signing up|subscribing|clicking|submitting|registering)\b[^.]{0,80}\byou (agree|consent|acknowledge|accept|confirm)\b/i;

/** A newsletter's sign-up pitch set in the story ("Sign up for our newsletter …", "… delivered right to your inbox"): the site's
 * offer, not the story. Only a short line: a story's sentence about newsletters runs longer or says neither. */
export const NEWSLETTER_PITCH = /^(?=.{0,220}$).*(\b(sign up|subscribe)\b[^.]{0,60}\b(our|the)\b[^.]{0,40}\bnewsletters?\b|\b(delivered|straight|directly|sent) (right )?to your inbox\b|\bget it in your inbox\b)/i;

/** Labels that open a link to another story set inside this one ("Related: …", "Read also: …"). */
export const TEASER_LABEL = /^(related( (story|stories|article|articles|post|posts|reading))?|read (also|more|next)|also read|see also|more|recommended|don'?t miss|must read)\s*[:|»›>-]/i;

/** Sentences that publishing systems' templates add to every post, whatever the site: a feed's footer ("The post … appeared first on
 * …"), a newsletter platform's sign-up heading ("Discover more from …"), an author box's link ("Latest posts by Jane Doe (see all)"), a
 * mailing's web-view header ("Is this email not displaying correctly? View it in your browser.") and a republishing widget's offer
 * ("Republish our articles for free … under a Creative Commons license"). */
export const TEMPLATE_LINE =
  /^(the post .{1,200} appeared first on .{1,120}|discover more from .{1,80}|latest posts by .{1,60}\(see all\)|(is this email not displaying correctly\?\s*)?view (it|this email) in your browser\.?|republish (our|this) (articles?|stories|story)\b.{0,80}\bcreative commons\b.{0,40})$/i;

/** A label closing the story that offers more reading, set as a plain line ("If you liked this post you might also like:", "This
 * might be interesting to you:", "More helpful articles by Example Co:", "Learn more:", "More to read:"): the list it introduces is other
 * stories or pages. Only a label ending in a colon. */
export const CLOSING_LABEL =
  /^((if you (liked|enjoyed) (this|the) (post|article|story),? )?you (may|might|will|'ll) (also )?(like|enjoy)|this (might|may) (also )?(be )?(of )?interest(ing)?( to you)?|more (\w+ ){0,2}(articles|posts|stories|guides) (by|from) [^.!?]{1,60}|(learn|read|see|discover|find|explore) more\b[^.!?:]{0,40}|more (\w+ ){0,2}(to read|reading|recommendations|articles|posts|stories|guides|resources))\s*:\s*$/i;

/** Legal notices sites append to every post (disclaimers, advice and forward-looking-statement boilerplate): the site's words, not the story's. */
export const LEGAL_NOTICE =
  /\b(for (general )?((informational|information|educational)( and | or |, ))?(informational|information|educational) purposes only|(does|do) not constitute (legal|financial|tax|investment|medical|professional)|not intended (to|as) (be )?(a substitute|replace)|(is|are) not (intended as |meant as )?(legal|financial|tax|investment|medical) advice|past performance (is|does) not (a )?(guarantee|indicat))/i;
/** A text every LEGAL_NOTICE holds (a word of each of its forms), with its flags: the big pattern is compiled only for a line that has one. */
export const LEGAL_NOTICE_HINT = /purposes only|constitute|not intended|advice|past performance/i;

/** Affiliate disclosures ("We may earn a commission from links on this page", "This post contains affiliate links", "Some posts may
 * contain affiliate links", "We may get a small kickback", "Example Co may receive a commission on orders placed through its links"):
 * the site's notice about its links, not the story. Written in the first person, as the US FTC (whose rules make English-language sites
 * print them) asks; a story about affiliate marketing says "affiliates earn a commission". Every form names a commission, a kickback or
 * affiliate links, so a look for those words comes first: a line is read once rather than tried from each of its positions. */
export const AFFILIATE_DISCLOSURE =
  /^(?=[\s\S]*?(?:commission|kick ?-?back|affiliate))[\s\S]*?(?:(\b(we|i)( may| might| will| can| could| do)? (earn|receive|get|make)|\bearns? us|\bearn (me|us)) (an? )?(small |tiny |\(very\) small )?(amount of )?(affiliate )?(commissions?|kick ?-?backs?)\b|\b(posts?|articles?|pages?|sites?|blogs?|content)( may)? (contains?|uses?|includes?) (some )?affiliate links\b|\baffiliate links (are|were) used\b|\bcommissions? (on|from) (\w+ ){0,2}(orders|purchases|sales)\b[^.]{0,40}\bthrough (our|its|their|these|the|this|my) (\w+ )?links\b)/i;
/** The words every AFFILIATE_DISCLOSURE holds (its own look-ahead), with its flags: the big pattern is compiled only for a line that has one. */
export const AFFILIATE_DISCLOSURE_HINT = /commission|kick ?-?back|affiliate/i;

/** A review site's pledge about its picks and links, set as lines of their own with no word of commission ("We independently test
 * everything we recommend.", "Buying through links on our site supports our work."): the site's notice, not the story. */
export const LINK_PLEDGE =
  /^(we independently (test|review|research|vet|evaluate|select|choose|pick) (everything|every product|all (the )?products|each product)( (that )?we (recommend|feature|review))?|(when you )?buy(ing)? (\w+ )?(through|via|from) (the |our )?links?( on (our|this) (site|page))?,? (supports?|helps?) (us|our work|the site|our journalism))[.!]?$/i;
/** How every LINK_PLEDGE opens, with its flags: the big pattern is compiled only for a line that opens so. */
export const LINK_PLEDGE_HINT = /^(?:we |when you |buy)/i;

/** An author-bio paragraph opens with the author's name and a verb of biography ("Jane Doe is a reporter…", "Jane has covered…"). */
export const BIO_VERBS = 'is|was|has|holds|serves|writes|covers|joined|leads|brings|specializes|specialises';

/** A paragraph shorter than this (in characters) carries little evidence of being story text. */
export const MIN_PARAGRAPH_CHARS = 25;
/** Blocks whose text is mostly link text are menus and link lists. */
export const MAX_LINK_DENSITY = 0.5;
/** Link density above which a whole container is a link list (related stories, tag clouds). */
export const MAX_CONTAINER_LINK_DENSITY = 0.65;
/** Penalty per character of a non-story block when choosing the body's root (noise costs more than it adds). */
export const NOISE_WEIGHT = 0.6;
/** The body's root moves down to a child holding at least this share of its story text (the rest is a layout's promos). */
export const DESCEND_SHARE = 0.7;
/** Lists and tables are the story's own structure: the root never moves down into one. */
export const STORY_STRUCTURE_TAGS = wordSet('OL UL DL TABLE TBODY');
/** A sibling of the chosen root joins the body when its story text is at least this share of the root's. */
export const SIBLING_SHARE = 0.2;

/** A teaser card's excerpt is a sentence or two; an <article> inside the story with no more story text than this and a link is another story's card. */
export const MAX_TEASER_EXCERPT_CHARS = 200;

/** isArticle: minimum story words; shorter pages are notices, listings or stubs. */
export const MIN_ARTICLE_WORDS = 150;

/** Reading rates. */
export const DEFAULT_WORDS_PER_MINUTE = 238; // Brysbaert 2019, adult silent reading of non-fiction
/** Characters per minute for scripts written without spaces (Chinese, Japanese): ~260 cpm in Brysbaert's survey for Chinese. */
export const CJK_CHARS_PER_MINUTE = 260;
/** Seconds added per image: 12 s for the first, one less for each next down to 3 s (the rule Medium popularised; people glance at later images). */
export const IMAGE_SECONDS_FIRST = 12;
export const IMAGE_SECONDS_MIN = 3;
/** Images smaller than this (px, from attributes) are icons, avatars or trackers and add no reading time. */
export const MIN_IMAGE_SIDE = 100;

/** Scripts read per character rather than per word. */
export const CHAR_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Title suffix/prefix separators used to append the site name to <title>: spaced marks ("|", "–", "::", "//", "~", "›"),
 * and the full-width bar East Asian sites set without spaces ("記事｜サイト"). */
export const TITLE_SEPARATORS = /\s+(?:[|\-–—:·•»«\/~›‹⋆]|::|\/\/|\|\|)\s+|\s*｜\s*/;

/** A separator left at either end of a title once a segment is cut, or of a site name a template cut short ("Karmin Hair Tools -"). */
export const LOOSE_SEPARATOR = /^(?:[|\-–—:·•»«\/~›‹⋆]|::|\/\/)\s+|^｜\s*|\s+(?:[|\-–—:·•»«\/~›‹⋆]|::|\/\/)$|\s*｜$/g;

/** JSON-LD types that describe an article; a fact-check's ClaimReview is the story of its checking, often the page's only type. */
export const ARTICLE_TYPES = /^((Reportage|Analysis|Opinion|Review|Background|AskPublic)?News|Tech|Scholarly|MedicalScholarly|Satirical|AdvertiserContent)?Article$|^(BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|Review|ClaimReview|Recipe|HowTo)$/;
/** JSON-LD types of pages that are not articles. */
export const NON_ARTICLE_TYPES = /^(Product|ProductGroup|Offer|AggregateOffer|ItemList|CollectionPage|SearchResultsPage|ProfilePage|QAPage|DiscussionForumPosting|Course|Event|JobPosting|SoftwareApplication|Store|LocalBusiness|Service)$/;
/** Schema.org types of a discussion: a thread of posts or a question with its answers (QAPage; not Question alone, which FAQ pages also list). */
export const DISCUSSION_TYPES = /^(QAPage|DiscussionForumPosting|Conversation)$/;
/** Addresses of one discussion, as forum, Q&A and link-sharing software write them ("/threads/slug.123", "/t/slug/42",
 * "showthread.php?t=42", "viewtopic.php?t=42", "index.php?topic=42.0", "/comments/abc/slug", "/questions/42"). Not "/topic/slug": news sites list a tag's stories there. */
export const DISCUSSION_PATH = /\/(threads?|t|comments|questions|discussions?)\/[^/?#]+|\/(showthread|viewtopic)\.php|[?&](t|topic|thread)=\d/i;

/** Schema.org types of a frequently-asked-questions block. */
export const FAQ_TYPES = /^(FAQPage|Question|Answer)$/;

/** URL paths of stories: dated paths and the usual story sections; obituaries are written by a paper's desk as stories are. */
export const ARTICLE_PATH = /\/(19|20)\d{2}\/\d{1,2}\/|\/(blog|blogs|news|article|articles|story|stories|post|posts|opinion|features?|insights?|magazine|stories|obituar(y|ies))\/[^/?#]+/i;
/** URL paths of pages that are not stories: forums, docs, shops, listings, search, job openings. */
export const NON_ARTICLE_PATH = /\/(threads?|topics?|questions?|forums?|community|discussions?|showthread|viewtopic|docs?|documentation|reference|api|manual|products?|shop|store|cart|collections?|category|categories|tags?|search|pricing|services?|solutions?|careers|jobs?|openings|vacancies)(\/|\.|\?|$)|[?&](t|topic|thread)=\d/i;
/** Host names of documentation, support, forums, shops and job boards (careers.…, jobs.…: openings, not stories). */
export const NON_ARTICLE_HOST = /^(docs?|developers?|devdocs|support|help|kb|community|forums?|discuss|shop|store|api|learn|careers?|jobs)\./i;
/** More code samples than this: a documentation page (technical articles quote a few). */
export const MANY_CODE_BLOCKS = 40;
/** More <time> elements than this means many posts or teasers on one page (a forum or a listing). */
export const MANY_TIMES = 5;
/** More visible byline elements than this means many authors' posts (a forum) or teasers (a listing). */
export const MANY_BYLINES = 5;

/** Prefixes of joined class words (e.g. "sharebar", "relatedposts", "commentlist") that mark boilerplate. */
export const BOILERPLATE_PREFIXES = wordList('share social related newsletter subscri cookie consent advert outbrain taboola disqus breadcrumb paywall promo sidebar comment readmore recommend testimon');
/** Class and id prefixes of consent-management tools (Complianz, CookieYes, OneTrust, Cookiebot, Didomi, Quantcast,
 * Usercentrics, Osano, Iubenda, TrustArc, Borlabs, Klaro, tarteaucitron, Sourcepoint): their banners and dialogs hold
 * legal text, never the story. "cmp-" alone is left out: Adobe's core components use it for every block, stories too. */
export const CONSENT_TOOL_TOKEN = /^(?:cybotcookiebot|(cmplz|cky|cookieyes|onetrust|optanon|ot-sdk|cookiebot|didomi|qc-cmp\d*|usercentrics|uc-(banner|consent|privacy)|osano|iubenda|truste|trustarc|borlabs|klaro|tarteaucitron|sp_message|moove_gdpr|cli-(modal|bar|settings)|cookie-law)([-_]|$))/i;
/** Joined words that start like boilerplate but are story words ("commentary" is an opinion piece). */
export const BOILERPLATE_PREFIX_EXCEPTIONS = /^(commentary|promotions?content|socialism|shared?content)$/;

/** Author cards and boxes: bios of the writer, not the story ("author-card", "about-the-author", "authorBox"). */
export const AUTHOR_CARD_TOKEN = /^(about[-_]?(the[-_]?)?author|author[-_]?(card|box|info|bio|profile|details?|block|about|section|wrap(per)?|container|footer))/i;
/** An id spelling out a heading of at least this many words is that heading's anchor, not a template's name for furniture. */
export const MIN_ANCHOR_HEADING_WORDS = 3;
/** Compared in ASCII letters alone, a heading must keep this many for the match to mean anything. */
export const MIN_ANCHOR_ASCII_CHARS = 12;
/** A heading among the first this-many children of a container names that container ("Read more" sections). */
export const SECTION_HEADING_POSITION = 2;
/** Class tokens that only describe a layout's neighbours ("has-sidebar", "no-comments"), not the element. */
export const LAYOUT_MODIFIER = /^(has|with|without|no|show|hide|is|layout|template|page|single|body)$/;
/** Class tokens ending in a switch's state ("sidebar-enabled", "sidebar-enabled--false", "comments-disabled") say whether a part is shown, not that this element is it. */
export const LAYOUT_STATE = /^(enabled|disabled|true|false)$/;
/** A class-flagged container holding more than this share of the page's story text is the story, whatever its class says. */
export const MAX_FLAGGED_SHARE = 0.5;
/** A container flagged only by a weak word ("widget", "meta") is furniture only below this much story text: bylines and cards are short. */
export const MAX_WEAK_FURNITURE_CHARS = 400;

/** Classes of visible byline containers across publishing systems. */
export const BYLINE_CLASS = /\b(by-?line|byline__\w+|author-?name|author__name|AuthorName|article-author|post-author|entry-author|author-link|c-byline)\b/i;

/** A user name in lower case standing alone after a byline label ("by whova | Apr 21, 2025", "by jsteinhardt", a forum's
 * "By jdoe, April 17, 2024"): one word, then the line's end, a separator bar or dot, or a comma before a capital, a digit or
 * the line's end, or " on " and a date (Drupal's "Submitted by jdoe on Tue, 03/11/2025", "by jdoe on March 3, 2025"); never
 * more words or a comma before more prose ("By default, the app…"). */
const LOWER_CASE_HANDLE = /^[\p{Ll}\d][\p{L}\d._-]*\s*(?:$|[|·•]|,\s*(?:$|[\p{Lu}\d])|\s+on\s+(?:\d|(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)\p{L}*\.?,?\s*\d))/u;

/** A byline pattern's match when its last group (the name) starts with a capital or is a lone handle, else null. The patterns take
 * the `i` flag for their labels, and under it `\p{Lu}` matches lower case too, so prose ("By the end of this tutorial, you…",
 * "By using the app, you agree…") passed as a byline. */
export function capitalName(m: RegExpExecArray | null): RegExpExecArray | null {
  const name = m?.[m.length - 1] ?? '';
  return m && (/^\p{Lu}/u.test(name) || LOWER_CASE_HANDLE.test(name)) ? m : null;
}

/** A visible byline line: "By Jane Doe", "Written by: Jane Doe", "Authored by Jane Doe", wire copy's "Reporting by Jane Doe; Editing by …",
 * a Q&A's "Interview by Jane Doe" (the interviewer wrote it up), a gallery's "Compiled by Jane Doe" (she chose and captioned it), Malay and Indonesian "Oleh Jane Doe",
 * an opinion page's "Guest post by Jane Doe" (the guest wrote it). Reviewers and photographers are not authors. */
export const BYLINE_LINE = /^(?:written |posted |submitted |words |story |text |authored |published |reporting |interview |interviewed |compiled |guest (?:post|column|essay|blog) )?(?:by|von|par|por|door|di|oleh)\s*:?\s+(\p{Lu}.{1,100})$/iu;
/** A label line whose next line is the author's name ("Author", "Written by", "Reporter", an opinion page's "Guest author"). */
export const BYLINE_LABEL = /^(author|authors|author\(s\)|written by|by|posted by|author name|article by|article written by|contributors?|words|reporters?|writer|byline|guest (?:author|writer|contributor))\s*:?$/i;
/** A labelled byline on one line: "Author: Jane Doe", "Contributors: Jane Doe", "Reporter: Jane Doe", "Guest author: Jane Doe". */
export const BYLINE_LABELLED = /^(?:author|authors|contributors?|written by|article by|reporters?|writer|byline|guest (?:author|writer|contributor))\s*:\s*(\p{Lu}.{1,100})$/iu;
/** A line longer than this is prose, not a dateline. */
export const DATE_LINE_MAX = 90;
/** Labels of the first publication date in a dateline (not a bare "on": sentences say "on January 1" of events). */
/** The publication labels of datelines in the other languages whose bylines we read ("Publié le", "Opublikowano:"). */
export const OTHER_LANGUAGE_PUBLISHED = 'publié|publiée|publicado|publicada|pubblicato|pubblicata|veröffentlicht|gepubliceerd|opublikowano|publicerad|publiceret|publisert|опубликовано|опубліковано|입력|פורסם';
export const PUBLISHED_LABEL = new RegExp(`(?<!\\p{L})(published|posted|released|created|publication|publish date|post date|${OTHER_LANGUAGE_PUBLISHED})(?!\\p{L})`, 'iu');
/** Labels of an update date in a dateline, in the languages whose bylines we read. */
/** The update labels of datelines in those languages ("mis à jour", "aktualisiert"; Korean "수정", "modified", beside "입력", "entered";
 * Portuguese, Turkish, Czech, Romanian, Hungarian, Finnish and Indonesian: "atualizado", "güncelleme", "aktualizováno", "actualizat",
 * "frissítve", "päivitetty", "diperbarui"; Hebrew "עודכן", beside "פורסם", "published"). */
export const OTHER_LANGUAGE_UPDATED = 'mis à jour|mise à jour|aktualisiert|actualizado|actualizada|aggiornato|aggiornata|bijgewerkt|zaktualizowano|uppdaterad|opdateret|oppdatert|обновлено|оновлено|수정|atualizado|atualizada|güncelleme|güncellendi|aktualizováno|aktualizace|actualizat|actualizată|frissítve|päivitetty|diperbarui|עודכן';
export const UPDATED_LABEL = new RegExp(`(?<!\\p{L})(updated|modified|revised|edited|last|${OTHER_LANGUAGE_UPDATED})(?!\\p{L})`, 'iu');

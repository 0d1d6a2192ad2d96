// The tuning knobs of byline reading in one place, each with its reason. Like heuristics.ts, none
// names a site: they describe how bylines are written across publishing systems and languages.

import { checked } from './checked-pattern';
import { MONTHS } from './date-words';
import { OTHER_LANGUAGE_PUBLISHED, OTHER_LANGUAGE_UPDATED } from './heuristics';

/** Leading words of a byline that are not names ("Written by", "Von", "Reviewed by", a paid post's "Sponsored by"…; Greek writes
 * "by" as the genitive article before a name in the genitive, "Του Γιώργου Παπαδόπουλου", "Της Μαρίας Νικολάου"; Malay and
 * Indonesian "Oleh"; Polish news credits the writer who compiled a story as "oprac." or "Opracowanie:", "compiled by"; an author mark
 * that holds its label, "Author: Jane Doe", "Автор: Ирина Соколова", "Guest author: Jane Doe", only with the colon: "Author" alone may start a name). */
export const BYLINE_PREFIX = /^\s*(?:(written|posted|submitted|published|reported|reporting|words|story|text|reviewed|edited|updated|authored|compiled|article|sponsored|guest post|guest column|ein gastbeitrag|gastbeitrag|escrito|escrita|publicado|geschrieben|verfasst|écrit|ecrit|publié|skrevet|skrivet|napisane)?\s*(by|von|par|por|di|door|af|av|przez|от|του|της|των|oleh)|scritto da|pubblicato da|oprac\.|opracowanie|opracował[a]?|(?:authors?|guest author|gastautor|gastautorin|autor|autora|autores|autoren|autorin|auteurs?|autore|autori|автор|авторы|аутор|yazar)\s*:)\s*[:\-]?\s+/i;
/** Romanian "de Ion Popescu": a lower-case "de" ("by") before a name of two capitalised words or more (case-sensitive: "De Souza"
 * is a name, and the particle "de" follows a given name, "Jean de La Fontaine"). */
export const LOWER_DE_BY = /^\s*de\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;
/** "ByJane Doe": "By" run into the name where markup put them in separate elements (case-sensitive, so "Byron" stays). */
export const GLUED_BY = /^\s*(?:By|BY)(?=\p{Lu}\p{Ll})/u;

/** Separators after which a byline carries roles, dates or counts rather than more names. */
const TAIL_SEPARATOR = String.raw`\s*(?:,|\||—|–|\s-)\s*`;
/** Dots used as separators: names never continue after one, whatever follows. */
const BULLET = String.raw`\s+[·•⋅∙・●▪]\s*`;
/** Professional credentials written after a name ("Jane Doe, MD"). */
const CREDENTIALS = String.raw`(?:md|m\.d\.?|phd|ph\.d\.?|dvm|rn|mph|msc|mba|cpa|cfp|esq|lcsw|pharmd|dds)(?=[\s,.;|]|$)|\p{Lu}{2,6}®`;
/** Role words that follow a name in a byline ("Jane Doe, Senior Editor"). */
const ROLE_NOUNS = String.raw`(?:writer|editor|reporter|correspondent|contributor|columnist|journalist|author|analyst|producer|critic|photographer|researcher|strategist|specialist|expert|consultant|director|manager|founder|co-founder|ceo|cto|cmo|president|professor|dietitian|nutritionist|engineer|developer|designer|marketer|coach|educator|horticulturist|horticulturalist|physician|surgeon|attorney|lawyer|therapist|pharmacist|psychologist|scientist|economist|planner|adviser|advisor|instructor|teacher)`;
export const ROLE_WORDS = String.raw`(?:staff|senior|chief|lead|deputy|managing|contributing|executive|associate|freelance|special|guest)?\s*${ROLE_NOUNS}s?`;
/** A role noun, which ROLE_WORDS (so LEADING_ROLE) always holds: a cheap check before LEADING_ROLE, whose \p{L} classes under /iu are
 * slow to compile on a cold page. */
export const ROLE_NOUN = new RegExp(ROLE_NOUNS, 'iu');
/** Other languages' publication and update labels (heuristics.ts's dateline labels): inline spans run "Autor: Jane Doe"
 * and "Opublikowano: 14 marca 2025" together the same way English ones run on ("di Marco Rossi Pubblicato il 5 febbraio"). */
const OTHER_LANGUAGE_DATE_LABELS = `(?:${OTHER_LANGUAGE_PUBLISHED}|${OTHER_LANGUAGE_UPDATED})`;
/** A date label run on after the names where markup set them in adjacent inline elements ("By Jane Doe Updated April 4, 2025");
 * at the start ("Last Updated: 2025-02-22 …") the line is a dateline, with no name before its label. */
const DATE_LABEL_RUN_ON = String.raw`(?:^|\s+)(?:(?:last\s+)?(?:updated|published|posted|modified)\b|${OTHER_LANGUAGE_DATE_LABELS}(?!\p{L})).*$`;
/** A paid post's badge set beside the name in its byline ("Acme Security Sponsored", "Jane Doe Partner Content"). */
const PAID_POST_BADGE = String.raw`\s+(?:sponsored(?: content| post)?|paid (?:content|post)|partner content|advertorial)$`;
/** A newsroom's roles, as a byline runs them on after the name (RUN_ON_ROLE, RUN_ON_DESK_ROLE). */
const NEWSROOM_ROLES = 'writer|columnist|correspondent|reporter|contributor|editor';
/** A qualified role run on after the name without a separator, as local papers' systems set a byline's two lines in one
 * ("By Linda Carver Guest columnist", "By JOHN DOE Staff Writer"): the qualifier makes it a role, not a family name ("Jane Writer"). */
const RUN_ON_ROLE = String.raw`\s+(?:staff|guest|contributing|special|freelance)\s+(?:${NEWSROOM_ROLES})s?$`;
/** A newsroom role run on after the name without a separator, its field before it ("By Laura Finch Personal Finance Correspondent",
 * adjacent spans read as one line): one or two words of the field, then the role word, after a name of two words at least (so a
 * family name that is a role word, "Jane Writer", stays, and the field word keeps "Jane Doe Writer" whole). */
const RUN_ON_DESK_ROLE = String.raw`(?<=\p{L}\s+\p{L}+)\s+(?:\p{L}[\p{L}-]*\s+){1,2}(?:${NEWSROOM_ROLES})s?$`;
/** A wire's name run on after the writers without a separator, as papers reprint wire bylines ("By JANE DOE and JOHN ROE Associated Press");
 * after two words at least, so a byline of the wire alone ("By The Associated Press") keeps it. */
const RUN_ON_WIRE = String.raw`(?<=\p{L}\s+\p{L}+)\s+(?:the\s+)?(?:associated press|reuters|bloomberg news|agence france-presse)$`;
/** A comments link's label run on after the name ("by Jane Doe Leave a Comment", "Jane Doe 3 Comments"), as blog themes set the
 * link beside the byline: no name goes on into one. */
const COMMENTS_LINK_RUN_ON = String.raw`\s+(?:leave a (?:comment|reply)|no comments|\d+ comments?|one comment|add (?:a )?comment|join the (?:discussion|conversation))$`;
/** Up to two words of a role's field before its role word ("Senior", "Digital-Security"), or three joined by "and" ("Home and
 * Digital Security Expert"): the field's "and" joins its subjects, not a second writer's name. */
const ROLE_FIELD = String.raw`(?:(?:\p{L}[\p{L}-]*\.?\s+){0,2}|\p{L}[\p{L}-]*\s+(?:and|&)\s+(?:\p{L}[\p{L}-]*\.?\s+){1,2})`;
/** A dateline run on after the names ("By Jane Doe | LONDON, March 14, 2025", "Por Lucía Fernández | Sevilla, 14 de marzo"): a
 * place, then a comma and a date, after a separator. The place is one word, or words in capitals after a bar or dash (a dateline's
 * style, as "NEW YORK"): a writer's full name is two words or more, and a second writer is listed in the names' own case. */
export const DATELINE_TAIL = /(?:\s*,\s*\p{Lu}[\p{L}\p{M}'’.-]*|\s*(?:\||—|–|\s-)\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,3})),\s*(?:\d|\p{L}+\.?,?\s+\d).*$/u;
/** Role and date tails appended to author names. */
export const BYLINE_NOISE = new RegExp(
  `${BULLET}.*$|${DATE_LABEL_RUN_ON}|${PAID_POST_BADGE}|${COMMENTS_LINK_RUN_ON}|${RUN_ON_ROLE}|${RUN_ON_DESK_ROLE}|${RUN_ON_WIRE}|${TAIL_SEPARATOR}(?:${ROLE_FIELD}${ROLE_WORDS}\\b|${CREDENTIALS}|associated press|reuters|bloomberg|published|updated|posted|last updated|\\d{1,2}[/.]\\d{1,2}|\\p{L}+\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}+\\.? \\d{4}|\\d{4}|\\d+ min).*$`,
  'iu',
);
/** A text every alternative of BYLINE_NOISE holds (its bullet, its separator, or a word of its date labels, paid-post badges, comments
 * links, roles or wires), with its flags: where none is, BYLINE_NOISE cannot match and is not run, as its \p{L} classes under /iu take a cold page
 * milliseconds to compile. Keep it in step with BYLINE_NOISE. */
export const BYLINE_NOISE_HINT = new RegExp(
  `[·•⋅∙・●▪,|—–]|\\s-|updated|published|posted|modified|${OTHER_LANGUAGE_DATE_LABELS}|sponsored|paid|partner|advertorial|comment|reply|join the|staff|guest|contributing|special|freelance|${NEWSROOM_ROLES}|associated|reuters|bloomberg|agence`,
  'iu',
);
/** A numeric date run on after the last name ("Von Jonas Weber und Anna Schmidt 12.03.2025, 14:05 Uhr", "Jane Doe 2025-03-12"). */
const NUMERIC_DATE_RUN_ON = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)`;
/** A date run on after a name without a separator ("Jane Doe December 2"): a month word then a day, after the year where it
 * comes first ("Kovács Péter 2025. március 5."); or the day first, as most languages write it ("Ирина Соколова 12 мая 2025",
 * "Jonas Weber 3. April 2025", "Lucía Fernández 14 de marzo de 2025"). */
const MONTH_WORDS = [...MONTHS.keys()].filter((m) => m.length >= 3).join('|');
export const DATE_TAIL = new RegExp(`\\s+(?:(?:\\d{4}\\.?\\s+)?(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS})(?!\\p{L})|${NUMERIC_DATE_RUN_ON}).*$`, 'iu');
/** The small word that led into a date run on after a name, left once the date was cut ("Par Marie Dupont le 12 mars 2025",
 * "di Mario Rossi il 5 marzo", "Von Jonas Weber am 3. April"): in lower case only, as a capital "Le" ends Vietnamese names. */
export const DATE_ARTICLE_TAIL = /\s+(?:le|il|el|am|op|den|em)$/u;
/** A weekday left after a name once the date it opened was cut ("Jane Doe Wednesday, March 5, 2025", Malay "Ahmad Faizal Rabu, 5 Mac
 * 2025"): English, Malay and Indonesian, German, French, Spanish, Italian and Portuguese weekdays. */
export const WEEKDAY_TAIL = /\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|senin|selasa|rabu|kamis|khamis|jumat|jumaat|sabtu|minggu|ahad|isnin|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?)\.?,?$/iu;
/** Separators between several author names: punctuation, "and" in any case, other languages' "and" in lower case between spaces
 * (French news also credits a co-writer or wire "avec", with: "Par Marie Dupont avec AFP")
 * (a capital "E" or "Y" is an initial: "E.J. Dionne", "Y. Chen"). */
export const AUTHOR_SPLIT = /\s*(?:,|;|&|\b[Aa][Nn][Dd]\b|\|)\s*|\s+\/\s+|\s+(?:und|et|avec|y|e|и|i|en|og|och|ve)\s+/;
/** Things that look like authors but are not people or outlets; a weekday alone is what a dateline split at its comma leaves ("Sat, 20 Dec, 2025");
 * Greek's "by" (the genitive article, "Του" / "Της") alone is the label of a name in a link after it. */
export const NOT_AUTHOR = /^(admin|administrator|author|authors|staff|guest|anonymous|unknown|null|undefined|editor|by|του|της|των|none|https?:.*|.*@.*|(updated|published|posted|modified|last updated|researched|reviewed|written|edited|fact[- ]checked)\b.*|.*\bby|(mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?|(mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** Visible lines with a digit are dates, counts and times ("Updated 3 hours ago"), not names. */
export const HAS_DIGIT = /\d/;
/** A digit run this long is a year, a date or an account number, never part of an outlet's or writer's name. */
export const DIGIT_RUN = /\d{4}|^[\d\s.,:/-]+$/;
/** A part of a byline naming who edited or checked the story ("The Team, edited by Walter"): the names from there on are not its writers. */
export const NOT_WRITER_PART = /^(edited|editing|reviewed|fact[- ]checked|medically reviewed|photos?|photographs?|illustrations?|illustrated|translated)(?:\s+by\b|\s*:)/i;
/** "Por João Pereira, de São Paulo", "Jane Doe, in London": after a comma, a lower-case "from"/"in" word and a capitalised place say
 * where the writer filed from, not a second writer (case-sensitive: a name's particle follows its given name). */
export const FILED_FROM = /^(?:de|da|do|desde|em|en|in|from|aus|à|depuis|dalla|dal)\s+\p{Lu}/u;
/** Metadata words for an unnamed writer that the page states as its byline ("Staff", "Anonymous"): kept only when nothing names a person or outlet. */
export const UNNAMED_WRITER = /^(staff|anonymous)$/i;
/** A login or an unfilled template field ("jane.doe", "page.head.author", "j_doe", "hannahw"): lower-case words joined by dots or
 * underscores, or one lower-case word, what a CMS stores, not the name readers are shown (people's names are capitalised). */
export const ACCOUNT_NAME = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$|^[a-z0-9]+(?:[._][a-z0-9]+)+$/;
/** A site's administrator account ("NOC Admin", "Site Administrator", "admin2"): the login a CMS posts with, not a person readers are shown. */
export const ADMIN_ACCOUNT = /(?:^|[\s._-])(?:admin\d*|administrator|webmaster)(?:$|[\s._-])/i;
/** A name longer than this many words is a sentence, not a name. */
export const MAX_AUTHOR_WORDS = 6;

/** A short line naming a job ("Senior Writer", "Tech Writer, Hardware"): the line before it is a name. */
export const ROLE_LINE_PATTERN = new RegExp(`^[\\p{L} ,&/-]{0,30}\\b${ROLE_WORDS}\\b[\\p{L} ,&/-]{0,30}$`, 'iu');
/** ROLE_LINE_PATTERN where a role noun is (which it always holds): most lines asked about have none, and its \p{L} classes under /iu
 * are slow to compile on a cold page. */
export const ROLE_LINE = checked(ROLE_NOUN, ROLE_LINE_PATTERN);
/** A reading-time line ("7 min", "5 min read", "11 minutes"): bylines sit beside it. */
export const READING_TIME_LINE = /^\d{1,3}\s*(min|mins|minutes?)\b/i;
/** A date label left on its own line ("Last Updated:", "Published"): the byline block continues. */
export const DATE_LABEL_LINE = /^(last )?(updated|published|posted|modified)( on)?\s*:?$/i;
/** Separators inside one byline line ("Jane Doe | Senior Writer | July 2, 2025"), spaced dashes too ("Tom Reyes — June 3, 2024",
 * "Tom Reyes -- June 3, 2024", as plain and hand-made pages set them): a part is a name only beside a date or a job title. */
export const BYLINE_PARTS = /\s+(?:[|·•⋅∙・●▪—–]|--?)\s+/;
/** The parts of a line of several credits: the separators and spaced long dashes ("Reviewed by A — Written by B"). */
export const CREDIT_PARTS = /\s+[|·•⋅∙・●▪—–]\s+/;
/** "Jane Doe in Productivity", "Jane Doe on behalf of the Docs team": a byline naming the section the post is filed in or the group it speaks for. */
export const NAME_IN_SECTION = /^(.+?) (?:in|on behalf of) \p{L}[\p{L} &-]{0,40}$/u;
/** A short all-capitals token after a name is a credential ("CPP", "PSP"), not another author. */
export const CREDENTIAL_TOKEN = /^\p{Lu}{2,5}$/u;
/** Byline labels that are names too in other languages, read as labels only on pages in their language: Swahili's "Na" ("by":
 * "Na Juma Hassan"), a Korean family name elsewhere ("Na Young-ju"); Catalan's "Per" ("Per Jordi Puig"), a Scandinavian given name;
 * Tagalog's "Ni" ("Ni Juan dela Cruz"), a Chinese family name ("Ni Hong"); Afrikaans "Deur" ("Deur Pieter Botha"), the Dutch word "door"; Vietnamese "Theo" ("by", "according to": "Theo Nguyễn Văn An"), a given name elsewhere. */
export const LANGUAGE_BYLINE_LABEL: Record<string, RegExp> = { sw: /^Na\s+(?=\p{Lu})/u, ca: /^Per\s+(?=\p{Lu})/u, tl: /^Ni\s+(?=\p{Lu})/u, fil: /^Ni\s+(?=\p{Lu})/u, af: /^Deur\s+(?=\p{Lu})/u, vi: /^Theo\s+(?=\p{Lu})/u };
/** A company's legal suffix, which follows its name after a comma ("Acme Robotics, Inc."): part of the name, not a second author. */
export const CORPORATE_SUFFIX = /^(?:inc|ltd|llc|corp|co|plc|gmbh|pty|limited|incorporated)\.?$/i;

/** A person's name: 1–4 capitalised words or initials (also run together: "E.J.", "J.R.R."), with the usual lower-case particles
 * (Filipino "dela", "delos" too: "Juan dela Cruz"),
 * alone ("van", "della", "ibn") or joined to the capitalised part ("al-Omran", "d'Alembert", "dell'Orto"). */
export const NAME_SHAPE = /^(?:(?:(?:\p{Lu}\.){2,3}|(?:(?:al|el|ad|ud|d|l|dell|dall)['’-])?\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)(?:\s+|$)|(?:de|da|del|della|delle|dei|degli|der|den|di|du|van|von|vom|zu|zum|ter|ten|la|le|bin|bint|ibn|ben|al|el|y|dos|das|dela|delos)\s+){1,5}$/u;
/** Words of page furniture that a capitalised short line can be made of ("Key Highlights", "No Comments", "Conditions Privacy
 * Policy"), of photo credits ("Getty Images", "Photo Illustration"), of share bars, whose links are social networks' names
 * ("Facebook WhatsApp", "Delen WhatsApp" beside a date), and of an episode's listen bar ("Apple Podcasts Spotify RSS"): never
 * part of a writer's name. */
export const FURNITURE_WORD = /(?:^|\s)(?:images?|photos?|photographs?|illustrations?|shutterstock|istock|unsplash|comments?|highlights|takeaways|contents|privacy|policy|conditions|terms|subscribe|newsletter|related|posts|articles|categories|category|tags|advertisement|summary|overview|introduction|menu|search|login|share|minutes|listen|print|email|previous|cookies?|navigation|toggle|click|trending|popular|latest|disclaimer|disclosure|sources|references|faqs?|cart|facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|instagram|tiktok|youtube|podcasts|spotify|soundcloud|rss)(?=\s|$)/i;
/** Names have at most this many characters; longer capitalised lines are headings. */
export const MAX_NAME_CHARS = 40;
/** Fewest words of an unlabelled name line (one capitalised word beside a date is a section or a label). */
export const MIN_UNLABELLED_NAME_WORDS = 2;
/** Lines read after the headline when looking for a name beside a date or role. */
export const NAME_LINES_AFTER_HEADLINE = 8;

/** Class tokens of byline and author-name containers across publishing systems ("post_author", "the-author", "c-byline__name",
 * "article-contributor": news systems that credit contributors rather than authors). */
export const AUTHOR_CLASS_TOKEN = /^(?:[a-z0-9]+[-_]+)*(?:author|authors|byline|creator|contributor|contributors)(?:[-_]+(?:name|names|link|title|text|meta|info))?$/i;
/** A class word of a comment section anywhere in a token ("wp-block-comments", "comment-author-name", WordPress's "commentlist"),
 * also an obituary's guest book or condolences, where readers sign their messages: commenters are not the story's writers. */
export const COMMENT_WORD = /^(?!(?:has|no|with|without|show|hide|is|enable|disable)[-_])(?:.*[-_])?(?:comments?|replies|reply|commentlist|guest[-_]?book|condolences?)(?:[-_](?!open|closed|count|number|link)|$)/i;
/** A class word of a list of other stories anywhere in a token ("blog-post__related-articles", "popular-posts", "most-read",
 * "read-next"): its bylines are other stories'. */
export const OTHER_STORIES_WORD = /(^|[-_])(related|recent|popular|trending|recommended|most[-_](read|popular|viewed)|more[-_](stories|articles|posts)|read[-_]next|up[-_]next)([-_]|$)/i;
/** An English byline label ("By", "Written by"): other languages' labels ("door", "par", "von") are English words too. */
export const ENGLISH_BYLINE = /^(?:written |posted |submitted |words |story |text |authored |published |reporting |interview |interviewed )?by\b/i;
/** Author tokens of other people's words: comments, replies, quoted testimonials, teaser cards. A card word naming only how a box
 * looks ("card-shadow", "card-bordered") is a style any block may wear, the story's own details box too. */
export const OTHER_AUTHOR_TOKEN = /^(comment|reply|review|related|quote|testimonial|widget|card(?![-_]?(?:shadow|border|rounded|outline|elevat|raised|flat|hover))|recent)/i;

/** A job title written before the name ("Senior Editor Jane Doe", "Gazette Editor Jane Doe"): up to two words, then a role word. */
export const LEADING_ROLE = new RegExp(`^(?:\\p{L}[\\p{L}&.-]*\\s+){0,2}?${ROLE_WORDS}\\s+`, 'iu');
/** A byline naming a group rather than a person ("Everfit Team", "Team Gazette", "News Staff", "The Editors"). */
export const GROUP_NAME = /\b(team|staff|editors|editorial|desk|newsroom)\b/i;
/** A publication's staff named as such ("Patch Staff", "Ledger Staff"): after a person's name, what they are, not a co-writer. */
export const STAFF_OF = /\bstaff$/i;
/** "the Gazette Team", "the Acme Editors": a group's byline written with a lower-case "the" before its capitalised name; the name
 * without it is the group's (no `i` flag: \p{Lu} would then match lower case too). */
export const LOWER_THE_GROUP = /^the\s+(?=\p{Lu}[\p{L}'’&. -]*\s(?:[Tt]eam|[Ss]taff|[Ee]ditors|[Ee]ditorial [Tt]eam|[Dd]esk|[Nn]ewsroom)$)/u;
/** A credit for who reviewed, edited or checked the story ("Medically reviewed by Jane Doe, MD", "fact-checked and edited by Jane Doe"). */
export const CREDITED_REVIEWER = /\b(?:reviewed|edited|fact[- ]checked|verified)\s+by\s*:?\s+(\p{Lu}.{1,100})$/iu;

/** "Posted on March 3, 2025 by Jane Doe", "3 March 2025 by Jane Doe": a date, then the writer (the date is checked as one). */
export const DATED_BYLINE = /^(?:(?:posted|published|written|updated|last updated)\s+)?(?:on\s+)?(.{4,40}?)\s+by\s*:?\s+(\p{Lu}.{1,80})$/iu;
/** A byline in another language: a writing verb with its "by" ("Escrito por", "Geschrieben von", "Écrit par"), or an author label and a colon ("Autor:", "Auteur :",
 * Indonesian and Malay "Penulis:", Slovenian "Avtor:", Serbian "Аутор:", Vietnamese "Tác giả:", German "Gastautor:", Turkish "Muhabir:" ("reporter"); Finnish "Teksti:" ("text") and Croatian "Piše:" ("writes"), words of sentences
 * without the colon). */
export const OTHER_LANGUAGE_BYLINE =
  /^(?:(?:escrito|escrita|redactado|publicado) por|(?:geschrieben|verfasst) von|(?:écrit|ecrit|rédigé|redige|publié|publie) par|(?:scritto|pubblicato) da|geschreven door|(?:skrevet|skrivet) (?:af|av)|napisane przez|(?:autor|autorin|autora|autores|autoren|auteur|auteurs|autore|autori|avtor|författare|forfatter|yazar|автор|авторы|аутор|текст|tekijä|teksti|szerző|penulis|tác giả|piše|gastautor|gastautorin|muhabir)\s*[:：])\s*(\p{Lu}.{1,100})$/iu;
/** A magazine's credit line ("Words: Jane Doe / Photos: John Roe", "Text: Jane Doe"): read only away from the metadata, since a credit
 * label is weaker than "By" (a page's metadata may name the same writer by another form of the name). */
export const CREDIT_LABELLED = /^(?:words|text|story)\s*:\s*(\p{Lu}.{1,100})$/iu;
/** An author label alone on its line in another language ("Autor", "Auteur"): the name is on the next line. */
export const OTHER_LANGUAGE_LABEL = /^(autor|autorin|autora|autores|autoren|auteur|auteurs|autore|autori|avtor|författare|forfatter|yazar|автор|аутор|tekijä|szerző|penulis|tác giả)\s*[:：]?$/i;

/** A byline of Chinese, Japanese or Korean news: a writer's label ("作者：", "本报记者 ", "文／", "取材・文＝"), a separator, then
 * the names. The separator is required: without one the label starts ordinary words ("记者会", "文化", "글로벌"). Japanese papers set it
 * in brackets under the story ("（文：山田太郎）"): the brackets are not part of the name. */
export const CJK_BYLINE = /^[（(]?(?:\p{Script=Han}{0,6}?(?:記者|记者)|作者|撰文|執筆|执笔|取材・文|文・写真|文|글)[\s:：/／|｜=＝]+(.{2,60}?)[）)]?$/u;
/** A writer's label with its colon inside a Chinese news dateline ("2025-03-12 09:38 来源：江南日报 作者：王芳 责任编辑：李强"): the name
 * is the word after it, up to the next space. The colon is required, as at a line's start, except after the title "reporter" set apart by
 * spaces ("来源：京报 记者 张伟 编辑：李娜"), whose name is then two to four Han characters. */
export const CJK_INLINE_BYLINE = /(?:^|\s)(?:(?:作者|撰文|记者|記者|执笔|執筆)[:：]\s*([^\s:：]{2,8})|(?:记者|記者)\s+(\p{Script=Han}{2,4}))(?=\s|$)/u;
/** A byline in Arabic, Persian, Urdu or Hebrew, scripts without capitals: "بقلم" ("by the pen of") or "מאת" ("by"), or "كتب:" / "إعداد:" ("written
 * by", "prepared by"), Persian "نویسنده:" / "خبرنگار:" ("writer", "reporter") and Urdu "تحریر:" ("writing", with the Persian yeh: Arabic's "تحرير", editing, is another word), with their colon: without one they open sentences, then two to four words of the script; a date run on
 * after the name starts with a digit. */
export const RTL_BYLINE = /^(?:(?:بقلم|מאת)\s*[:：]?|(?:كتب|كتبت|إعداد|نویسنده|خبرنگار|تحریر)\s*[:：])\s*((?:(?:(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}])+\s+){1,3}(?:(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}])+)(?:\s+\p{N}.*|\s*[|｜·•،,\-–—]\s.*)?$/u;
/** An Arabic weekday run on after the writer's name where inline spans set the dateline beside the byline ("كتب: محمد علي الأربعاء، ١٢ مارس"). */
export const ARABIC_WEEKDAY_TAIL = /\s+(?:الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)$/u;
/** A name of two to four words of the Arabic or Hebrew script, letters only (read where a link to a writer's page vouches for it). */
export const UNCASED_NAME = /^(?:(?:(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}])+\s){1,3}(?:(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}])+$/u;
/** A byline in Devanagari, a script without capitals: a writer's label ("लेखक", writer; "रिपोर्ट", report; "संवाददाता", correspondent)
 * and its colon, then one to three words of the script; the name ends at the line's end, at a digit, or where the next label
 * and its colon begin (inline spans run "लेखक: राहुल शर्मा अपडेटेड: 12 मार्च 2025" together). */
export const DEVANAGARI_BYLINE = /^(?:लेखक|रिपोर्ट|रिपोर्टर|संवाददाता)\s*[:：]\s*((?:\p{Script=Devanagari}+\s+){0,2}\p{Script=Devanagari}+)(?=\s*$|\s+\p{N}|\s+\S+\s*[:：])/u;
/** A byline in Thai, a script without capitals that puts spaces only between phrases: "โดย" ("by"), or the label "ผู้เขียน" ("writer")
 * with its colon (without one it is a word of sentences; with one it labels the name after a date run on before it), and one or two words of a
 * name's length (a given name and a family name; "โดย" also opens sentences, whose phrases run longer), the name ending at the line's end, a digit, a label and its colon, or the date word "วันที่" ("date")
 * that inline spans run on after it ("โดย สมชาย ใจดี วันที่ 5 มีนาคม 2568"). */
export const THAI_BYLINE = /(?:^โดย\s*[:：]?|(?:^|\s)ผู้เขียน\s*[:：])\s*((?:[\p{Script=Thai}\p{M}]{2,20}\s+)?[\p{Script=Thai}\p{M}]{2,20})(?=\s*$|\s+\p{N}|\s+\S+\s*[:：]|\s+(?:วันที่|เมื่อ))/u;
/** A Korean or Chinese byline giving the name before the title "reporter" ("홍길동 기자", "王小明 记者"), with the publication
 * or update stamp inline spans run on after it ("홍길동 기자 입력 2025.03.12 14:30"), or the reporter's e-mail ("홍길동 기자 hong@…"). */
export const CJK_TITLE_AFTER = /^(.{2,10}?)\s*(?:기자|記者|记者|特派員|特派员)(?:\s+(?:입력|수정|승인|등록|기사입력|发布|發布|更新)\s*[:：]?\s*\d.*|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u;
/** A name in a script without capitals: two to eight Han, kana or Hangul characters (a middle dot joins transliterated names). */
export const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}・·]{2,8}$/u;
/** Taiwanese and Hong Kong news open the story with the reporter and the place they filed from, often bracketed and run on into
 * the first sentence: "〔記者王小明／台北報導〕台北市政府…", "記者王小明、李大華／綜合報導". The names are the Han words after "記者". */
export const FILED_FROM_REPORTER = /^[〔［\[【(（]?\p{Script=Han}{0,4}?(?:記者|记者)(\p{Script=Han}{2,4}(?:[、，]\p{Script=Han}{2,4}){0,3})[／/]\p{Script=Han}{2,8}?(?:報導|报道)[〕］\]】)）]?/u;
/** Korean wire copy opens the story with the place and agency in brackets, then the reporter and "기자 =" run on into the first
 * sentence: "(서울=연합뉴스) 홍길동 기자 = 서울시가…", "[서울=뉴스1] 홍길동 김철수 기자 =". The names are the Hangul words before "기자". */
export const KOREAN_WIRE_REPORTER = /^[(（\[【]\p{Script=Hangul}{1,8}\s*[=＝][^)）\]】]{1,20}[)）\]】]\s*(\p{Script=Hangul}{2,4}(?:[\s,]+\p{Script=Hangul}{2,4}){0,3})\s*(?:기자|특파원)\s*[=＝]/u;
/** Japanese papers open a correspondent's story with the place they filed from and their name in lenticular brackets, run on
 * into the first sentence: "【ワシントン＝山田花子】米商務省は…". Three to five Han characters: a wire's credit in the same place
 * is a shorter word or in katakana ("【ロンドン＝共同】", "【パリ＝ロイター】"), and a bureau ends in 支局 or 通信. */
export const JAPANESE_CORRESPONDENT = /^【[\p{Script=Han}\p{Script=Katakana}ー・]{1,10}[=＝](\p{Script=Han}{3,5})(?<!支局|総局|通信|新聞)】/u;
/** Words of a CJK byline that are labels or roles, not names ("作者", writer; "记者", reporter; "编辑", editor; "기자"). */
export const CJK_LABEL_WORD = /(?:作者|记者|記者|编辑|編集|編輯|撰文|执笔|執筆|来源|來源|기자|편집)/u;
/** Separators between CJK names: spaces and the ideographic comma. */
export const CJK_NAME_SPLIT = /[\s、，,]+/u;

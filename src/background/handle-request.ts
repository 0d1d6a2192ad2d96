// The one place where the background answers messages: each request type maps to a library operation.
import { articleIdentity } from '../url';
import { checkBackupSize, parseBackup } from '../export/backup';
import type { ImportSummary, PageReport, ReplyTo, Request } from '../shared/messages';
import type { ArticleFacts, Library } from './storage/library';
import { markImportPhase } from './storage/import-phases';
import { pageOfResults } from './storage/result-page';

export interface Context {
  library: () => Promise<Library>;
  now: () => Date;
  /** Puts the article detector into the sender's page; absent where the sender is no tab. */
  loadDetector?: () => Promise<boolean>;
  /** Shows a failed highlight's reason on the sender's tab; absent where the sender is no tab. */
  showFailure?: (reason: string) => Promise<void>;
}

export async function handleRequest<R extends Request>(ctx: Context, request: R): Promise<ReplyTo[R['type']]> {
  const reply = await answer(ctx, request);
  return reply as ReplyTo[R['type']];
}

/** The requests about the sender's tab rather than the library. */
async function answer(ctx: Context, request: Request): Promise<ReplyTo[Request['type']]> {
  switch (request.type) {
    case 'detector-load':
      return { loaded: (await ctx.loadDetector?.()) ?? false };
    case 'highlight-failed':
      if (!ctx.showFailure) return { shown: false };
      await ctx.showFailure(request.reason);
      return { shown: true };
    default:
      return answerFromLibrary(await ctx.library(), ctx.now(), request);
  }
}

async function answerFromLibrary(library: Library, now: Date, request: Exclude<Request, { type: 'detector-load' | 'highlight-failed' }>): Promise<ReplyTo[Request['type']]> {
  switch (request.type) {
    case 'page-opened': {
      const identity = articleIdentity(request.page.url, { canonicalUrl: request.page.canonicalUrl, ogUrl: request.page.ogUrl });
      const article = await library.recordVisit(identity, request.page.url, factsOf(request.page), now, { onlyIfKnown: request.page.info === null });
      return { article, annotations: await library.listAnnotations(article.key) };
    }
    case 'annotation-create':
      return library.createAnnotation(request.articleKey, request.draft, now);
    case 'annotation-update':
      return library.updateAnnotation(request.id, request.patch, now);
    case 'annotation-delete':
      return { deleted: await library.deleteAnnotation(request.id) };
    case 'annotation-restore':
      return library.restoreAnnotation(request.annotation);
    case 'annotations-list':
      return library.listAnnotations(request.articleKey);
    case 'library-articles':
      return library.listArticles();
    case 'library-tags':
      return library.listTags();
    case 'library-snapshot':
      return library.snapshot(request.articleKeys);
    case 'library-search':
      return pageOfResults(await library.search(request.query, request.filter), request.page);
    case 'backup-import':
      markImportPhase('start');
      return importText(library, request.text);
    case 'backup-import-file': {
      markImportPhase('start');
      // A file too large is refused by its size, before it is read.
      const tooLarge = checkBackupSize(request.file.size);
      if (tooLarge) throw new Error(tooLarge);
      const text = await request.file.text();
      markImportPhase('read');
      return importText(library, text);
    }
    case 'backup-export':
      return { text: await library.exportBackup(now), exportedAt: now.toISOString() };
  }
}

/** The whole file is checked before the database is touched: a bad file writes nothing. */
async function importText(library: Library, text: string): Promise<ImportSummary> {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  markImportPhase('parsed');
  return library.importBackup(parsed.backup);
}

/** The article facts a page report carries; a page where detection failed still gets a record. */
function factsOf(page: PageReport): ArticleFacts {
  const info = page.info;
  return {
    title: info?.title ?? null,
    byline: info?.byline ?? null,
    authors: info?.authors ?? [],
    siteName: info?.siteName ?? null,
    publishedTime: info?.publishedTime ?? null,
    modifiedTime: info?.modifiedTime ?? null,
    lang: info?.lang ?? null,
    dir: info?.dir ?? null,
    excerpt: info?.excerpt ?? null,
    leadImage: info?.leadImage ?? null,
    wordCount: info?.wordCount ?? 0,
    readingTimeMinutes: info?.readingTimeMinutes ?? 0,
  };
}

// The library: articles and their annotations in IndexedDB. Each operation is one transaction.
import { openDB } from 'idb';
import type { Annotation, ArticleRecord } from '../../shared/model';
import type { AnnotationDraft, AnnotationPatch } from '../../shared/messages';
import { DB_NAME, DB_VERSION, type LibraryDb, type LibrarySchema, upgradeLibrary } from './schema';

/** Current selector format; stored with each annotation so later code can read older ones. */
export const SELECTOR_VERSION = 1;

export type ArticleFacts = Omit<ArticleRecord, 'key' | 'url' | 'aliases' | 'firstSeen' | 'lastSeen'>;

export class Library {
  private constructor(private readonly db: LibraryDb) {}

  static async open(name = DB_NAME): Promise<Library> {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, { upgrade: upgradeLibrary });
    return new Library(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Records that an article was seen under `identity`. An article already known under any alias keeps
   * its key and gains the new aliases, so its notes come back under every URL it was seen at.
   */
  async recordVisit(identity: { key: string; aliases: string[] }, url: string, facts: ArticleFacts, now: Date): Promise<ArticleRecord> {
    const tx = this.db.transaction('articles', 'readwrite');
    let existing = await tx.store.get(identity.key);
    for (const alias of identity.aliases) {
      if (existing) break;
      existing = await tx.store.index('byAlias').get(alias);
    }
    const time = now.toISOString();
    const record: ArticleRecord = existing
      ? { ...existing, ...keepKnown(existing, facts), aliases: union(existing.aliases, identity.aliases), lastSeen: time }
      : { key: identity.key, url, aliases: union([identity.key], identity.aliases), ...facts, firstSeen: time, lastSeen: time };
    await tx.store.put(record);
    await tx.done;
    return record;
  }

  getArticle(key: string): Promise<ArticleRecord | undefined> {
    return this.db.get('articles', key);
  }

  async listAnnotations(articleKey: string): Promise<Annotation[]> {
    const list = await this.db.getAllFromIndex('annotations', 'byArticle', articleKey);
    return list.sort((a, b) => a.created.localeCompare(b.created));
  }

  async createAnnotation(articleKey: string, draft: AnnotationDraft, now: Date): Promise<Annotation> {
    const time = now.toISOString();
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      articleKey,
      created: time,
      modified: time,
      color: draft.color,
      note: draft.note ?? '',
      tags: [],
      quote: draft.quote,
      selectors: draft.selectors,
      selectorVersion: SELECTOR_VERSION,
    };
    await this.db.add('annotations', annotation);
    return annotation;
  }

  /** Changes an annotation inside one transaction, so two tabs editing at once lose nothing. */
  async updateAnnotation(id: string, patch: AnnotationPatch, now: Date): Promise<Annotation> {
    const tx = this.db.transaction('annotations', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) throw new Error(`No highlight with id ${id}`);
    const next: Annotation = { ...current, ...definedOnly(patch), modified: now.toISOString() };
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  async deleteAnnotation(id: string): Promise<boolean> {
    const tx = this.db.transaction('annotations', 'readwrite');
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
  }

  /** Puts back an annotation as it was (undo of a delete). */
  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    await this.db.put('annotations', annotation);
    return annotation;
  }
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** A later visit where detection found less must not erase what an earlier visit found. */
function keepKnown(existing: ArticleRecord, facts: ArticleFacts): Partial<ArticleFacts> {
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    const empty = value === null || value === 0 || (Array.isArray(value) && value.length === 0);
    merged[name] = empty ? existing[name as keyof ArticleFacts] : value;
  }
  return merged as Partial<ArticleFacts>;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

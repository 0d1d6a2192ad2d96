// The library's data for the page: the article list (with each article's highlight count) and the tags in use,
// loaded from the background and reloaded after an import. The highlights themselves are asked for one article at
// a time (useArticleAnnotations): the whole library (14 MB for 10,000 highlights) is not copied into the page to
// show one article's.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryArticle } from '../../shared/messages';
import type { Annotation } from '../../shared/model';
import { askBackground } from '../shared/ask-background';

export interface LibraryData {
  articles: LibraryArticle[];
  tags: string[];
}

export function useLibrary(): { data: LibraryData | null; error: string | null; reload(): void } {
  const [data, setData] = useState<LibraryData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => {
    Promise.all([askBackground({ type: 'library-articles' }), askBackground({ type: 'library-tags' })]).then(
      ([articles, tags]) => {
        setData({ articles, tags });
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  useEffect(reload, []);
  return { data, error, reload };
}

export interface ArticleAnnotations {
  key: string;
  annotations: Annotation[];
  /** Why they could not be read, if they could not. */
  error?: string;
}

/** The highlights of the article `key` (null while they load), asked again whenever `data` is reloaded. */
export function useArticleAnnotations(key: string | null, data: LibraryData | null): ArticleAnnotations | null {
  const [loaded, setLoaded] = useState<ArticleAnnotations | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    askBackground({ type: 'annotations-list', articleKey: key }).then(
      (annotations) => current && setLoaded({ key, annotations }),
      (e: unknown) => current && setLoaded({ key, annotations: [], error: e instanceof Error ? e.message : String(e) }),
    );
    // A later choice's answer must not be replaced by an earlier one's that arrives late.
    return () => {
      current = false;
    };
  }, [key, data]);
  return loaded && loaded.key === key ? loaded : null;
}

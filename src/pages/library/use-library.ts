// The library's data for the page: the article list and every annotation (for the tag filter and an
// article's highlights), loaded from the background and reloaded after an import.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryArticle } from '../../shared/messages';
import type { Annotation } from '../../shared/model';
import { askBackground } from '../shared/ask-background';

export interface LibraryData {
  articles: LibraryArticle[];
  annotations: Annotation[];
}

export function useLibrary(): { data: LibraryData | null; error: string | null; reload(): void } {
  const [data, setData] = useState<LibraryData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => {
    Promise.all([askBackground({ type: 'library-articles' }), askBackground({ type: 'library-snapshot' })]).then(
      ([articles, snapshot]) => {
        setData({ articles, annotations: snapshot.annotations });
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  useEffect(reload, []);
  return { data, error, reload };
}

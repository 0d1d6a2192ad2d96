// Search and filters of the library: full text, tag, colour, site, and the list's order.
import type { LibraryFilter } from '../../shared/messages';
import type { ColorName } from '../../shared/model';
import type { PaletteEntry } from '../../shared/settings';
import { t } from '../shared/i18n';
import { colorLabel } from '../shared/palette';
import type { SortOrder } from './library-view';

interface Props {
  query: string;
  filter: LibraryFilter;
  sort: SortOrder;
  tags: string[];
  sites: string[];
  palette: PaletteEntry[];
  onQuery(query: string): void;
  onFilter(filter: LibraryFilter): void;
  onSort(sort: SortOrder): void;
}

export function Filters({ query, filter, sort, tags, sites, palette, onQuery, onFilter, onSort }: Props) {
  const pick = (key: keyof LibraryFilter) => (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    const next = { ...filter };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    onFilter(next);
  };
  return (
    <div role="search" class="filters">
      <label class="field grow">
        <span>{t('search')}</span>
        <input type="search" value={query} placeholder={t('searchPlaceholder')} onInput={(e) => onQuery((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('filterTag')}</span>
        <select value={filter.tag ?? ''} onChange={pick('tag')}>
          <option value="">{t('any')}</option>
          {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('filterColour')}</span>
        <select value={filter.color ?? ''} onChange={pick('color')}>
          <option value="">{t('any')}</option>
          {palette.map((e) => <option key={e.color} value={e.color as ColorName}>{colorLabel(e)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('filterSite')}</span>
        <select value={filter.site ?? ''} onChange={pick('site')}>
          <option value="">{t('any')}</option>
          {sites.map((site) => <option key={site} value={site}>{site}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('sortBy')}</span>
        <select value={sort} onChange={(e) => onSort((e.target as HTMLSelectElement).value as SortOrder)}>
          <option value="recent">{t('sort_recent')}</option>
          <option value="site">{t('sort_site')}</option>
        </select>
      </label>
    </div>
  );
}

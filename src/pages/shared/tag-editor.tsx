// Tags of one highlight: each removable by its own button; "Add tag" opens a field (closed, it keeps the
// highlight's only text field its note), where Enter or a comma adds the tag and Escape closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

/** Tags are short labels, not notes. */
const MAX_TAG_CHARS = 40;

interface Props {
  tags: string[];
  onChange(tags: string[]): void;
  /** Names the input for screen readers ("Add a tag to “…”"). */
  label: string;
}

export function TagEditor({ tags, onChange, label }: Props) {
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  const add = () => {
    const tag = draft.replace(/,/g, ' ').trim().slice(0, MAX_TAG_CHARS);
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const close = () => {
    setOpen(false);
    setTimeout(() => opener.current?.focus(), 0);
  };
  return (
    <div class="tags">
      <ul class="tag-list" aria-label={t('tags')}>
        {tags.map((tag) => (
          <li key={tag} class="tag" data-testid="tag">
            <span>{tag}</span>
            <button type="button" class="tag-remove" aria-label={t('removeTag', tag)} title={t('removeTag', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}>×</button>
          </li>
        ))}
      </ul>
      {open ? (
        <input ref={input} type="text" class="tag-input" aria-label={label} placeholder={t('addTagPlaceholder')} value={draft}
          maxLength={MAX_TAG_CHARS}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            } else if (e.key === 'Escape') {
              e.preventDefault();
              setDraft('');
              close();
            }
          }}
          onBlur={() => {
            add();
            setOpen(false);
          }} />
      ) : (
        <button ref={opener} type="button" class="link add-tag" aria-label={label} onClick={() => setOpen(true)}>{t('addTag')}</button>
      )}
    </div>
  );
}

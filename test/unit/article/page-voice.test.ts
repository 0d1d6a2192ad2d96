import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { articleVotes, decideIsArticle, type ArticleEvidence } from '../../../src/article/is-article';
import type { JsonLd } from '../../../src/article/json-ld';
import { countCommercialPhrases, isExplainerTitle, speaksCommercially } from '../../../src/article/page-voice';
import { page } from './helpers';

const NO_LD: JsonLd = { article: null, types: [], byId: new Map(), webPage: null };

/** A bare page of ordinary length: no metadata, a two-word address; only the text and the title speak. */
function evidence(over: Partial<ArticleEvidence>): ArticleEvidence {
  return {
    meta: new Map(), ld: NO_LD, url: 'https://www.example.com/kitchen-remodeling', hasDate: false, hasAuthor: false,
    storyWords: 600, paragraphs: 8, times: 0, bylines: 0, code: 0, buttons: 0, memberLinks: 0, ...over,
  };
}

const SALES = 'Our team of licensed technicians is ready. We offer same-day visits. Contact us today for a free quote.';

/** A small page of eight paragraphs under an h1, with sales talk in every other paragraph if asked. */
function smallPage(title: string, sales: boolean, head = ''): Document {
  const filler = 'The work is planned with care, measured twice and finished on time for every household in the county.'.repeat(2);
  const paras = Array.from({ length: 8 }, (_, i) => `<p>${sales && i % 2 === 0 ? SALES : `Step ${i + 1} of the job is described here in plain words.`} ${filler}</p>`);
  return page(`<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${paras.join('')}</main></body></html>`);
}

describe('commercial wording', () => {
  it('counts a business speaking to its customers, and not a report that mentions a company', () => {
    expect(countCommercialPhrases(SALES)).toBe(4);
    expect(countCommercialPhrases('The company said its team would appeal; the mayor told reporters the offer was weak.')).toBe(0);
  });

  it('calls the wording commercial only when it is dense: a long guide may close with a plug', () => {
    expect(speaksCommercially(SALES, 600)).toBe(true);
    expect(speaksCommercially(SALES, 2000)).toBe(false);
    expect(speaksCommercially('Contact us. Get started.', 100)).toBe(false);
  });

  it('does not call a story commercial when it reports what people said', () => {
    expect(speaksCommercially(`${SALES} "We are growing," the owner said. Analysts told the paper the market is crowded.`, 600)).toBe(false);
  });

  it('takes a body written as sales talk for a service page even with an author, and leaves a page in another language alone', () => {
    const base = { hasAuthor: true, title: 'Kitchen Remodeling' };
    expect(decideIsArticle(evidence({ ...base, storyText: 'Plain prose about kitchens.' }))).toBe(true);
    expect(decideIsArticle(evidence({ ...base, storyText: SALES }))).toBe(false);
    expect(decideIsArticle(evidence({ ...base, storyText: 'Notre équipe vous propose un devis gratuit. Contactez-nous.' }))).toBe(true);
  });

  it('reaches the decision from detectArticle: an authored page is an article until its body turns to sales talk', () => {
    const author = '<meta name="author" content="Jane Doe">';
    const url = { url: 'https://www.example.com/remodel' };
    expect(detectArticle(smallPage('Kitchen remodeling', false, author), url).isArticle).toBe(true);
    expect(detectArticle(smallPage('Kitchen remodeling', true, author), url).isArticle).toBe(false);
  });
});

describe('explainer headlines', () => {
  it('reads questions, guides, tips, steps and numbered lists as explainer headlines, and names of services as not', () => {
    for (const t of ['How Much Is Pet Insurance?', 'The Beginner\u2019s Guide to Composting', 'TIPS FOR ONLINE SUCCESS', '10 easy steps for a great garden', 'Is renting cheaper than buying']) {
      expect(isExplainerTitle(t)).toBe(true);
    }
    for (const t of ['Local SEO Tools', 'Treadmill Repair in Springfield', 'Consulting', 'Guía de jardinería', null]) {
      expect(isExplainerTitle(t)).toBe(false);
    }
  });

  it('takes a bare page whose headline asks a question for an article, and the same page titled by a service for not one', () => {
    expect(decideIsArticle(evidence({ title: 'How Much Does a Kitchen Remodel Cost?' }))).toBe(true);
    expect(decideIsArticle(evidence({ title: 'Kitchen Remodeling' }))).toBe(false);
  });

  it('does not count a question headline beside many posters\u2019 profile links: a forum thread asks it', () => {
    // A dated thread, many profile links and a question for a title (its author not found: its posts are signed, not the page).
    const thread = { title: 'What should I look for before buying a used car?', hasDate: true, hasAuthor: false, memberLinks: 11 };
    expect(decideIsArticle(evidence(thread))).toBe(false);
    expect(decideIsArticle(evidence({ ...thread, memberLinks: 0 }))).toBe(true);
  });

  it('reaches the decision from detectArticle: a bare page with a question headline is an article, one titled by a service in sales talk not one', () => {
    const url = { url: 'https://www.example.com/remodel' };
    const votes = (d: Document): number => {
      let v = NaN;
      detectArticle(d, { ...url, onEvidence: (e) => (v = articleVotes(e)) });
      return v;
    };
    expect(detectArticle(smallPage('How long does a kitchen remodel take?', false), url).isArticle).toBe(true);
    expect(detectArticle(smallPage('Kitchen remodeling', true), url).isArticle).toBe(false);
    // The question counts for the page, the sales talk against it.
    expect(votes(smallPage('Kitchen remodeling', false))).toBeLessThan(votes(smallPage('How long does a kitchen remodel take?', false)));
    expect(votes(smallPage('How long does a kitchen remodel take?', true))).toBeLessThan(votes(smallPage('How long does a kitchen remodel take?', false)));
  });
});

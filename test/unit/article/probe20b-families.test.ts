// Small pages in the styles a second probe of unseen page families found misread: a fact-check whose only JSON-LD is its
// ClaimReview, an author mark that holds its label ("Автор: …") beside a date written day first, and a byline above the
// story labelled in another language or run on into a reading time, left in the body.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

describe("a fact-check whose only JSON-LD is its ClaimReview", () => {
  it('is an article, with the byline and date it shows', () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Fact check: No, the city did not ban backyard chickens | TruthLens</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2025-06-02","claimReviewed":"The city banned backyard chickens","author":{"@type":"Organization","name":"TruthLens"},"reviewRating":{"@type":"Rating","ratingValue":1,"alternateName":"False"}}</script>
      </head><body><main><article><h1>Fact check: No, the city did not ban backyard chickens</h1>
      <div class="byline">By <span class="author">Lena Fischer</span>, <time datetime="2025-06-02T14:00:00Z">June 2, 2025</time></div>
      <p>A post shared thousands of times on social media says the city council voted last week to ban backyard chickens.</p>
      <p>The council did vote on a poultry ordinance, but the measure only limits flocks to six hens and bans roosters in residential zones.</p>
      <p>Council minutes from May 27 show the ordinance passed 7-2 and takes effect in September.</p>
      <p>We rate the claim False because keeping hens remains legal under the new rules.</p></article></main></body></html>`,
      'https://truthlens.example/fc/chickens');
    const a = detectArticle(d);
    expect(a.isArticle).toBe(true);
    expect(a.authors).toEqual(['Lena Fischer']);
    expect(a.publishedTime?.slice(0, 10)).toBe('2025-06-02');
  });
});

describe('an author mark that holds its label', () => {
  it('"Автор: Ирина Соколова" beside "12 мая 2025" names the writer', () => {
    const d = page(`<!doctype html><html lang="ru"><body><article><h1>В Казани открылась новая линия метро</h1>
      <div class="info"><span class="author">Автор: Ирина Соколова</span> <span class="date">12 мая 2025, 14:10</span></div>
      ${storyParagraphs(6)}</article></body></html>`, 'https://vesti.example/city/2025/05/12/kazan-metro-novaya-liniya');
    expect(detectArticle(d).authors).toEqual(['Ирина Соколова']);
  });

  it('reads the name without its label, in the languages whose byline labels take a colon', () => {
    expect(cleanAuthors(['Author: Jane Doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Autor: Juan Pérez'])).toEqual(['Juan Pérez']);
  });

  it('leaves a name that opens with the word alone, without the colon', () => {
    expect(cleanAuthors(['Autor Jane'])).toEqual(['Autor Jane']);
  });
});

describe('a date run on after the name, day first', () => {
  it('is not part of the name', () => {
    expect(cleanAuthors(['Jane Doe 12 May 2025, 14:10'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Ирина Соколова 12 мая 2025'])).toEqual(['Ирина Соколова']);
    expect(cleanAuthors(['Jonas Weber 3. April 2025'])).toEqual(['Jonas Weber']);
    expect(cleanAuthors(['Lucía Fernández 14 de marzo de 2025'])).toEqual(['Lucía Fernández']);
  });
});

describe('a byline above the story', () => {
  it('is left out of the body when labelled in another language ("Por Ana Beatriz Souza")', () => {
    const d = page(`<!doctype html><html lang="pt-BR"><body><article><h1>São Paulo amplia ciclovias na zona leste</h1>
      <p class="autor">Por Ana Beatriz Souza</p><p class="data">22/04/2025 às 15h30</p>
      ${storyParagraphs(5)}</article></body></html>`, 'https://jornal.example/cidades/sao-paulo-amplia-ciclovias-na-zona-leste');
    const a = detectArticle(d);
    expect(a.authors).toEqual(['Ana Beatriz Souza']);
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
  });

  it('is left out of the body when run on into its age and reading time ("Story by Daniel Okafor • 7h • 3 min read")', () => {
    const d = page(`<!doctype html><html lang="en"><head><meta name="author" content="Daniel Okafor"></head><body><main><div class="story">
      <h1>Libraries lend out more than books now</h1>
      <div class="attribution"><span class="label">Story by</span> <span class="name">Daniel Okafor</span> <span>•</span> <span>7h</span> <span>•</span> <span>3 min read</span></div>
      ${storyParagraphs(5)}</div></main></body></html>`, 'https://news.example/local/libraries-lend-out-more-than-books-now');
    const a = detectArticle(d);
    expect(a.authors).toEqual(['Daniel Okafor']);
    expect(a.text.startsWith('Paragraph 1:')).toBe(true);
  });

  it('stays when it names someone other than the writer', () => {
    const d = page(`<!doctype html><html lang="en"><head><meta name="author" content="Daniel Okafor"></head><body><article>
      <h1>Libraries lend out more than books now</h1><p>Photos by Jane Roe</p>
      ${storyParagraphs(5)}</article></body></html>`, 'https://news.example/local/libraries-lend-out-more-than-books-now');
    expect(detectArticle(d).text).toContain('Photos by Jane Roe');
  });
});

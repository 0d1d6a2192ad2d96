// A hand-written page shaped like the project's seed document (a real news article page: navigation,
// a captioned lead photo, the story, an author bio card and a "Read more" list of other stories).
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page } from './helpers';

const SAMPLE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kremlin denies Putin, Trump to have phone call in coming days | The Kyiv Independent</title>
<meta property="og:title" content="Kremlin denies Putin, Trump to have phone call in coming days">
<meta property="og:site_name" content="The Kyiv Independent">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-04T15:41:00.000Z">
<link rel="canonical" href="https://kyivindependent.com/kremlin-denies-putin-trump-to-have-phone-call-in-coming-days/">
</head><body>
<header class="site-header"><nav><a href="/">The Kyiv Independent</a><a href="/news-feed">News Feed</a><a href="/war">War</a><a href="/politics">Politics</a></nav></header>
<main>
  <div class="post-tags"><a href="/news-feed">News Feed</a></div>
  <h1 class="post-title">Kremlin denies Putin, Trump to have phone call in coming days</h1>
  <div class="post-info"><span class="reading-time">2 min read</span></div>
  <figure class="post-image"><img src="/peskov.jpg" width="1200" height="800" alt="Kremlin denies Putin, Trump to have phone call in coming days">
    <figcaption>Russian presidential press secretary Dmitry Peskov walks after a meeting with African leaders at the Konstantin Palace in Strelna on June 17, 2023, in Saint Petersburg, Russia. (Contributor/Getty Images)</figcaption></figure>
  <div class="post-byline">by <a href="/authors/kateryna">Kateryna Hodunova</a> · April 4, 2025 6:41 PM</div>
  <div class="post-content">
    <p>Russian President Vladimir Putin and U.S. President Donald Trump are not scheduled to have a phone conversation in the coming days, Kremlin spokesperson Dmitry Peskov said on April 4, the state news agency TASS reported.</p>
    <p>Earlier in the day, Politico had reported that Trump and Putin will hold a call "before or after the weekend."</p>
    <p>"No, there are no plans for the next few days yet. There's nothing on the schedule yet," Peskov said.</p>
    <p>The denial comes a day after it was reported that Trump's advisers were insisting a conversation with Putin take place only after Russia agrees to a ceasefire in Ukraine.</p>
    <p>Moscow has shown signs it is unwilling to move forward on a peace deal with Ukraine, and Russian authorities have listed maximalist demands in ceasefire negotiations with Ukraine and the U.S.</p>
    <p>Ukraine has agreed to a U.S.-proposed full 30-day ceasefire, saying on March 11 that Kyiv is ready if Russia also agrees to the terms. So far, Moscow has refused.</p>
    <p>On April 2, U.S. President Donald Trump's special envoy for Ukraine, Keith Kellogg, said Ukraine and Russia are already approaching a ceasefire despite prior reports that a ceasefire is unlikely in the coming months.</p>
  </div>
  <div class="author-card">
    <img src="/avatar.jpg" alt="Avatar" width="64" height="64">
    <div><a href="/authors/kateryna">Kateryna Hodunova</a><span>News Editor</span></div>
    <p>Kateryna Hodunova is a News Editor at the Kyiv Independent. She previously worked as a sports journalist in several Ukrainian outlets and was the deputy chief editor at Suspilne Sport. Kateryna covered the 2022 Olympics in Beijing and was included in the Special Mentions list at the AIPS Sport Media Awards. She holds a bachelor's degree in political journalism from Taras Shevchenko University and a master's degree in political science from the National University of Kyiv-Mohyla Academy.</p>
  </div>
  <section>
    <h2>Read more</h2>
    <div class="card"><a href="/news-feed">News Feed</a><p>Foreign Minister Andrii Sybiha on Jan. 10 condemned Iran's crackdown on anti-government protests and called on the international community to increase pressure on Tehran, drawing parallels between its domestic repression and its conduct on the global stage.</p></div>
    <div class="card"><a href="/video">Video</a><p>Russia’s takeover of Crimea did not begin in 2014. In the first part of a new documentary, The Kyiv Independent’s War Crimes Investigation Unit looks at how Russia began moving to seize the peninsula immediately after Ukraine gained independence in 1991.</p></div>
    <div class="card"><a href="/news-feed">News Feed</a><p>"We are surging investment into our preparations (...) ensuring that Britain’s Armed Forces are ready to deploy, and lead, the multinational force (in) Ukraine, because a secure Ukraine means a secure U.K.," U.K. Defense Secretary John Healey said.</p></div>
    <button>Show More</button>
  </section>
</main>
<footer><p>© 2025 The Kyiv Independent. All rights reserved.</p></footer>
</body></html>`;

describe('a news page shaped like the seed document', () => {
  const d = detectArticle(page(SAMPLE, 'https://kyivindependent.com/kremlin-denies-putin-trump-to-have-phone-call-in-coming-days/'));

  it('finds the headline, author and date', () => {
    expect(d.title).toBe('Kremlin denies Putin, Trump to have phone call in coming days');
    expect(d.authors).toEqual(['Kateryna Hodunova']);
    expect(d.publishedTime?.slice(0, 10)).toBe('2025-04-04');
    expect(d.siteName).toBe('The Kyiv Independent');
    expect(d.isArticle).toBe(true);
  });

  it('keeps the story from its first to its last paragraph, without the headline', () => {
    expect(d.text).toContain('Russian President Vladimir Putin and U.S. President Donald Trump are not scheduled');
    expect(d.text).not.toContain('Kremlin denies Putin, Trump to have phone call');
    expect(d.text).toContain('approaching a ceasefire despite prior reports');
  });

  it('leaves out the bio card, the "Read more" stories and the navigation', () => {
    expect(d.text).not.toContain('previously worked as a sports journalist');
    expect(d.text).not.toContain('Sybiha');
    expect(d.text).not.toContain('Crimea');
    expect(d.text).not.toContain('Show More');
    expect(d.text).not.toMatch(/^News Feed/m);
  });

  it('counts the story words and a reading time of about two minutes', () => {
    expect(d.wordCount).toBeGreaterThan(180);
    expect(d.wordCount).toBeLessThan(280);
    expect(d.readingTimeMinutes).toBe(1);
  });
});

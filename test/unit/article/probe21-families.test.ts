// Small pages in the styles a third probe of unseen page families found misread: a byline and its date set in adjacent inline
// elements with no space between, an infinite-scroll page whose next story is headed by an h2, and bylines in Arabic, Chinese
// and Japanese laid out as those papers lay them out (a separator before the date, the title "记者" without a colon inside the
// dateline, the writer's credit in brackets under the story).
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

describe('a byline and a date label in adjacent inline elements with no space between', () => {
  it('"<span>Par Marie Dupont</span><span>Publié le …</span>" names the writer without the label', () => {
    const d = page(`<!doctype html><html lang="fr"><body><article><h1>Lyon ferme la presqu'île aux voitures le week-end</h1>
      <div class="meta"><span class="meta__author">Par Marie Dupont</span><span class="meta__date">Publié le 12 mars 2025 à 10h30</span></div>
      ${storyParagraphs(5)}</article></body></html>`, 'https://lyon.example/societe/lyon-ferme-la-presqu-ile');
    const a = detectArticle(d);
    expect(a.authors).toEqual(['Marie Dupont']);
    expect(a.publishedTime?.slice(0, 10)).toBe('2025-03-12');
  });

  it('"<span>By Jane Doe</span><span>Updated …</span>" too', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Budget talks run late</h1>
      <div class="meta"><span class="x">By Jane Doe</span><span class="y">Updated March 12, 2025</span></div>
      ${storyParagraphs(5)}</article></body></html>`, 'https://news.example/local/budget-talks-run-late');
    expect(detectArticle(d).authors).toEqual(['Jane Doe']);
  });
});

describe('an infinite-scroll page whose next story is headed by an h2', () => {
  it("keeps the next story out of the page's body", () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Transit board approves fare freeze | Metro Herald</title></head><body>
      <div class="stream"><article class="story"><h1>Transit board approves fare freeze</h1><p class="byline">By Carlos Medina</p>
      ${storyParagraphs(5, 'the transit board')}</article>
      <article class="story"><h2>New glass recycling rules start Monday</h2><p class="byline">By Hannah Lee</p>
      <p>The city's new recycling rules take effect on Monday, requiring households to separate glass from other recyclables for the first time.</p>
      <p>Residents will receive a new bin in the mail over the coming weeks, and until then can use any sturdy container marked GLASS.</p>
      <p>The city expects the change to save about two hundred thousand dollars a year in processing costs, officials said.</p></article></div>
      </body></html>`, 'https://metroherald.example/news/transit-fare-freeze');
    const a = detectArticle(d);
    expect(a.text).toContain('the transit board');
    expect(a.text).not.toContain('recycling');
    expect(a.authors).toEqual(['Carlos Medina']);
  });
});

describe('bylines in scripts without capitals', () => {
  it('"بقلم: أحمد خالد | الأربعاء 12 مارس 2025": the date after a separator is not part of the name', () => {
    const d = page(`<!doctype html><html lang="ar" dir="rtl"><body><article><h1>إطلاق حملة وطنية للتطعيم ضد الحصبة</h1>
      <div class="post-meta"><span class="writer">بقلم: أحمد خالد</span> <span>|</span> <span class="post-date">الأربعاء 12 مارس 2025 - 10:30</span></div>
      ${storyParagraphs(5)}</article></body></html>`, 'https://alkhabar.example/health/measles-campaign');
    expect(detectArticle(d).authors).toEqual(['أحمد خالد']);
  });

  it('"记者 张伟" inside a Chinese dateline, the title set apart by a space, names the reporter (not the editor)', () => {
    const d = page(`<!doctype html><html lang="zh-CN"><body><div class="main"><h1>今年我市将新开通三条地铁线路</h1>
      <div class="info"><span>2025年3月12日 10:30</span> <span>来源：京报</span> <span>记者 张伟</span> <span>编辑：李娜</span></div>
      <div class="content">${storyParagraphs(5)}</div></div></body></html>`, 'https://news.example.cn/city/202503/t20250312_4821.html');
    expect(detectArticle(d).authors).toEqual(['张伟']);
  });

  it('"（文：山田太郎）" under a Japanese story names the writer', () => {
    const d = page(`<!doctype html><html lang="ja"><body><div id="main"><h1>都内公立小中の給食費 来年度から完全無償化へ</h1><p class="date">2025年3月12日 10時30分</p>
      <div class="article-body">${storyParagraphs(5)}<p class="writer">（文：山田太郎）</p></div></div></body></html>`, 'https://shimbun.example.jp/article/38291');
    expect(detectArticle(d).authors).toEqual(['山田太郎']);
  });
});

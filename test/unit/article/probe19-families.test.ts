// Small pages in the styles a probe of unseen news families found misread: Korean wire copy and Japanese correspondents'
// tags that name the reporter only in the story's first words, a science news service's "5-Mar-2025" dates, and a
// co-published story whose byline names each writer's outlet beside them on a site that declares no name.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { normalizeDate } from '../../../src/article/dates';
import { page, storyParagraphs } from './helpers';

describe("a Korean wire story's opening tag", () => {
  it('"(서울=연합뉴스) 홍길동 기자 =" names the reporter', () => {
    const d = page(`<!doctype html><html lang="ko"><body><div class="article"><h1>서울시, 지하철 심야 운행 연장</h1><p class="date">송고 2025.03.05 오전 10:30</p><div class="article-body">
      <p>(서울=한빛뉴스) 이서연 기자 = 서울시가 다음 달부터 금요일 지하철 운행 시간을 새벽 2시까지 연장한다고 5일 밝혔다.</p>
      <p>시는 1호선부터 8호선까지 금요일 막차 시간을 현재 자정에서 새벽 2시로 늦추고, 연장 운행 시간대에는 배차 간격을 15분으로 유지할 계획이다.</p>
      <p>서울시 관계자는 "심야 시간대 귀가 수요가 꾸준히 늘고 있어 시민 편의를 위해 연장을 결정했다"며 "운행 결과를 분석해 토요일 확대 여부도 검토하겠다"고 말했다.</p>
      <p>시는 연장 운행에 필요한 인력을 확보하기 위해 기관사 40명을 추가로 채용할 예정이다.</p></div></div></body></html>`, 'https://news.example.kr/view/AKR20250305051200004');
    expect(detectArticle(d).authors).toEqual(['이서연']);
  });
});

describe("a Japanese correspondent's tag opening the story", () => {
  const story = (tag: string): string[] => detectArticle(page(`<!doctype html><html lang="ja"><body><article><h1>米、半導体輸出規制を一部緩和へ</h1><div class="date">2025/03/05 10:30</div><div class="body">
      <p>${tag}米商務省は４日、先端半導体の輸出規制を一部緩和し、同盟国の企業向けに例外枠を設ける方針を明らかにした。日本や欧州の企業が米国製の製造装置を使って生産した半導体について、一定の条件を満たせば許可申請を簡素化する。</p>
      <p>新たな枠組みでは、輸出先の国が米国と同等の管理体制を整えていることを条件とする。商務省の高官は記者団に対し「同盟国との協力を強めながら、安全保障上の懸念には引き続き対応する」と述べた。</p>
      <p>業界団体は今回の措置を歓迎する一方、対象となる製品の範囲が明確でないとして、詳細な指針の早期公表を求めている。</p></div></article></body></html>`, 'https://news.example.jp/articles/20250305/k00m030123000c')).authors;
  it('"【ワシントン＝山田花子】" names the correspondent', () => {
    expect(story('【ワシントン＝山田花子】')).toEqual(['山田花子']);
  });
  it("a wire's credit in the same place is not a writer", () => {
    expect(story('【ワシントン＝共同】')).toEqual([]);
  });
});

describe('a date whose day, month word and year are joined by hyphens', () => {
  it('reads "5-Mar-2025"', () => {
    expect(normalizeDate('5-Mar-2025')).toBe('2025-03-05');
    expect(normalizeDate('News Release 05-Mar-2025')).toBe('2025-03-05');
  });
  it('dates a press release that shows only that', () => {
    const d = page(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><main><div class="release"><div class="meta"><span>News Release</span> <span>5-Mar-2025</span></div>
      <h1>Coral larvae follow reef sounds home, study finds</h1>${storyParagraphs(5)}</div></main></body></html>`, 'https://science.example/news-releases/1077421');
    expect(detectArticle(d).publishedTime).toBe('2025-03-05');
  });
});

describe("a co-published story's byline naming each writer's outlet", () => {
  it("leaves out the site's own name, shown only in its <title>", () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Rural hospitals are closing maternity wards — Open Ledger</title></head><body><article>
      <h1>Rural hospitals are closing maternity wards</h1>
      <p class="byline">by <a href="/people/maria-estevez">Maria Estevez</a>, Open Ledger, and <a href="https://tribune.example/staff/jw">James Whitfield</a>, Prairie Tribune</p>
      <p><time datetime="2025-03-05T05:00:00-05:00">March 5, 2025</time></p>${storyParagraphs(5)}</article></body></html>`, 'https://openledger.example/article/rural-hospitals-maternity-wards');
    expect(detectArticle(d).authors).toEqual(['Maria Estevez', 'James Whitfield']);
  });
});

describe("a copyright notice under the story's last paragraph", () => {
  it('is not the story', () => {
    const story = (notice: string): string => detectArticle(page(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"></head><body><article><h1>Harbor dredging approved</h1>
      <div class="article-body">${storyParagraphs(5)}<p class="copyright">${notice}</p></div></article></body></html>`, 'https://news.example/2025/03/05/harbor-dredging-approved')).text;
    expect(story('© 2025 The Coastal Courier. All rights reserved.')).not.toContain('All rights reserved');
    expect(story('&lt;저작권자(c) 한빛뉴스, 무단 전재-재배포 금지&gt;')).not.toContain('저작권자');
    // "Copyright" opening a sentence of the story stays.
    expect(story('Copyright holders have until May to respond.')).toContain('Copyright holders');
  });
});

describe("a co-written post on a site named after one of its writers", () => {
  it("keeps that writer, named first, though the <title> shows the same name", () => {
    const d = page(`<!doctype html><html lang="en"><head><title>What we learned from a year of sourdough - Jane Doe</title></head><body><article>
      <h1>What we learned from a year of sourdough</h1><p class="byline">By Jane Doe and John Roe</p><p><time datetime="2025-03-05">March 5, 2025</time></p>
      ${storyParagraphs(5)}</article></body></html>`, 'https://janedoe.example/2025/03/05/sourdough-year/');
    expect(detectArticle(d).authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

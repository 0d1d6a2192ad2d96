// Small pages in the styles a probe of unseen news families found misread: a local paper's byline with the writer's role run
// on without a comma ("By Linda Carver Guest columnist"), a Polish compiler's credit ("oprac."), a Thai writer's label
// ("ผู้เขียน:"), a Vietnamese paper's signature under a story whose lead stands apart from it, and a syndicated copy whose
// author metadata names the original outlet beside the writer.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { normalizeDate } from '../../../src/article/dates';
import { page, storyParagraphs } from './helpers';

describe("a writer's role run on after the name without a comma", () => {
  it('is not part of the name', () => {
    expect(cleanAuthors(['By Linda Carver Guest columnist'])).toEqual(['Linda Carver']);
    expect(cleanAuthors(['By JOHN DOE Staff Writer'])).toEqual(['JOHN DOE']);
    expect(cleanAuthors(['Maria Lopez Contributing Writer'])).toEqual(['Maria Lopez']);
  });

  it('leaves a name that ends in a role word alone when no qualifier comes before it', () => {
    expect(cleanAuthors(['By Jane Writer'])).toEqual(['Jane Writer']);
  });
});

describe("a Polish compiler's credit", () => {
  it('"oprac. Tomasz Kowalski" names the writer', () => {
    const d = page(`<!doctype html><html lang="pl"><body><div class="article-wrapper"><h1>Nowe zasady parkowania w centrum Krakowa</h1>
      <div class="article-meta"><span class="author-name">oprac. Tomasz Kowalski</span> <span class="publish-date">5 marca 2025, 10:15</span></div>
      <div class="article-body">${storyParagraphs(6)}</div></div></body></html>`, 'https://wiadomosci.example/kraj/nowe-zasady-parkowania/8k2m4xq');
    expect(detectArticle(d).authors).toEqual(['Tomasz Kowalski']);
    expect(cleanAuthors(['Opracowanie: Anna Nowak'])).toEqual(['Anna Nowak']);
  });
});

describe("a Thai writer's label", () => {
  it('"ผู้เขียน: สมชาย ใจดี" names the writer', () => {
    const d = page(`<!doctype html><html lang="th"><body><article><h1>กทม. เปิดใช้สวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา</h1>
      <div class="news-meta"><span class="date">5 มี.ค. 2568 14:30 น.</span> <span class="writer">ผู้เขียน: สมชาย ใจดี</span></div><div class="news-detail">
      <p>กรุงเทพมหานครเปิดให้ประชาชนเข้าใช้สวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันพุธที่ผ่านมา</p>
      <p>สวนแห่งนี้มีพื้นที่กว่า 30 ไร่ ประกอบด้วยทางเดิน ทางจักรยาน และลานกิจกรรมสำหรับครอบครัว</p>
      <p>ผู้ว่าราชการกรุงเทพมหานครกล่าวว่าโครงการนี้เป็นส่วนหนึ่งของแผนเพิ่มพื้นที่สีเขียวให้ได้ 10 ตารางเมตรต่อคน</p>
      <p>ประชาชนในพื้นที่ต่างแสดงความยินดีและหวังว่าจะมีการดูแลรักษาความสะอาดอย่างต่อเนื่อง</p>
      <p>สวนจะเปิดให้บริการทุกวันตั้งแต่เวลา 05.00 น. ถึง 21.00 น. โดยไม่เสียค่าใช้จ่าย</p></div></article></body></html>`, 'https://khaothai.example/news/local/2846512');
    expect(detectArticle(d).authors).toEqual(['สมชาย ใจดี']);
  });
});

describe("a signature under a story whose lead and dateline stand apart from its text", () => {
  it("names the writer from the story's last part, not its first", () => {
    const d = page(`<!doctype html><html lang="vi"><body><section><div class="sidebar">
      <div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li></ul><span class="date">Thứ tư, 5/3/2025, 14:30 (GMT+7)</span></div>
      <h1 class="title-detail">Hà Nội mở thêm tuyến xe buýt điện kết nối sân bay</h1>
      <p class="description">Tuyến xe buýt điện mới nối trung tâm Hà Nội với sân bay Nội Bài sẽ hoạt động từ tháng 4, giá vé 45.000 đồng.</p>
      <article class="fck_detail">
      <p class="Normal">Sở Giao thông Vận tải Hà Nội cho biết tuyến xe buýt điện mới sẽ chạy từ bến Long Biên đến nhà ga T2 sân bay Nội Bài.</p>
      <p class="Normal">Mỗi ngày tuyến sẽ có khoảng 120 chuyến, thời gian giãn cách giữa các chuyến từ 15 đến 20 phút.</p>
      <p class="Normal">Theo đơn vị vận hành, toàn bộ 30 xe được trang bị hệ thống sạc nhanh và có chỗ để hành lý rộng rãi.</p>
      <p class="Normal">Đại diện Sở cho biết thành phố đặt mục tiêu chuyển đổi toàn bộ xe buýt sang năng lượng sạch trước năm 2030.</p>
      <p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p></article></div></section></body></html>`, 'https://tinnhanh.example/ha-noi-mo-them-tuyen-xe-buyt-4821733.html');
    expect(detectArticle(d).authors).toEqual(['Minh Anh']);
  });
});

describe("a syndicated copy's author metadata", () => {
  it('names the writer, not the original outlet the canonical link points to', () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Why your tomato plants are splitting</title>
      <link rel="canonical" href="https://www.gardenpress.example/2025/03/tomato-splitting-causes/"><meta property="og:site_name" content="Yonder News">
      <meta name="author" content="Gina Hale, Garden Press"></head><body><article><h1>Why your tomato plants are splitting</h1>
      <div class="story">${storyParagraphs(6, 'the garden club')}</div></article></body></html>`, 'https://news.yonder.example/lifestyle/tomato-plants-splitting-140000123.html');
    expect(detectArticle(d).authors).toEqual(['Gina Hale']);
  });

  it('keeps two writers when neither is the outlet', () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Why your tomato plants are splitting</title>
      <link rel="canonical" href="https://www.gardenpress.example/2025/03/tomato-splitting-causes/"><meta name="author" content="Gina Hale, Tom Berry"></head>
      <body><article><h1>Why your tomato plants are splitting</h1><div class="story">${storyParagraphs(6, 'the garden club')}</div></article></body></html>`, 'https://news.yonder.example/lifestyle/tomato-plants-splitting-140000123.html');
    expect(detectArticle(d).authors).toEqual(['Gina Hale', 'Tom Berry']);
  });
});

describe("a byline naming the writer and, after a dash, the site's brand", () => {
  it('"Andi Pratama - detakNews" names the writer', () => {
    const d = page(`<!doctype html><html lang="id"><body><article class="detail"><div class="detail__header"><h1 class="detail__title">Banjir Rendam Ratusan Rumah di Bekasi</h1>
      <div class="detail__author">Andi Pratama - detakNews</div><div class="detail__date">Rabu, 05 Mar 2025 14:30 WIB</div></div>
      <div class="detail__body-text">${storyParagraphs(6)}</div></article></body></html>`, 'https://news.detaknews.example/berita/d-7812345/banjir-rendam-ratusan-rumah');
    expect(detectArticle(d).authors).toEqual(['Andi Pratama']);
  });
});

describe("a letter to the editor signed at its end", () => {
  const letter = (signature: string): string[] => detectArticle(page(`<!doctype html><html lang="en"><body><article class="opinion"><div class="kicker">Letters to the Editor</div>
      <h1>Letter: Keep the bike lanes on Elm Street</h1><div class="body">${storyParagraphs(5, 'the bike club')}<p>${signature}</p></div></article></body></html>`,
    'https://www.lakesiderecord.example/opinion/letters/letter-keep-the-bike-lanes')).authors;
  it('"— Daniel Ortiz, Lakeside" names the writer', () => {
    expect(letter('— Daniel Ortiz, Lakeside')).toEqual(['Daniel Ortiz']);
    expect(letter('– Daniel Ortiz')).toEqual(['Daniel Ortiz']);
  });
  it('a closing word after a dash is not a name', () => {
    expect(letter('— Thank you')).toEqual([]);
  });
});

describe('a byline under the story', () => {
  const story = (after: string): string[] => detectArticle(page(`<!doctype html><html lang="vi"><body><div class="detail"><h1 class="detail-title">Giá vàng tăng mạnh phiên đầu tuần</h1>
      <div class="detail-meta"><span class="detail-time">12/03/2025 08:15 GMT+7</span></div><div class="detail-content">${storyParagraphs(6, 'the gold traders')}</div>
      ${after}</div></body></html>`, 'https://baokinhte.example/gia-vang-tang-manh-20250312081500.htm')).authors;
  it("names the writer when it sits right after the story, in the headline's block", () => {
    expect(story('<div class="detail-author"><p class="author">Thanh Hương</p></div>')).toEqual(['Thanh Hương']);
  });
  it("is not a related story's byline after a heading", () => {
    expect(story('<section><h2>Related</h2><div class="card"><a href="/x">Oil prices fall</a><p class="author">Le Van Nam</p></div></section>')).toEqual([]);
  });
});

describe('dates written in words a probe found unread', () => {
  it('reads a Vietnamese date, its month a number after "tháng"', () => {
    expect(normalizeDate('Thứ tư, ngày 12 tháng 3 năm 2025')).toBe('2025-03-12');
    expect(normalizeDate('12 tháng 03, 2025 08:15')).toBe('2025-03-12');
    expect(normalizeDate('ngày 31 tháng 2 năm 2025')).toBeNull();
  });
  it('reads a Thai date with its era before the year ("พ.ศ. 2568")', () => {
    expect(normalizeDate('วันพุธที่ 12 มีนาคม พ.ศ. 2568')).toBe('2025-03-12');
  });
  it('dates a Vietnamese page that shows only such a date', () => {
    const d = page(`<!doctype html><html lang="vi"><body><article><h1>Giá vàng tăng mạnh phiên đầu tuần</h1><div class="meta"><span class="date">Thứ tư, ngày 12 tháng 3 năm 2025</span></div>
      <div class="story">${storyParagraphs(6)}</div></article></body></html>`, 'https://baokinhte.example/gia-vang-tang-manh-phien-dau-tuan.htm');
    expect(detectArticle(d).publishedTime).toBe('2025-03-12');
  });
});

describe('a wire or outlet beside the writer', () => {
  it('"di Giulia Bianchi - ANSA": one word after a spaced dash is the outlet', () => {
    expect(cleanAuthors(['di Giulia Bianchi - ANSA'])).toEqual(['Giulia Bianchi']);
    expect(cleanAuthors(['Mary Smith-Jones'])).toEqual(['Mary Smith-Jones']);
  });
  it('"By JANE DOE and JOHN ROE Associated Press": the wire run on after the names', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Wildfire forces evacuations</h1><p class="byline">By JANE DOE and JOHN ROE Associated Press</p>
      <p class="date">March 5, 2025</p><div class="story">${storyParagraphs(6)}</div></article></body></html>`, 'https://valleystar.example/news/nation/wildfire-forces-evacuations/');
    expect(detectArticle(d).authors).toEqual(['Jane Doe', 'John Roe']);
  });
  it('"By Jane Doe @janedoe": the handle after the name', () => {
    expect(cleanAuthors(['By Jane Doe @janedoe'])).toEqual(['Jane Doe']);
  });
});

describe('a dateline that shows the update first', () => {
  it('"Updated March 6, 2025, originally published March 5, 2025" is published on the 5th', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Regional transport plan</h1><p class="date">Updated March 6, 2025, originally published March 5, 2025</p>
      <p class="byline">By Jane Doe</p><div class="story">${storyParagraphs(6)}</div></article></body></html>`, 'https://site.example/news/regional-transport-plan');
    const r = detectArticle(d);
    expect(r.publishedTime).toBe('2025-03-05');
    expect(r.modifiedTime).toBe('2025-03-06');
  });
});

describe("a wire's byline alone", () => {
  it('"By The Associated Press" stays the wire', () => {
    expect(cleanAuthors(['By The Associated Press'])).toEqual(['The Associated Press']);
    expect(cleanAuthors(['By Jane Doe The Associated Press'])).toEqual(['Jane Doe']);
  });
});

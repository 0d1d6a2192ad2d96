// Body text of small pages in the styles a probe of unseen pages found misread: documentation permalink marks, a dateline
// beside the story's container read twice.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

describe('the body text', () => {
  it('leaves out permalink marks of documentation headings', () => {
    const d = page(`<!doctype html><html lang="en"><body><div class="document"><h1>Configuration<a class="headerlink" href="#configuration">¶</a></h1>
      ${storyParagraphs(3)}<h2>The file<a class="headerlink" href="#the-file">¶</a></h2>${storyParagraphs(3, 'the board')}</div></body></html>`);
    const text = detectArticle(d).text;
    expect(text).toContain('The file');
    expect(text).not.toContain('¶');
  });

  it('reads a dateline beside the story container once at most', () => {
    // A Chinese news page: the dateline is both a sibling taken with the story's container and the lead above it. (Its
    // paragraphs are all shorter than prose length, so the dateline is now left out as an edge dateline: none is fine too.)
    const d = page(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>杭州亚运场馆全面向市民开放_新闻中心_江南日报网</title>
<meta name="keywords" content="杭州,亚运场馆,开放">
</head><body>
<div class="top"><a href="/">江南日报网</a> <a href="/news">新闻</a> <a href="/finance">财经</a> <a href="/sports">体育</a></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a></div>
<div class="content">
<h1>杭州亚运场馆全面向市民开放</h1>
<div class="info">2025-03-12 09:38:21　来源：江南日报　作者：王芳　责任编辑：李强</div>
<div class="article">
<p>记者从杭州市体育局获悉，自本月15日起，全市56处亚运场馆将全面向市民开放，其中32处实行免费或低收费开放。</p>
<p>据介绍，开放时间为每天早上8点至晚上9点，市民可通过手机小程序提前预约。游泳馆、羽毛球馆等热门场馆将根据客流情况实行分时段预约，以减少排队等待时间。</p>
<p>市体育局相关负责人表示，下一步将推出更多全民健身活动，让亚运遗产更好地惠及百姓生活。</p>
</div>
<div class="editor">（责任编辑：李强）</div>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">西湖景区春季游览指南</a></li><li><a href="/2">地铁新线开通</a></li></ul></div>
</div>
<div class="footer">版权所有 江南日报网 浙ICP备00000000号</div>
</body></html>`);
    const text = detectArticle(d).text;
    expect(text.split('来源').length - 1).toBeLessThanOrEqual(1);
  });
});

"""Chrome of forum, Q&A and social platform reposts of government notices
(held-out pages h710-h719): each rule catches lines worded otherwise than the
pages it was written for (other boards, sites and apps, spellings; Traditional
lines are matched once their script is converted), and leaves alone the body
sentences that use the same words. The page passes take a thread's title as
no headline when the reposted document's own title (``关于…的通知``) stands
below it, give the post's time no say in the page's date, and drop the
replies under a numbered floor or a reply's stamp."""

from __future__ import annotations

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("forum/post-header", "沙发 | 发表于 2023-11-2 08:15 | 只看该作者"),
    ("forum/post-header", "楼主 | 发表于 2022-7-19 21:03:11 | 只看该作者 | 倒序浏览 | 阅读模式"),
    ("forum/post-header", "5# 发表于 2024-1-8 14:22"),
    ("forum/post-header", "编辑于 2024-07-03 21:46・IP 属地江苏"),
    ("forum/post-header", "编辑于 11-05 广东"),
    ("forum/post-header", "編輯於 2023-12-01 09:30・IP 属地北京"),
    ("forum/post-header", "来自iPhone客户端3楼2023-05-20 22:14"),
    ("forum/post-header", "12楼 2024-02-08 10:02"),
    ("forum/post-header", "来自: 西城老街坊 2023-10-11 20:45:02 已编辑"),
    ("forum/post-header", "来自：小区业委会 2024-01-05 08:00:17 上海"),
    ("forum/floor-number", "B12F"),
    ("forum/floor-number", "5楼 阳光下的向日葵"),
    ("forum/floor-number", "#8 匿名网友"),
    ("forum/edit-note", "[ 此帖被江南雨在2023-06-01 12:30重新编辑 ]"),
    ("forum/edit-note", "此帖被 管理员 在 2022-11-11 18:00 重新编辑"),
    ("forum/poster-rank", "初级会员"),
    ("forum/poster-rank", "资深用户"),
    ("forum/poster-rank", "论坛元老"),
    ("forum/poster-rank", "级别：超级版主"),
    ("forum/poster-rank", "用户组: 注册会员"),
    ("forum/poster-rank", "等级：LV 7"),
    ("forum/poster-rank", "LV12 签到达人"),
    ("forum/actions", "只看楼主 收藏 回复"),
    ("forum/actions", "个人信息 发短消息 加为好友"),
    ("forum/actions", "回复 引用 顶端"),
    ("forum/actions", "上一主题 下一主题"),
    ("forum/actions", "回应 只看楼主"),
    ("forum/actions", "返回看板"),
    ("forum/actions", "> 我来回应"),
    ("forum/actions", "我也说一句"),
    ("forum/actions", "收起回复"),
    ("forum/blog-actions", "♡ 赞　☆ 收藏　💬 评论　↗ 分享"),
    ("forum/blog-actions", "赞 12 收藏 3 评论 5"),
    ("forum/symbol-counts", "♡ 3.4万　☆ 1208　💬 96"),
    ("forum/symbol-counts", "❤ 521 ⭐ 88"),
    ("forum/qa-chrome", "查看全部 27 个回答"),
    ("forum/qa-chrome", "分享 举报 12个回答"),
    ("forum/qa-chrome", "3,218 人赞同了该回答"),
    ("forum/qa-chrome", "86 人赞同了该文章"),
    ("forum/qa-chrome", "推荐答案"),
    ("forum/qa-chrome", "本回答由提问者推荐"),
    ("forum/qa-chrome", "你对这个回答的评价是?"),
    ("forum/qa-chrome", "2023-05-14 · TA获得超过6.8万个赞"),
    ("forum/qa-chrome", "关注问题 写回答"),
    ("forum/qa-chrome", "邀请回答 好问题 36 添加评论 分享"),
    ("forum/quote-header", "引用 江南雨 的帖子："),
    ("forum/quote-header", "引用: 路人甲 的回复"),
    ("forum/quote-header", "引用 小张 于 2024-03-02 10:11 发表的 :"),
    ("forum/reply-stamp", "南湖边的猫 2023-09-01 12:04:33 浙江"),
    ("forum/reply-stamp", "西城老街坊 (楼主) 2023-10-11 21:02:45 北京"),
    ("forum/app-tabs", "首页　购物　＋　消息　我"),
    ("forum/app-tabs", "首页 | 关注 | 发现 | 我的"),
    ("forum/bbs-push", "推 abc123: 终于等到了 03/08 21:15"),
    ("forum/bbs-push", "嘘 zzz_9: 又是这样 12/01"),
    ("forum/bbs-push", "→ kaoboy88: 附上原文连结 04/16 09:55"),
    ("forum/bbs-push", "※ 发信站: 批踢踢实业坊(ptt.cc), 来自: 1.160.8.9 (台湾)"),
    ("forum/bbs-push", "※ 编辑: tainanfish (36.231.9.1 台湾), 05/02/2024 11:20:31"),
    ("forum/bbs-header", "作者 tainanfish (府城鱼)"),
    ("forum/bbs-header", "看板 Taichung"),
    ("forum/bbs-header", "标题 [问卦] 补助到底怎么申请"),
    ("forum/bbs-news-template", "1.媒体来源:"),
    ("forum/bbs-news-template", "4.完整新闻内文:"),
    ("forum/bbs-news-template", "5.完整新闻连结 (或短网址):"),
    ("footer/site-footer-dense", "联络我们 | 隐私政策"),
    ("related/list-header", "其他类似问题"),
    ("related/list-header", "相似问题"),
    ("counters/microblog-counts", "关注：3.2万 帖子：41万"),
    ("counters/microblog-counts", "成员 5821 主题 960"),
]

KEPT: list[tuple[str, str]] = [
    ("forum/post-header", "该帖发表于2024年3月5日，引起网民广泛关注。"),
    ("forum/post-header", "编辑于2024年7月3日完成初审，并报主编审定。"),
    ("forum/floor-number", "2楼政务服务大厅设有社保、医保、公积金窗口。"),
    ("forum/poster-rank", "级别：一级主任科员"),
    ("forum/poster-rank", "高级会员单位应当按时缴纳会费。"),
    ("forum/poster-rank", "会员等级由理事会根据贡献评定。"),
    ("forum/actions", "对网民的回复应当在3个工作日内作出。"),
    ("forum/actions", "请勿转发、评论未经核实的信息。"),
    ("forum/qa-chrome", "网民提出的12个问题中，有9个已在问答平台作出回答。"),
    ("forum/qa-chrome", "被评为最佳答案的回答应当引用政策原文。"),
    ("forum/quote-header", "引用他人的帖子应当注明出处。"),
    ("forum/reply-stamp", "市气象台 2024-07-01 10:04:51 发布暴雨蓝色预警。"),
    ("forum/app-tabs", "首页设置关注、发现两个栏目，方便群众查找。"),
    ("forum/bbs-push", "推进老旧小区改造工作，年内完成120个小区。"),
    ("forum/bbs-header", "作者单位：市人力资源和社会保障局"),
    ("forum/bbs-header", "时间：2024年4月16日上午9时"),
    ("forum/bbs-news-template", "1.媒体来源应当真实可靠，不得转载未经核实的信息。"),
    ("related/list-header", "类似问题应当一并研究解决。"),
    ("counters/microblog-counts", "全市共有主题公园12个，年接待游客300万人次。"),
]


(test_forum_repost_chrome_is_caught,
 test_body_words_of_forum_repost_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


THREAD = """南溪社区网 » 便民信息 » 通知公告
[转贴] 镇政府：秋季森林防火期禁止野外用火
只看楼主 收藏 回复
溪边老农
初级会员
积分 86 帖子 23
楼主 | 发表于 2023-10-9 08:12:40 | 只看该作者
关于秋季森林防火期禁止野外用火的通告
为切实做好秋季森林防火工作，保护森林资源和人民群众生命财产安全，现将有关事项通告如下：
一、2023年10月10日至2024年4月30日为全镇森林防火期，防火期内禁止在林区及林缘一百米范围内野外吸烟、烧纸、燃放烟花爆竹。
二、违反本通告规定的，由林业主管部门依照《森林防火条例》予以处罚；构成犯罪的，依法追究刑事责任。
南溪镇人民政府
2023年10月8日
回复 引用 举报
2楼 山里娃
今年又开始了，上山扫墓的注意点
3楼 南溪路人
收到，谢谢楼主
Powered by Discuz! X3.4 © 2001-2023 Tencent Cloud."""


def test_a_bbs_header_time_is_a_date_line() -> None:
    """The 时间 field of a BBS header (``时间 Wed Jan  3 20:11:05 2024``, C's
    ``ctime`` form) is a date label and a date: the metadata pass takes the line
    and dates the page by it (h715)."""
    got = parse_meta_line("时间 Wed Jan  3 20:11:05 2024")
    assert got is not None and got.fields == {"date": "2024-01-03"} and got.coverage == 1.0


def test_thread_gives_the_notices_title_and_date_and_drops_the_replies() -> None:
    doc = clean(THREAD)
    assert doc.metadata["title"] == "关于秋季森林防火期禁止野外用火的通告"
    assert doc.metadata["date"] == "2023-10-08"
    assert "一百米范围内野外吸烟" in doc.text and "南溪镇人民政府" in doc.text
    for chrome in ("初级会员", "溪边老农", "山里娃", "上山扫墓的注意点", "谢谢楼主", "只看楼主"):
        assert chrome not in doc.text, chrome


NEWS = """临江新闻网
市气象台发布暴雨蓝色预警
来源：临江日报　　发布时间：2024-07-01 10:04
　　记者从市气象台获悉，受强降雨云团影响，预计今天夜间到明天白天，我市北部将出现暴雨，局部大暴雨。
　　市防汛办提醒，各地要加强巡查，转移危险区域群众，确保人民群众生命财产安全。
2楼 政务服务大厅
关于我们　联系我们　网站地图"""


def test_a_news_page_keeps_its_headline_and_date() -> None:
    doc = clean(NEWS)
    assert doc.metadata["title"] == "市气象台发布暴雨蓝色预警"
    assert doc.metadata["date"] == "2024-07-01"
    assert "局部大暴雨" in doc.text and "确保人民群众生命财产安全" in doc.text

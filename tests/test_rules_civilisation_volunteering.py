"""Chrome of civilisation offices' sites, new-era civilisation practice centres and volunteer platforms
(held-out pages h1450-h1459): a platform's tally of volunteers, teams and service hours, a project
card's state, places and hours, the vote and like buttons of a good-people list or a moral-model
publicity with their counts and the voting rule under them, the header of a box of past lists or of a
ranking by service hours, a civilised-city campaign's slogan banner, and a QR caption to scan into a
practice centre's service platform are caught in other wordings, and the sentences of notices, reports
and stories that use the same words (注册志愿者, 服务时长, 投票, 点赞, 往期, 排名, 文明城市, 扫码) stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("counters/volunteer-platform-tally", "实名注册志愿者 12.3万人 | 志愿项目 3,204个 | 服务总时长 568.2万小时"),
    ("counters/volunteer-platform-tally", "志愿者总数：23456名　服务时长：98765小时"),
    ("counters/volunteer-platform-tally", "平台数据：志愿团体 856个　志愿活动 12,806场　服务人次 35.6万人次"),
    ("counters/volunteer-platform-tally", "注册志愿者 4,102 人 · 志愿队伍 63 支"),
    ("tools/volunteer-project-card", "招募状态：已结束 | 报名人数 40/40"),
    ("tools/volunteer-project-card", "已报名：18人　服务时长：3小时"),
    ("tools/volunteer-project-card", "活动状态：进行中　已录用 12 名"),
    ("tools/volunteer-project-card", "项目状态：报名中　招募人数：30人　志愿时长：每次2.5小时"),
    ("tools/vote-like-widget", "为TA点赞　当前票数：3,408"),
    ("tools/vote-like-widget", "投她一票（3,201票）"),
    ("tools/vote-like-widget", "【我要点赞】 已有 856 人点赞"),
    ("tools/vote-like-widget", "为她点赞 ❤ 2.3万"),
    ("tools/vote-like-widget", "我要投票 | 我要推荐身边好人 >>"),
    ("tools/vote-rules-note", "温馨提示：每人每日限投5票，可重复投票"),
    ("tools/vote-rules-note", "提示：每个手机号每天最多投3票"),
    ("tools/vote-rules-note", "投票说明：每位用户每天可投 10 票"),
    ("related/past-lists-and-ranking-header", "往期榜单"),
    ("related/past-lists-and-ranking-header", "身边好人往期推荐"),
    ("related/past-lists-and-ranking-header", "积分排行榜 TOP10"),
    ("related/past-lists-and-ranking-header", "志愿者风云榜"),
    ("related/past-lists-and-ranking-header", "【团队服务时长排名】"),
    ("slogan/civilisation-slogan-banner", "创建全国文明城市　建设美好家园"),
    ("slogan/civilisation-slogan-banner", "文明创建 人人参与 | 文明城市 人人共享"),
    ("slogan/civilisation-slogan-banner", "争做文明市民 · 共创文明城市"),
    ("slogan/civilisation-slogan-banner", "讲文明　树新风　争当文明好少年"),
    ("tools/scan-to-enter", "扫码进入“江北志愿”服务平台"),
    ("tools/scan-to-enter", "微信扫一扫 进入“文明东湖”志愿小程序"),
]

KEPT: list[tuple[str, str]] = [
    ("counters/volunteer-platform-tally", "　　全县注册志愿者86412人，累计服务时长120万小时。"),
    ("counters/volunteer-platform-tally", "注册志愿者86412人"),
    ("counters/volunteer-platform-tally", "　　截至10月底，全市志愿服务队伍1032支、注册志愿者8.6万人，服务时长同比增长12%。"),
    ("tools/volunteer-project-card", "　　观众引导、运动员服务、媒体服务，每班次服务4小时，服务时长由系统自动记录。"),
    ("tools/volunteer-project-card", "项目状态：招募中"),
    ("tools/volunteer-project-card", "　　本项目已报名志愿者18人，招募人数尚余12人，报名截止后系统将自动关闭。"),
    ("tools/vote-like-widget", "　　市民可通过榕城文明网为身边好人点赞投票。"),
    ("tools/vote-like-widget", "张三　得票 1,236"),
    ("tools/vote-like-widget", "为家乡加油"),
    ("tools/vote-like-widget", "为好人点赞，为文明喝彩"),
    ("tools/vote-like-widget", "　　网络投票期间，每位候选人得票数将实时显示，最终结果以评审会议为准。"),
    ("tools/vote-rules-note", "三、投票规则：每个微信号每天可投10票，投票时间为5月20日至25日。"),
    ("tools/vote-rules-note", "投票规则：每人每天可投10票，投票时间为5月20日至25日"),
    ("tools/vote-rules-note", "　　网络投票阶段，每个微信号每天可投10票，不得通过技术手段刷票。"),
    ("related/past-lists-and-ranking-header", "三、服务时长排名情况"),
    ("related/past-lists-and-ranking-header", "志愿服务时长排名前十的志愿者将获得表彰。"),
    ("related/past-lists-and-ranking-header", "　　往期榜单中的好人事迹已汇编成册，免费发放到各社区。"),
    ("slogan/civilisation-slogan-banner", "市级文明单位　城东小学　实验中学"),
    ("slogan/civilisation-slogan-banner", "讲文明、树新风，争做文明市民。"),
    ("slogan/civilisation-slogan-banner", "一、创建全国文明城市　建设美好家园"),
    ("slogan/civilisation-slogan-banner", "　　创建全国文明城市是一项系统工程，需要全市人民共同参与。"),
    ("tools/scan-to-enter", "　　群众扫码进入“江北志愿”服务平台即可在线点单。"),
]

test_chrome_is_caught, test_body_is_kept = rule_line_tests(CAUGHT, KEPT)


def test_ranking_box_goes_with_its_rows() -> None:
    """A volunteer-hours ranking box under a story goes with the rows under its header; the
    story's own sentence on service hours stays."""
    page = ("某镇人民政府\n首页 > 文明实践 > 实践动态\n某镇开展助老志愿服务活动\n发布时间：2025-11-03\n"
            "　　11月1日，某镇新时代文明实践所组织志愿者走访独居老人32户，帮助打扫卫生、检修电器。\n"
            "　　今年以来，全镇注册志愿者达到2860人，人均服务时长18.5小时。\n"
            "志愿者积分排行榜\n1　张桂兰　1260分\n2　刘建军　1105分\n"
            "某镇人民政府主办　京ICP备13045678号\n")
    text = clean(page).text
    assert "人均服务时长18.5小时" in text
    assert "积分排行榜" not in text and "张桂兰" not in text


def test_vote_buttons_between_candidates_go() -> None:
    """The vote button under each candidate of a publicity goes; the candidates and the notice stay."""
    page = ("某市文明网\n首页 >> 道德模范 >> 评选公示\n第五届某市道德模范候选人公示\n来源：某市文明办　时间：2025-05-19\n"
            "　　经各地推荐、评委会评审，产生第五届某市道德模范候选人，现予以公示。\n"
            "　　1.赵建国（男，1965年生），某县人民医院外科医生。\n为他投票　当前票数：1,204\n"
            "　　2.钱秀梅（女，1972年生），某区社区居委会主任。\n为她投票　当前票数：986\n"
            "　　公示时间为2025年5月19日至5月25日，如有不同意见请向市文明办反映。\n"
            "某市文明办\n2025年5月19日\n")
    text = clean(page).text
    assert "赵建国" in text and "钱秀梅" in text and "如有不同意见" in text
    assert "当前票数" not in text

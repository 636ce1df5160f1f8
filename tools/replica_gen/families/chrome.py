"""Page chrome: the header, menus, sidebars, link lists, footer and inline scripts around the
article or list, so a replica page weighs what a provincial site's does (15–60 kB, issue 11 part 4).

Real pages are mostly chrome: a nav bar of thirty-odd links (证书查询 and 成绩查询 among them),
a side column menu, 热点 / 推荐阅读 / 相关链接 lists of ``li`` + date spans that look like list
rows, a 友情链接 list, a footer with 主办 / 承办 / 备案号 / 联系方式 and inline scripts. Selectors
and classifiers must work in that noise, so the replicas carry it.

Everything here is our own wording: menu labels and short link titles only, never a sentence
about a collection window or a certificate (the notices carry those). The chrome draws from its
own stream per site (``<seed>:chrome``), never from the notices, so it is the same on every page
of a site and adding a notice changes no other page; sites differ in which blocks they show, in
what order, how many links, the class names and the scripts.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from markupsafe import Markup

from tools.replica_gen.phrases import CITIES

# Top menu: a label and the labels of its drop-down (service links included, as real sites do).
NAV = [
    ("机构概况", ["本院简介", "领导分工", "内设机构", "办公地址"]),
    ("新闻动态", ["工作动态", "图片新闻", "媒体聚焦", "基层传真"]),
    ("通知公告", ["考试通知", "报名通知", "考务通知", "其他公告"]),
    ("考试项目", ["专业技术人员资格考试", "公务员考试", "事业单位招聘考试", "社会化考试", "职称外语考试"]),
    ("网上报名", ["报名入口", "报名须知", "照片审核工具", "缴费说明", "报名常见问题"]),
    ("考生服务", ["准考证打印", "成绩查询", "证书查询", "合格标准", "考场规则", "考点查询"]),
    ("证书办理", ["证书查询", "电子证照", "办理指南", "下载专区"]),
    ("政策法规", ["法律法规", "部门规章", "规范性文件", "政策解读"]),
    ("信息公开", ["公开指南", "公开目录", "公开年报", "依申请公开"]),
    ("办事服务", ["服务事项", "办事指南", "表格下载", "进度查询"]),
    ("互动交流", ["在线咨询", "常见问题", "意见征集", "领导信箱"]),
    ("专题专栏", ["诚信考试", "考风考纪", "优化服务", "无障碍服务"]),
    ("考试大纲", ["大纲下载", "教材信息", "样题说明"]),
    ("继续教育", ["学时登记", "培训计划", "机构名录"]),
    ("公众监督", ["违纪举报", "投诉渠道", "处理结果"]),
]

SIDE_MENU = ["考试动态", "报名通知", "准考证打印", "考试安排", "成绩公布", "合格标准", "资格审核", "证书发放",
             "考务管理", "考生须知", "政策文件", "常见问题", "下载专区", "联系方式", "考区考点", "诚信档案"]

# Short link titles for the 热点 / 推荐阅读 boxes: what a site's sidebar points at, never a notice.
HOT = ["考生诚信考试承诺书（样式）", "考试违纪违规行为处理规定解读", "各考区考点分布一览", "网上报名系统操作指南",
       "考试收费项目及标准", "准考证打印常见问题解答", "报名照片处理工具使用说明", "考后资格审核材料清单",
       "残疾人参加考试合理便利申请说明", "专业技术人员考试考场规则", "成绩复核办理说明", "考试大纲及教材信息",
       "专业技术人员职业资格目录", "继续教育学时登记说明", "考务工作人员廉洁自律承诺", "年度考试工作计划",
       "考点交通及住宿提示", "身份证件遗失如何参考", "考试科目及题型介绍", "报考条件中工作年限计算说明",
       "机考操作演示及练习系统", "考试防作弊工作安排", "考生健康防护提示", "信息系统维护公告",
       "网站改版试运行说明", "政务服务好差评入口", "个人信息保护说明", "跨省报考常见问题"]

RELATED = ["人力资源社会保障部门户网站", "全国专业技术人员资格考试服务平台", "国家政务服务平台", "全国人才流动服务平台",
           "职业资格证书查询", "考试成绩查询", "电子证照查验", "考试报名入口", "社会保障卡服务", "就业服务平台",
           "职称申报系统", "继续教育管理平台"]

FRIENDS = ["中国政府网", "人力资源和社会保障部", "国家公务员局", "中国人事考试网", "省人民政府", "省发展和改革委员会",
           "省教育厅", "省财政厅", "省住房和城乡建设厅", "省交通运输厅", "省水利厅", "省卫生健康委员会",
           "省市场监督管理局", "省统计局", "省审计厅", "省应急管理厅", "省生态环境厅", "省自然资源厅",
           "省医疗保障局", "省政务服务中心", "省档案馆", "省公共资源交易中心", "省人才服务中心", "省职业技能鉴定中心",
           "省社会保险事业管理局", "省就业服务局", "省劳动人事争议仲裁院", "省人力资源市场", "省技工院校联合会",
           "省继续教育服务平台", "省人事人才网", "省专业技术人员服务平台"]

NATIONAL_FRIENDS = ["教育部", "财政部", "住房和城乡建设部", "交通运输部", "水利部", "应急管理部", "国家卫生健康委员会",
                    "国家药品监督管理局", "国家统计局", "审计署", "自然资源部", "生态环境部", "工业和信息化部",
                    "中国就业网", "中国国家人才网", "国家职业资格目录查询", "全国一体化政务服务平台", "中国公共招聘网"]

# Banner links of a 专题专栏 strip (an image and its alt text).
BANNERS = ["学习贯彻专题", "诚信考试 从我做起", "优化营商环境", "政务公开", "打击考试作弊", "网上办事大厅", "人才引进政策",
           "便民服务专区", "长者服务专区", "权责清单"]

FRIEND_HOSTS = ["www.gov.cn", "www.mohrss.gov.cn", "www.scs.gov.cn", "www.cpta.com.cn"]

# Class names of the side boxes; generic ones on purpose ("list", "news-list"): real sites reuse
# the list's own class in their sidebars, which a loose row selector then reads as rows.
BOX_CLASSES = ["side-list", "hot-list", "txt-list", "list", "news-list", "ul-list", "list-con", "link-list"]

CSS_RULES = [
    "*{margin:0;padding:0}", "body{font:14px/1.6 'Microsoft YaHei',SimSun,Arial;color:#333;background:#f5f5f5}",
    "a{color:#333;text-decoration:none}", "a:hover{color:#c00;text-decoration:underline}", "ul,li{list-style:none}",
    ".wrap{width:1200px;margin:0 auto}", ".top-bar{height:32px;line-height:32px;background:#eee;font-size:12px}",
    ".header{height:110px;background:#1e5fa8}", ".logo{float:left;font-size:28px;color:#fff;padding-top:30px}",
    ".sample-note{color:#ffd;font-size:12px}", ".nav-bar{background:#15488a;height:44px}",
    ".nav-bar li{float:left;position:relative}", ".nav-bar li a{display:block;padding:0 18px;line-height:44px;color:#fff}",
    ".nav-bar li .sub{display:none;position:absolute;top:44px;left:0;background:#fff;z-index:9}",
    ".nav-bar li:hover .sub{display:block}", ".nav-bar .sub a{color:#333;line-height:32px;white-space:nowrap}",
    ".side-col{float:left;width:260px}", ".main-col{float:right;width:920px;background:#fff;min-height:600px}",
    ".col-menu li{border-bottom:1px dashed #ddd;line-height:38px;padding-left:20px}", ".col-menu li.cur{background:#e8f0fa}",
    ".box{background:#fff;margin-bottom:12px;border:1px solid #e5e5e5}", ".box .hd{height:38px;line-height:38px;border-bottom:2px solid #1e5fa8;padding:0 12px}",
    ".box .hd span{font-size:16px;font-weight:bold;color:#1e5fa8}", ".box .bd li{line-height:30px;overflow:hidden;padding:0 10px}",
    ".box .bd li span{float:right;color:#999}", ".friend-links{clear:both;background:#fff;padding:12px;margin-top:12px}",
    ".friend-links li{display:inline-block;margin:0 12px 6px 0}", ".friend-links select{width:180px;margin-right:8px}",
    ".footer{clear:both;background:#2b2b2b;color:#bbb;text-align:center;padding:20px 0;font-size:12px;line-height:24px}",
    ".footer a{color:#bbb}", ".share-bar{text-align:right;padding:8px 0;color:#666}", ".share-bar a{margin-left:6px}",
    ".font-size a{margin:0 3px}", ".position{line-height:40px;border-bottom:1px solid #eee}", ".pager{text-align:center;padding:16px 0}",
    ".search-box{float:right;padding-top:40px}", ".search-box input{width:200px;height:28px;border:0;padding:0 6px}",
    ".gov-badge{display:inline-block;vertical-align:middle;margin-right:8px}", ".clearfix:after{content:'';display:block;clear:both}",
]


@dataclass
class Chrome:
    head: Markup      # inline <style> and the analytics snippet
    top: Markup       # header with search box, the nav bar and its drop-downs
    side: Markup      # column menu and the 热点 / 推荐阅读 / 相关链接 boxes
    friends: Markup   # 友情链接
    foot: Markup      # footer and the page scripts
    side_first: bool  # the side column comes before the main column in the document


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def build_chrome(decl, root: str = "/", t: Callable[[str], str] = lambda s: s) -> Chrome:
    """The chrome of one site; `t` re-serves visible strings (aggregators in Traditional)."""
    rng = random.Random(f"{decl.seed}:chrome")
    site = decl.layout.get("site_name") or decl.id
    org = decl.org or site
    root = root if root.endswith("/") else root + "/"
    today: date = decl.plan.last

    def link(label: str, href: str, **attrs) -> str:
        extra = "".join(f' {k.rstrip("_")}="{_esc(str(v))}"' for k, v in attrs.items())
        return f'<a href="{_esc(href)}"{extra}>{_esc(t(label))}</a>'

    # one URL style per site for its column links, as a CMS writes them
    link_style = rng.choice(["{root}{prefix}{k}/", "{root}{prefix}/{k}/index.html", "{root}{prefix}_{k}.html",
                             "{root}{prefix}/{k}.shtml", "{root}col/{prefix}{k}/index.html"])

    def path(prefix: str, k: int) -> str:
        return link_style.format(root=root, prefix=prefix, k=k)

    # --- head: inline style and the analytics snippet
    rules = rng.sample(CSS_RULES, rng.randint(24, len(CSS_RULES)))
    style = "<style type=\"text/css\">\n" + "\n".join(rules) + "\n</style>"
    stat_id = f"{rng.getrandbits(128):032x}"
    analytics = (
        "<script type=\"text/javascript\">\n"
        "var _stat = _stat || [];\n"
        "(function () {\n"
        "  var s = document.createElement(\"script\");\n"
        f"  s.src = \"//stat.example.invalid/count.js?{stat_id}\";\n"
        "  s.async = true;\n"
        "  var first = document.getElementsByTagName(\"script\")[0];\n"
        "  first.parentNode.insertBefore(s, first);\n"
        "})();\n"
        f"_stat.push([\"_setSite\", \"{_digits(rng, 10)}\"]);\n"
        "</script>")
    head = style + "\n" + analytics

    # --- top: the search box and the nav bar with drop-downs
    nav_items = [NAV[i] for i in sorted(rng.sample(range(len(NAV)), rng.randint(9, 13)))]
    exams = decl.plan.exams[: rng.randint(6, 12)]
    nav_parts = [f'<li class="first">{link("首页", root)}</li>']
    for k, (label, subs) in enumerate(nav_items, 1):
        subs = list(subs) + ([e for e in exams] if label == "考试项目" else [])
        sub = "".join(f"<li>{link(s, path('col', 100 + 10 * k + j), target='_blank')}</li>" for j, s in enumerate(subs))
        nav_parts.append(f'<li>{link(label, path("lm", k))}<ul class="sub">{sub}</ul></li>')
    nav_class = rng.choice(["nav-bar", "menu", "mainNav", "nav"])
    top_links = rng.sample(["网站首页", "设为首页", "加入收藏", "无障碍浏览", "长者模式", "English", "繁體", "手机版",
                            "网站地图", "政务微博", "微信公众号"], rng.randint(4, 8))
    top = (
        '<div class="site-tools"><div class="wrap">'
        + " | ".join(link(x, "javascript:;") for x in top_links)
        + "</div></div>\n"
        f'<div class="search-box"><form action="{_esc(root)}search/" method="get" target="_blank">'
        f'<input type="text" name="q" placeholder="{_esc(t("请输入关键字"))}">'
        f'<input type="submit" value="{_esc(t("搜索"))}"></form></div>\n'
        f'<div class="{nav_class}"><div class="wrap"><ul class="clearfix">\n'
        + "\n".join(nav_parts) + "\n</ul></div></div>")

    # --- side: column menu and the dated / undated link boxes
    box_class = rng.choice(BOX_CLASSES)
    heading = rng.choice(['<div class="hd"><span>{}</span></div>', '<h3 class="box-hd">{}</h3>',
                          '<div class="side-tit">{}</div>', '<h4>{}</h4>'])

    def dated(n: int, prefix: str) -> str:
        titles = rng.sample(HOT, n)
        day = today
        items = []
        for k, title in enumerate(titles):
            day -= timedelta(days=rng.randint(2, 40))
            if rng.random() < 0.4:
                title = f"{day.year}{title}" if title.startswith("年度") else f"{day.year}年{title}"
            items.append(f'<li>{link(title, path(prefix, 200 + k), target="_blank", title=t(title))}'
                         f'<span>{day:%Y-%m-%d}</span></li>')
        return "\n".join(items)

    menu = rng.sample(SIDE_MENU, rng.randint(8, 14))
    boxes = [
        f'<div class="col-menu">{heading.format(_esc(t(rng.choice(["栏目导航", "本栏目", "考试信息"]))))}<ul>'
        + "".join(f"<li>{link(m, path('col', 300 + k))}</li>" for k, m in enumerate(menu)) + "</ul></div>",
        (f'<div class="box">{heading.format(_esc(t(rng.choice(["热点信息", "热点关注", "热门文章"]))))}'
         f'<div class="bd"><ul class="{box_class}">\n{dated(rng.randint(8, 12), "rd")}\n</ul></div></div>'),
        (f'<div class="box">{heading.format(_esc(t(rng.choice(["推荐阅读", "图解政策", "办事指南"]))))}'
         f'<div class="bd"><ul class="{box_class}">\n{dated(rng.randint(6, 10), "tj")}\n</ul></div></div>'),
    ]
    if rng.random() < 0.8:
        related = rng.sample(RELATED, rng.randint(6, 10))
        boxes.append(f'<div class="box">{heading.format(_esc(t("相关链接")))}<div class="bd"><ul class="related">'
                     + "".join(f"<li>{link(r, path('fw', 400 + k), target='_blank')}</li>" for k, r in enumerate(related))
                     + "</ul></div></div>")
    rng.shuffle(boxes)
    side = '<div class="side-col">\n' + "\n".join(boxes) + "\n</div>"

    # --- friends: li list, with a select of the same links on some sites
    # 省… entries name the site's own province; national sites and aggregators link ministries
    province = decl.plan.province
    if province:
        names = [province + f[1:] if f.startswith("省") else f for f in rng.sample(FRIENDS, rng.randint(18, len(FRIENDS)))]
        names += rng.sample(NATIONAL_FRIENDS, rng.randint(0, 6))
    else:
        names = [f for f in FRIENDS if not f.startswith("省")] + rng.sample(NATIONAL_FRIENDS, rng.randint(12, len(NATIONAL_FRIENDS)))
    hosts = [rng.choice(FRIEND_HOSTS) if k < 4 else f"www.{_digits(rng, 4)}.example.invalid" for k in range(len(names))]
    friend_items = "".join(f'<li>{link(n, f"http://{h}/", target="_blank")}</li>' for n, h in zip(names, hosts))
    select = ""
    if rng.random() < 0.5:
        select = ('<select onchange="if(this.value){window.open(this.value);}">'
                  f'<option value="">{_esc(t("—— 友情链接 ——"))}</option>'
                  + "".join(f'<option value="http://{h}/">{_esc(t(n))}</option>' for n, h in zip(names[:10], hosts))
                  + "</select>")
    friends = (f'<div class="friend-links"><div class="wrap">{heading.format(_esc(t("友情链接")))}{select}'
               f'<ul class="{rng.choice(["links", "yqlj", box_class])}">{friend_items}</ul></div></div>')
    cities = CITIES.get(province or "", [])
    if cities and rng.random() < 0.6:  # the prefecture bureaus, a group of their own
        friends += (f'\n<div class="friend-links city-links"><div class="wrap">{heading.format(_esc(t("市州人社部门")))}<ul>'
                    + "".join(f'<li>{link(c + "人力资源和社会保障局", f"http://rsj.{_digits(rng, 4)}.example.invalid/", target="_blank")}</li>'
                              for c, _short, _counties in cities)
                    + "</ul></div></div>")
    if rng.random() < 0.4:  # a 专题专栏 strip of image links
        friends = ('<div class="banner-strip"><div class="wrap">'
                   + "".join(f'<a href="{_esc(path("zt", 500 + k))}" target="_blank"><img src="{_esc(root)}images/zt{k + 1}.jpg" '
                             f'alt="{_esc(t(b))}" width="280" height="80"></a>' for k, b in enumerate(rng.sample(BANNERS, rng.randint(4, 8))))
                   + "</div></div>\n" + friends)

    # --- foot: 主办 / 承办 / 备案号 / 联系方式, then the share widget and font-size switcher scripts
    area = rng.choice(["010", "020", "021", "022", "023", "0311", "0351", "0371", "027", "0731", "028", "0871"])
    foot_lines = [
        f"{t('主办单位')}：{_esc(t(org))}（{t('样例页面')}）&nbsp;&nbsp;{t('承办单位')}：{_esc(t(site))}{t('信息中心')}",
        (f"{t('联系电话')}：{area}-{_digits(rng, 8)}（{t('工作日')} 9:00-17:00）&nbsp;&nbsp;"
         f"{t('电子邮箱')}：service@{_digits(rng, 5)}.example.invalid"),
        (f"{t('备案号')}：{link('样例ICP备' + _digits(rng, 8) + '号', 'javascript:;')}&nbsp;&nbsp;"
         f"{t('网站标识码')}：{_digits(rng, 10)}&nbsp;&nbsp;{t('公网安备')} {_digits(rng, 14)}{t('号')}"),
        (f"{link('网站地图', root + 'sitemap/')} | {link('联系我们', root + 'lxwm/')} | {link('隐私声明', root + 'yszc/')}"
         f" | {t('建议使用1920×1080分辨率浏览')}"),
    ]
    share = (
        "<script type=\"text/javascript\">\n"
        "window._shareConfig = {\n"
        "  common: {text: document.title, url: location.href, desc: \"\"},\n"
        f"  share: [{{bdSize: {rng.choice([16, 24, 32])}}}],\n"
        "  items: [\"weixin\", \"weibo\", \"qzone\", \"copy\"]\n"
        "};\n"
        "function shareTo(kind) {\n"
        "  var u = encodeURIComponent(location.href), title = encodeURIComponent(document.title);\n"
        "  var targets = {weibo: \"//share.example.invalid/weibo?url=\" + u + \"&title=\" + title,\n"
        "                 qzone: \"//share.example.invalid/qzone?url=\" + u + \"&title=\" + title};\n"
        "  if (targets[kind]) { window.open(targets[kind], \"_blank\", \"width=620,height=480\"); }\n"
        "}\n"
        "</script>")
    font = (
        "<script type=\"text/javascript\">\n"
        "function doZoom(size) {\n"
        "  var boxes = document.querySelectorAll(\"[data-zoom]\");\n"
        "  for (var i = 0; i < boxes.length; i++) { boxes[i].style.fontSize = size + \"px\"; }\n"
        "  try { localStorage.setItem(\"fontSize\", size); } catch (e) {}\n"
        "}\n"
        "(function () { var s = null; try { s = localStorage.getItem(\"fontSize\"); } catch (e) {} if (s) { doZoom(s); } })();\n"
        "</script>")
    menu_js = (
        "<script type=\"text/javascript\">\n"
        f"(function () {{ var items = document.querySelectorAll(\".{nav_class} li\");\n"
        "  for (var i = 0; i < items.length; i++) {\n"
        "    items[i].onmouseover = function () { this.className += \" hover\"; };\n"
        "    items[i].onmouseout = function () { this.className = this.className.replace(\" hover\", \"\"); };\n"
        "  } })();\n"
        "</script>")
    tools = (f'<div class="share-bar">{t("分享到")}：<a href="javascript:shareTo(\'weixin\');">{t("微信")}</a>'
             f'<a href="javascript:shareTo(\'weibo\');">{t("微博")}</a><a href="javascript:shareTo(\'qzone\');">{t("QQ空间")}</a>'
             f' <span class="font-size">【{t("字号")}：<a href="javascript:doZoom(18);">{t("大")}</a>'
             f'<a href="javascript:doZoom(16);">{t("中")}</a><a href="javascript:doZoom(14);">{t("小")}</a>】</span></div>')
    sitemap = ""
    if rng.random() < 0.35:  # some sites repeat the whole menu above the footer, as a site map
        sitemap = ('<div class="footer-map"><div class="wrap">'
                   + "".join(f'<dl><dt>{_esc(t(label))}</dt>'
                             + "".join(f"<dd>{link(x, path('map', 600 + 10 * k + j))}</dd>" for j, x in enumerate(subs))
                             + "</dl>" for k, (label, subs) in enumerate(nav_items))
                   + "</div></div>\n")
    foot = (tools + "\n" + sitemap + '<div class="site-footer"><div class="wrap">'
            + "".join(f"<p>{line}</p>" for line in foot_lines) + "</div></div>\n" + share + "\n" + font + "\n" + menu_js)
    return Chrome(head=Markup(head), top=Markup(top), side=Markup(side), friends=Markup(friends),
                  foot=Markup(foot), side_first=rng.random() < 0.6)

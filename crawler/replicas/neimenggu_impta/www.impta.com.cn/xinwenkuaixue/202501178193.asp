<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于做好2024年度注册城乡规划师、翻译专业资格（水平）等证书发放工作的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
<style type="text/css">
.box{background:#fff;margin-bottom:12px;border:1px solid #e5e5e5}
.side-col{float:left;width:260px}
.nav-bar .sub a{color:#333;line-height:32px;white-space:nowrap}
*{margin:0;padding:0}
.share-bar{text-align:right;padding:8px 0;color:#666}
.col-menu li{border-bottom:1px dashed #ddd;line-height:38px;padding-left:20px}
.footer{clear:both;background:#2b2b2b;color:#bbb;text-align:center;padding:20px 0;font-size:12px;line-height:24px}
.col-menu li.cur{background:#e8f0fa}
.font-size a{margin:0 3px}
.nav-bar li:hover .sub{display:block}
.header{height:110px;background:#1e5fa8}
.box .bd li span{float:right;color:#999}
.pager{text-align:center;padding:16px 0}
body{font:14px/1.6 'Microsoft YaHei',SimSun,Arial;color:#333;background:#f5f5f5}
.nav-bar li{float:left;position:relative}
.clearfix:after{content:'';display:block;clear:both}
.search-box{float:right;padding-top:40px}
.search-box input{width:200px;height:28px;border:0;padding:0 6px}
.friend-links select{width:180px;margin-right:8px}
.wrap{width:1200px;margin:0 auto}
.nav-bar li a{display:block;padding:0 18px;line-height:44px;color:#fff}
.top-bar{height:32px;line-height:32px;background:#eee;font-size:12px}
.box .hd span{font-size:16px;font-weight:bold;color:#1e5fa8}
.position{line-height:40px;border-bottom:1px solid #eee}
</style>
<script type="text/javascript">
var _stat = _stat || [];
(function () {
  var s = document.createElement("script");
  s.src = "//stat.example.invalid/count.js?a51d9fb307dcc9c679948f79c3013cbd";
  s.async = true;
  var first = document.getElementsByTagName("script")[0];
  first.parentNode.insertBefore(s, first);
})();
_stat.push(["_setSite", "2250400839"]);
</script>
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="site-tools"><div class="wrap"><a href="javascript:;">网站地图</a> | <a href="javascript:;">手机版</a> | <a href="javascript:;">设为首页</a> | <a href="javascript:;">English</a> | <a href="javascript:;">网站首页</a> | <a href="javascript:;">微信公众号</a></div></div>
<div class="search-box"><form action="/search/" method="get" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div>
<div class="nav"><div class="wrap"><ul class="clearfix">
<li class="first"><a href="/">首页</a></li>
<li><a href="/lm1/">机构概况</a><ul class="sub"><li><a href="/col110/" target="_blank">本院简介</a></li><li><a href="/col111/" target="_blank">领导分工</a></li><li><a href="/col112/" target="_blank">内设机构</a></li><li><a href="/col113/" target="_blank">办公地址</a></li></ul></li>
<li><a href="/lm2/">新闻动态</a><ul class="sub"><li><a href="/col120/" target="_blank">工作动态</a></li><li><a href="/col121/" target="_blank">图片新闻</a></li><li><a href="/col122/" target="_blank">媒体聚焦</a></li><li><a href="/col123/" target="_blank">基层传真</a></li></ul></li>
<li><a href="/lm3/">考试项目</a><ul class="sub"><li><a href="/col130/" target="_blank">专业技术人员资格考试</a></li><li><a href="/col131/" target="_blank">公务员考试</a></li><li><a href="/col132/" target="_blank">事业单位招聘考试</a></li><li><a href="/col133/" target="_blank">社会化考试</a></li><li><a href="/col134/" target="_blank">职称外语考试</a></li><li><a href="/col135/" target="_blank">一级建造师</a></li><li><a href="/col136/" target="_blank">二级建造师</a></li><li><a href="/col137/" target="_blank">一级造价工程师</a></li><li><a href="/col138/" target="_blank">监理工程师</a></li><li><a href="/col139/" target="_blank">会计专业技术资格</a></li><li><a href="/col140/" target="_blank">经济专业技术资格</a></li><li><a href="/col141/" target="_blank">社会工作者职业资格</a></li><li><a href="/col142/" target="_blank">一级注册消防工程师</a></li><li><a href="/col143/" target="_blank">注册安全工程师</a></li><li><a href="/col144/" target="_blank">审计专业技术资格</a></li></ul></li>
<li><a href="/lm4/">考生服务</a><ul class="sub"><li><a href="/col140/" target="_blank">准考证打印</a></li><li><a href="/col141/" target="_blank">成绩查询</a></li><li><a href="/col142/" target="_blank">证书查询</a></li><li><a href="/col143/" target="_blank">合格标准</a></li><li><a href="/col144/" target="_blank">考场规则</a></li><li><a href="/col145/" target="_blank">考点查询</a></li></ul></li>
<li><a href="/lm5/">证书办理</a><ul class="sub"><li><a href="/col150/" target="_blank">证书查询</a></li><li><a href="/col151/" target="_blank">电子证照</a></li><li><a href="/col152/" target="_blank">办理指南</a></li><li><a href="/col153/" target="_blank">下载专区</a></li></ul></li>
<li><a href="/lm6/">政策法规</a><ul class="sub"><li><a href="/col160/" target="_blank">法律法规</a></li><li><a href="/col161/" target="_blank">部门规章</a></li><li><a href="/col162/" target="_blank">规范性文件</a></li><li><a href="/col163/" target="_blank">政策解读</a></li></ul></li>
<li><a href="/lm7/">办事服务</a><ul class="sub"><li><a href="/col170/" target="_blank">服务事项</a></li><li><a href="/col171/" target="_blank">办事指南</a></li><li><a href="/col172/" target="_blank">表格下载</a></li><li><a href="/col173/" target="_blank">进度查询</a></li></ul></li>
<li><a href="/lm8/">互动交流</a><ul class="sub"><li><a href="/col180/" target="_blank">在线咨询</a></li><li><a href="/col181/" target="_blank">常见问题</a></li><li><a href="/col182/" target="_blank">意见征集</a></li><li><a href="/col183/" target="_blank">领导信箱</a></li></ul></li>
<li><a href="/lm9/">专题专栏</a><ul class="sub"><li><a href="/col190/" target="_blank">诚信考试</a></li><li><a href="/col191/" target="_blank">考风考纪</a></li><li><a href="/col192/" target="_blank">优化服务</a></li><li><a href="/col193/" target="_blank">无障碍服务</a></li></ul></li>
<li><a href="/lm10/">考试大纲</a><ul class="sub"><li><a href="/col200/" target="_blank">大纲下载</a></li><li><a href="/col201/" target="_blank">教材信息</a></li><li><a href="/col202/" target="_blank">样题说明</a></li></ul></li>
<li><a href="/lm11/">继续教育</a><ul class="sub"><li><a href="/col210/" target="_blank">学时登记</a></li><li><a href="/col211/" target="_blank">培训计划</a></li><li><a href="/col212/" target="_blank">机构名录</a></li></ul></li>
<li><a href="/lm12/">公众监督</a><ul class="sub"><li><a href="/col220/" target="_blank">违纪举报</a></li><li><a href="/col221/" target="_blank">投诉渠道</a></li><li><a href="/col222/" target="_blank">处理结果</a></li></ul></li>
</ul></div></div>
<div class="wrap main">
<div class="main-col">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于做好2024年度注册城乡规划师、翻译专业资格（水平）等证书发放工作的通知</td></tr>
<tr><td class="info">发布时间：2025-01-17&nbsp;&nbsp;点击数：32005</td></tr>
<tr><td class="content">
<p>各位考生：</p>
<p>2024年度注册城乡规划师、翻译专业资格等资格证书已到，为方便考生，现将领取事宜通知如下：</p>
<p><strong>（一）领取对象</strong></p>
<p>参加2024年度注册城乡规划师、翻译专业资格等考试成绩合格，且通过资格核查的人员。</p>
<p><strong>（二）领取时间</strong></p>
<p>请于1月22日（星期三）至3月2日（星期日）领取。</p>
<p><strong>（三）领取地点</strong></p>
<p>领取地点：报名所在地市（州）人事考试机构，地址和电话见附件。</p>
<p><strong>（四）领证须知</strong></p>
<p>领取证书时须携带以下材料：</p>
<p>①本人有效居民身份证原件；</p>
<p>②委托他人代领的，需同时提供委托书、委托人和受托人身份证原件；</p>
<p>③准考证或成绩单打印件；</p>
<p>&nbsp;&nbsp;逾期未领取的证书，统一存放于我院证书管理科，考生可于工作日前来领取。</p>
<p>咨询电话：0471-09802287</p>
<p>内蒙古自治区人事考试中心</p>
<p>2025年1月17日</p>
<p>&nbsp;</p>
<p><a href="/UploadFile/202501/33658872728472991.xls">附件1：2024年度注册城乡规划师、翻译专业资格等合格人员名单.xls</a></p>
<p><a href="/UploadFile/202501/81371779764692803.xlsx">附件2：证书邮寄申请表.xlsx</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="side-col">
<div class="box"><div class="hd"><span>热门文章</span></div><div class="bd"><ul class="news-list">
<li><a href="/rd200/" target="_blank" title="个人信息保护说明">个人信息保护说明</a><span>2026-10-24</span></li>
<li><a href="/rd201/" target="_blank" title="2026年政务服务好差评入口">2026年政务服务好差评入口</a><span>2026-09-27</span></li>
<li><a href="/rd202/" target="_blank" title="2026年考试科目及题型介绍">2026年考试科目及题型介绍</a><span>2026-09-24</span></li>
<li><a href="/rd203/" target="_blank" title="2026年考试收费项目及标准">2026年考试收费项目及标准</a><span>2026-08-17</span></li>
<li><a href="/rd204/" target="_blank" title="考生健康防护提示">考生健康防护提示</a><span>2026-08-14</span></li>
<li><a href="/rd205/" target="_blank" title="继续教育学时登记说明">继续教育学时登记说明</a><span>2026-07-23</span></li>
<li><a href="/rd206/" target="_blank" title="报名照片处理工具使用说明">报名照片处理工具使用说明</a><span>2026-06-23</span></li>
<li><a href="/rd207/" target="_blank" title="年度考试工作计划">年度考试工作计划</a><span>2026-05-27</span></li>
<li><a href="/rd208/" target="_blank" title="成绩复核办理说明">成绩复核办理说明</a><span>2026-04-23</span></li>
<li><a href="/rd209/" target="_blank" title="报考条件中工作年限计算说明">报考条件中工作年限计算说明</a><span>2026-03-31</span></li>
<li><a href="/rd210/" target="_blank" title="考点交通及住宿提示">考点交通及住宿提示</a><span>2026-02-28</span></li>
<li><a href="/rd211/" target="_blank" title="2026年跨省报考常见问题">2026年跨省报考常见问题</a><span>2026-02-08</span></li>
</ul></div></div>
<div class="col-menu"><div class="hd"><span>栏目导航</span></div><ul><li><a href="/col300/">考试动态</a></li><li><a href="/col301/">准考证打印</a></li><li><a href="/col302/">考务管理</a></li><li><a href="/col303/">报名通知</a></li><li><a href="/col304/">成绩公布</a></li><li><a href="/col305/">政策文件</a></li><li><a href="/col306/">考生须知</a></li><li><a href="/col307/">证书发放</a></li><li><a href="/col308/">考试安排</a></li><li><a href="/col309/">下载专区</a></li><li><a href="/col310/">联系方式</a></li><li><a href="/col311/">资格审核</a></li><li><a href="/col312/">合格标准</a></li></ul></div>
<div class="box"><div class="hd"><span>办事指南</span></div><div class="bd"><ul class="news-list">
<li><a href="/tj200/" target="_blank" title="残疾人参加考试合理便利申请说明">残疾人参加考试合理便利申请说明</a><span>2026-11-10</span></li>
<li><a href="/tj201/" target="_blank" title="专业技术人员职业资格目录">专业技术人员职业资格目录</a><span>2026-10-03</span></li>
<li><a href="/tj202/" target="_blank" title="考生健康防护提示">考生健康防护提示</a><span>2026-08-25</span></li>
<li><a href="/tj203/" target="_blank" title="机考操作演示及练习系统">机考操作演示及练习系统</a><span>2026-07-18</span></li>
<li><a href="/tj204/" target="_blank" title="报考条件中工作年限计算说明">报考条件中工作年限计算说明</a><span>2026-06-18</span></li>
<li><a href="/tj205/" target="_blank" title="2026年报名照片处理工具使用说明">2026年报名照片处理工具使用说明</a><span>2026-06-12</span></li>
<li><a href="/tj206/" target="_blank" title="成绩复核办理说明">成绩复核办理说明</a><span>2026-05-22</span></li>
<li><a href="/tj207/" target="_blank" title="2026年考务工作人员廉洁自律承诺">2026年考务工作人员廉洁自律承诺</a><span>2026-05-04</span></li>
<li><a href="/tj208/" target="_blank" title="2026年考试违纪违规行为处理规定解读">2026年考试违纪违规行为处理规定解读</a><span>2026-04-15</span></li>
</ul></div></div>
<div class="box"><div class="hd"><span>相关链接</span></div><div class="bd"><ul class="related"><li><a href="/fw400/" target="_blank">国家政务服务平台</a></li><li><a href="/fw401/" target="_blank">全国人才流动服务平台</a></li><li><a href="/fw402/" target="_blank">职业资格证书查询</a></li><li><a href="/fw403/" target="_blank">社会保障卡服务</a></li><li><a href="/fw404/" target="_blank">电子证照查验</a></li><li><a href="/fw405/" target="_blank">考试成绩查询</a></li><li><a href="/fw406/" target="_blank">考试报名入口</a></li><li><a href="/fw407/" target="_blank">全国专业技术人员资格考试服务平台</a></li><li><a href="/fw408/" target="_blank">继续教育管理平台</a></li></ul></div></div>
</div>
</div>
<div class="banner-strip"><div class="wrap"><a href="/zt500/" target="_blank"><img src="/images/zt1.jpg" alt="人才引进政策" width="280" height="80"></a><a href="/zt501/" target="_blank"><img src="/images/zt2.jpg" alt="便民服务专区" width="280" height="80"></a><a href="/zt502/" target="_blank"><img src="/images/zt3.jpg" alt="网上办事大厅" width="280" height="80"></a><a href="/zt503/" target="_blank"><img src="/images/zt4.jpg" alt="权责清单" width="280" height="80"></a><a href="/zt504/" target="_blank"><img src="/images/zt5.jpg" alt="政务公开" width="280" height="80"></a><a href="/zt505/" target="_blank"><img src="/images/zt6.jpg" alt="优化营商环境" width="280" height="80"></a><a href="/zt506/" target="_blank"><img src="/images/zt7.jpg" alt="打击考试作弊" width="280" height="80"></a></div></div>
<div class="friend-links"><div class="wrap"><div class="hd"><span>友情链接</span></div><ul class="links"><li><a href="http://www.cpta.com.cn/" target="_blank">人力资源和社会保障部</a></li><li><a href="http://www.cpta.com.cn/" target="_blank">内蒙古自治区社会保险事业管理局</a></li><li><a href="http://www.mohrss.gov.cn/" target="_blank">中国政府网</a></li><li><a href="http://www.cpta.com.cn/" target="_blank">内蒙古自治区教育厅</a></li><li><a href="http://www.0264.example.invalid/" target="_blank">内蒙古自治区人力资源市场</a></li><li><a href="http://www.3525.example.invalid/" target="_blank">内蒙古自治区人民政府</a></li><li><a href="http://www.2206.example.invalid/" target="_blank">内蒙古自治区应急管理厅</a></li><li><a href="http://www.5598.example.invalid/" target="_blank">内蒙古自治区交通运输厅</a></li><li><a href="http://www.4006.example.invalid/" target="_blank">内蒙古自治区劳动人事争议仲裁院</a></li><li><a href="http://www.9092.example.invalid/" target="_blank">中国人事考试网</a></li><li><a href="http://www.5900.example.invalid/" target="_blank">内蒙古自治区政务服务中心</a></li><li><a href="http://www.9132.example.invalid/" target="_blank">内蒙古自治区专业技术人员服务平台</a></li><li><a href="http://www.7926.example.invalid/" target="_blank">内蒙古自治区审计厅</a></li><li><a href="http://www.1197.example.invalid/" target="_blank">国家公务员局</a></li><li><a href="http://www.2466.example.invalid/" target="_blank">内蒙古自治区自然资源厅</a></li><li><a href="http://www.0141.example.invalid/" target="_blank">内蒙古自治区公共资源交易中心</a></li><li><a href="http://www.4056.example.invalid/" target="_blank">内蒙古自治区人事人才网</a></li><li><a href="http://www.6611.example.invalid/" target="_blank">内蒙古自治区医疗保障局</a></li><li><a href="http://www.9771.example.invalid/" target="_blank">内蒙古自治区市场监督管理局</a></li><li><a href="http://www.5608.example.invalid/" target="_blank">内蒙古自治区档案馆</a></li><li><a href="http://www.3617.example.invalid/" target="_blank">内蒙古自治区统计局</a></li><li><a href="http://www.1493.example.invalid/" target="_blank">内蒙古自治区就业服务局</a></li><li><a href="http://www.3939.example.invalid/" target="_blank">内蒙古自治区住房和城乡建设厅</a></li><li><a href="http://www.8762.example.invalid/" target="_blank">内蒙古自治区卫生健康委员会</a></li><li><a href="http://www.5282.example.invalid/" target="_blank">内蒙古自治区职业技能鉴定中心</a></li><li><a href="http://www.5314.example.invalid/" target="_blank">内蒙古自治区财政厅</a></li><li><a href="http://www.1377.example.invalid/" target="_blank">内蒙古自治区继续教育服务平台</a></li><li><a href="http://www.6840.example.invalid/" target="_blank">内蒙古自治区发展和改革委员会</a></li><li><a href="http://www.3587.example.invalid/" target="_blank">内蒙古自治区人才服务中心</a></li><li><a href="http://www.6351.example.invalid/" target="_blank">内蒙古自治区生态环境厅</a></li><li><a href="http://www.0079.example.invalid/" target="_blank">中国公共招聘网</a></li><li><a href="http://www.5056.example.invalid/" target="_blank">全国一体化政务服务平台</a></li><li><a href="http://www.4508.example.invalid/" target="_blank">教育部</a></li><li><a href="http://www.6767.example.invalid/" target="_blank">财政部</a></li></ul></div></div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
<div class="share-bar">分享到：<a href="javascript:shareTo('weixin');">微信</a><a href="javascript:shareTo('weibo');">微博</a><a href="javascript:shareTo('qzone');">QQ空间</a> <span class="font-size">【字号：<a href="javascript:doZoom(18);">大</a><a href="javascript:doZoom(16);">中</a><a href="javascript:doZoom(14);">小</a>】</span></div>
<div class="footer-map"><div class="wrap"><dl><dt>机构概况</dt><dd><a href="/map600/">本院简介</a></dd><dd><a href="/map601/">领导分工</a></dd><dd><a href="/map602/">内设机构</a></dd><dd><a href="/map603/">办公地址</a></dd></dl><dl><dt>新闻动态</dt><dd><a href="/map610/">工作动态</a></dd><dd><a href="/map611/">图片新闻</a></dd><dd><a href="/map612/">媒体聚焦</a></dd><dd><a href="/map613/">基层传真</a></dd></dl><dl><dt>考试项目</dt><dd><a href="/map620/">专业技术人员资格考试</a></dd><dd><a href="/map621/">公务员考试</a></dd><dd><a href="/map622/">事业单位招聘考试</a></dd><dd><a href="/map623/">社会化考试</a></dd><dd><a href="/map624/">职称外语考试</a></dd></dl><dl><dt>考生服务</dt><dd><a href="/map630/">准考证打印</a></dd><dd><a href="/map631/">成绩查询</a></dd><dd><a href="/map632/">证书查询</a></dd><dd><a href="/map633/">合格标准</a></dd><dd><a href="/map634/">考场规则</a></dd><dd><a href="/map635/">考点查询</a></dd></dl><dl><dt>证书办理</dt><dd><a href="/map640/">证书查询</a></dd><dd><a href="/map641/">电子证照</a></dd><dd><a href="/map642/">办理指南</a></dd><dd><a href="/map643/">下载专区</a></dd></dl><dl><dt>政策法规</dt><dd><a href="/map650/">法律法规</a></dd><dd><a href="/map651/">部门规章</a></dd><dd><a href="/map652/">规范性文件</a></dd><dd><a href="/map653/">政策解读</a></dd></dl><dl><dt>办事服务</dt><dd><a href="/map660/">服务事项</a></dd><dd><a href="/map661/">办事指南</a></dd><dd><a href="/map662/">表格下载</a></dd><dd><a href="/map663/">进度查询</a></dd></dl><dl><dt>互动交流</dt><dd><a href="/map670/">在线咨询</a></dd><dd><a href="/map671/">常见问题</a></dd><dd><a href="/map672/">意见征集</a></dd><dd><a href="/map673/">领导信箱</a></dd></dl><dl><dt>专题专栏</dt><dd><a href="/map680/">诚信考试</a></dd><dd><a href="/map681/">考风考纪</a></dd><dd><a href="/map682/">优化服务</a></dd><dd><a href="/map683/">无障碍服务</a></dd></dl><dl><dt>考试大纲</dt><dd><a href="/map690/">大纲下载</a></dd><dd><a href="/map691/">教材信息</a></dd><dd><a href="/map692/">样题说明</a></dd></dl><dl><dt>继续教育</dt><dd><a href="/map700/">学时登记</a></dd><dd><a href="/map701/">培训计划</a></dd><dd><a href="/map702/">机构名录</a></dd></dl><dl><dt>公众监督</dt><dd><a href="/map710/">违纪举报</a></dd><dd><a href="/map711/">投诉渠道</a></dd><dd><a href="/map712/">处理结果</a></dd></dl></div></div>
<div class="site-footer"><div class="wrap"><p>主办单位：内蒙古自治区人事考试中心（样例页面）&nbsp;&nbsp;承办单位：内蒙古人事考试信息网信息中心</p><p>联系电话：020-00951041（工作日 9:00-17:00）&nbsp;&nbsp;电子邮箱：service@10393.example.invalid</p><p>备案号：<a href="javascript:;">样例ICP备46522018号</a>&nbsp;&nbsp;网站标识码：1873242772&nbsp;&nbsp;公网安备 35297690245784号</p><p><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/yszc/">隐私声明</a> | 建议使用1920×1080分辨率浏览</p></div></div>
<script type="text/javascript">
window._shareConfig = {
  common: {text: document.title, url: location.href, desc: ""},
  share: [{bdSize: 16}],
  items: ["weixin", "weibo", "qzone", "copy"]
};
function shareTo(kind) {
  var u = encodeURIComponent(location.href), title = encodeURIComponent(document.title);
  var targets = {weibo: "//share.example.invalid/weibo?url=" + u + "&title=" + title,
                 qzone: "//share.example.invalid/qzone?url=" + u + "&title=" + title};
  if (targets[kind]) { window.open(targets[kind], "_blank", "width=620,height=480"); }
}
</script>
<script type="text/javascript">
function doZoom(size) {
  var boxes = document.querySelectorAll("[data-zoom]");
  for (var i = 0; i < boxes.length; i++) { boxes[i].style.fontSize = size + "px"; }
  try { localStorage.setItem("fontSize", size); } catch (e) {}
}
(function () { var s = null; try { s = localStorage.getItem("fontSize"); } catch (e) {} if (s) { doZoom(s); } })();
</script>
<script type="text/javascript">
(function () { var items = document.querySelectorAll(".nav li");
  for (var i = 0; i < items.length; i++) {
    items[i].onmouseover = function () { this.className += " hover"; };
    items[i].onmouseout = function () { this.className = this.className.replace(" hover", ""); };
  } })();
</script>
</body>
</html>

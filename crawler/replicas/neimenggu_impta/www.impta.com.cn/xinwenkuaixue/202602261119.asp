<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>2026年度环境影响评价工程师考试报名公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">2026年度环境影响评价工程师考试报名公告</td></tr>
<tr><td class="info">发布时间：2026-02-26&nbsp;&nbsp;点击数：19909</td></tr>
<tr><td class="content">
<p style="text-indent:2em;">各位考生：</p>
<p style="text-indent:2em;">2026年度环境影响评价工程师考试报名工作即将开始，现将有关事项通知如下：</p>
<h3>一、报名时间</h3>
<p style="text-indent:2em;">网上报名时间为2026年2月26日至3月8日。</p>
<h3>二、报名方式</h3>
<p style="text-indent:2em;"><span style="font-size:12pt">&nbsp;&nbsp;报考人员登录中国人事考试网“全国专业技术人员资格考试报名服务平台”进行报名。</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">考试合格的，颁发人力资源社会保障部统一印制的证书，证书发放时间另行通知。</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">咨询电话：0471-03759143</span></p>
<p style="text-indent:2em;">内蒙古自治区人事考试中心</p>
<p style="text-indent:2em;"><span style="font-size:12pt">&nbsp;&nbsp;2026年2月26日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>2025年度审计师考试报名公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">2025年度审计师考试报名公告</td></tr>
<tr><td class="info">发布时间：2025-07-17&nbsp;&nbsp;点击数：1352</td></tr>
<tr><td class="content">
<p align="justify">各有关考生：</p>
<p>&nbsp;</p>
<p align="justify">2025年度审计师考试报名工作即将开始，现将有关事项通知如下：</p>
<p align="justify"><b>一、报名时间</b></p>
<p align="justify">网上报名时间为2025年7月17日至7月27日。</p>
<p align="justify"><b>二、报名方式</b></p>
<p align="justify">报考人员登录中国人事考试网“全国专业技术人员资格考试报名服务平台”进行报名。</p>
<p align="justify">&nbsp;&nbsp;考试合格的，颁发人力资源社会保障部统一印制的证书，证书发放时间另行通知。</p>
<p align="justify">咨询电话：0471-07436359</p>
<p align="justify">内蒙古自治区人事考试中心</p>
<p align="justify">2025年7月17日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

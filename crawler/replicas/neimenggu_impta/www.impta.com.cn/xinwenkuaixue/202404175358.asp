<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2024年度出版专业资格考试成绩及合格标准的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2024年度出版专业资格考试成绩及合格标准的公告</td></tr>
<tr><td class="info">发布时间：2024-04-17&nbsp;&nbsp;点击数：2080</td></tr>
<tr><td class="content">
<p>2024年度出版专业技术人员职业资格考试成绩已公布，考生可登录中国人事考试网查询。</p>
<p>对成绩有异议的，请于成绩公布之日起15日内提出复核申请。</p>
<p>&nbsp;</p>
<p>成绩合格人员的证书领取时间和方式另行通知，请关注本网站。</p>
<p>咨询电话：0471-03948509</p>
<p>内蒙古自治区人事考试中心</p>
<p>2024年4月17日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

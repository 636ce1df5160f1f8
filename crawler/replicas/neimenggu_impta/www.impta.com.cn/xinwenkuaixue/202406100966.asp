<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于开展2024年度专业技术人员继续教育的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于开展2024年度专业技术人员继续教育的通知</td></tr>
<tr><td class="info">发布时间：2024-06-10&nbsp;&nbsp;点击数：26630</td></tr>
<tr><td class="content">
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-size:12pt">各位考生：</span></p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-size:12pt">为提高专业技术人员素质，现开展2024年度专业技术人员继续教育工作。</span></p>
<p style="text-indent: 2em; line-height: 1.8;">专业技术人员每年参加继续教育的时间累计不少于90学时。</p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-size:12pt">学时登记结果作为职称评审、资格证书注册的重要依据。</span></p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-size:12pt">&nbsp;&nbsp;内蒙古自治区人事考试中心</span></p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-size:12pt">2024年6月10日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于打印2026年度专业技术人员职业资格考试准考证的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于打印2026年度专业技术人员职业资格考试准考证的公告</td></tr>
<tr><td class="info">发布时间：2026-02-22&nbsp;&nbsp;点击数：22917</td></tr>
<tr><td class="content">
<p style="text-indent:2em;">各位考生：</p>
<p style="text-indent:2em;">2026年度职业资格考试将于近期举行，请考生及时打印准考证。</p>
<p style="text-indent:2em;">&nbsp;&nbsp;准考证打印时间：考前一周（2月22日起）。</p>
<p style="text-indent:2em;">考生须持准考证和有效身份证件原件参加考试。</p>
<p style="text-indent:2em;">内蒙古自治区人事考试中心</p>
<p style="text-indent:2em;">二〇二六年二月二十二日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

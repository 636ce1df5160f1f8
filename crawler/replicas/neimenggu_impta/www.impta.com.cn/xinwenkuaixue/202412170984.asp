<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>鄂尔多斯关于做好2024年度出版专业资格注册工作的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">鄂尔多斯关于做好2024年度出版专业资格注册工作的通知</td></tr>
<tr><td class="info">发布时间：2024-12-17&nbsp;&nbsp;点击数：7363</td></tr>
<tr><td class="content">
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">取得出版专业技术人员职业资格证书的人员，可通过注册管理系统申请初始注册。</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">申请人应提交资格证书、身份证明和受聘单位证明等材料。</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">注册证书有效期为四年，期满前应办理延续注册。</span></p>
<p style="text-indent:2em;">咨询电话：0471-02042643</p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">鄂尔多斯人事考试院</span></p>
<p>&nbsp;</p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2024年12月17日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

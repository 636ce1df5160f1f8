<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>注册城乡规划师初始注册办理指南_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">注册城乡规划师初始注册办理指南</td></tr>
<tr><td class="info">发布时间：2025-11-12&nbsp;&nbsp;点击数：27643</td></tr>
<tr><td class="content">
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-family:仿宋_GB2312;font-size:16px;">各有关考生：</span></p>
<p style="text-indent: 2em; line-height: 1.8;">&nbsp;&nbsp;取得注册城乡规划师资格证书的人员，可通过注册管理系统申请初始注册。</p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-family:仿宋_GB2312;font-size:16px;">申请人应提交资格证书、身份证明和受聘单位证明等材料。</span></p>
<p style="text-indent: 2em; line-height: 1.8;">注册证书有效期为四年，期满前应办理延续注册。</p>
<p style="text-indent: 2em; line-height: 1.8;">内蒙古自治区人事考试中心</p>
<p style="text-indent: 2em; line-height: 1.8;"><span style="font-family:仿宋_GB2312;font-size:16px;">2025年11月12日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

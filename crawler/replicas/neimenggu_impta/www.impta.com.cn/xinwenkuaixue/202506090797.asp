<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>审计师初始注册办理指南_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">审计师初始注册办理指南</td></tr>
<tr><td class="info">发布时间：2025-06-09&nbsp;&nbsp;点击数：32003</td></tr>
<tr><td class="content">
<p align="justify">各市、州人事考试机构，各位考生：</p>
<p align="justify">取得初级、中级审计专业技术资格证书的人员，可通过注册管理系统申请初始注册。</p>
<p align="justify">申请人应提交资格证书、身份证明和受聘单位证明等材料。</p>
<p align="justify">&nbsp;&nbsp;注册证书有效期为四年，期满前应办理延续注册。</p>
<p align="justify">咨询电话：0471-03616685</p>
<p align="justify">内蒙古自治区人事考试中心</p>
<p align="justify">2025年6月9日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

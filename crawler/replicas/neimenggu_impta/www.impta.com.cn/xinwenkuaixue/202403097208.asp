<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2024年度造价工程师（一级）考试合格人员资格补审的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2024年度造价工程师（一级）考试合格人员资格补审的通知</td></tr>
<tr><td class="info">发布时间：2024-03-09&nbsp;&nbsp;点击数：9028</td></tr>
<tr><td class="content">
<p align="justify"><span style="font-family:仿宋_GB2312;font-size:16px;">根据有关规定，对2024年度造价工程师（一级）考试成绩合格人员进行考后资格复核（补审），现将有关事项通知如下：</span></p>
<h3>一、复核对象</h3>
<p align="justify"><span style="font-family:仿宋_GB2312;font-size:16px;">报名时选择“告知承诺制”且未通过网上核验的成绩合格人员。</span></p>
<h3>二、复核时间</h3>
<p align="justify"><span style="font-family:仿宋_GB2312;font-size:16px;">2024年3月12日至2024年3月24日（工作日）。</span></p>
<p align="justify">&nbsp;&nbsp;资格复核通过的人员，证书发放时间另行通知；逾期未参加复核的，视为放弃。</p>
<p align="justify">咨询电话：0471-06593559</p>
<p align="justify">内蒙古自治区人事考试中心</p>
<p align="justify">&nbsp;&nbsp;2024年3月9日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

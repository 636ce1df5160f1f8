<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2025年翻译专业资格（水平）证书实行邮寄送达的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2025年翻译专业资格（水平）证书实行邮寄送达的公告</td></tr>
<tr><td class="info">发布时间：2025-10-23&nbsp;&nbsp;点击数：22564</td></tr>
<tr><td class="content">
<p align="justify"><span style="font-size:12pt">根据工作安排，2025年度翻译专业资格证书邮寄发放工作即将开始，现就有关事项通知如下：</span></p>
<p align="justify"><strong>一、发放对象</strong></p>
<p align="justify">参加2025年度翻译专业资格考试成绩合格，且通过资格核查的人员。</p>
<p align="justify"><strong>二、邮寄申请时间</strong></p>
<p align="justify"><span style="font-size:12pt">邮寄申请2025年11月11日前。</span></p>
<p align="justify"><strong>三、邮寄办理</strong></p>
<p align="justify">考生登录“政务服务网”或手机扫描附件中的二维码，如实填写收件人姓名、地址和联系电话，邮寄费用由考生收件时支付。</p>
<p align="justify">&nbsp;&nbsp;逾期未领取的证书，统一存放于我院证书管理科，考生可于工作日前来领取。</p>
<p align="justify">咨询电话：0471-06267302</p>
<p align="justify"><span style="font-size:12pt">内蒙古自治区人事考试中心</span></p>
<p align="justify">2025年10月23日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2023年度中级经济师资格证书实行邮寄送达的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2023年度中级经济师资格证书实行邮寄送达的公告</td></tr>
<tr><td class="info">发布时间：2024-09-25&nbsp;&nbsp;点击数：32446</td></tr>
<tr><td class="content">
<p>根据工作安排，2023年度中级经济师证书邮寄发放工作即将开始，现就有关事项通知如下：</p>
<p><b>1.发放对象</b></p>
<p>参加2023年度中级经济师考试成绩合格，且通过资格核查的人员（名单见附件）。</p>
<p><b>2.邮寄申请时间</b></p>
<p>请于2024年9月25日至2024年10月12日（法定节假日除外）邮寄申请。</p>
<p><b>3.邮寄办理</b></p>
<p>采取“网上申请、邮政直邮”方式，证书由邮政EMS寄出，邮费到付，考生凭本人身份证签收。</p>
<p><span style="font-size:12pt">根据有关规定，电子证书与纸质证书具有同等法律效力，考生可在中国人事考试网下载电子证书。</span></p>
<p><span style="font-size:12pt">咨询电话：0471-03658081</span></p>
<p>内蒙古自治区人事考试中心</p>
<p><span style="font-size:12pt">二〇二四年九月二十五日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

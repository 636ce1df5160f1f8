<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>【证书领取】包头关于领取2024年度房地产估价师考试合格证书的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">【证书领取】包头关于领取2024年度房地产估价师考试合格证书的通知</td></tr>
<tr><td class="info">发布时间：2025-04-11&nbsp;&nbsp;点击数：26452</td></tr>
<tr><td class="content">
<p style="text-indent: 2em; line-height: 1.8;">包头考区2024年度房地产估价师资格证书已到，为方便考生，现将领取事宜通知如下：</p>
<h3>（一）领取对象</h3>
<p style="text-indent: 2em; line-height: 1.8;">参加2024年度房地产估价师考试成绩合格，且通过资格核查的人员（名单见附件）。</p>
<h3>（二）办理时间</h3>
<p style="text-indent: 2em; line-height: 1.8;">办理时间为2025年4月16日至2025年4月29日（法定节假日除外），逾期不再受理。</p>
<p>&nbsp;</p>
<h3>（三）领取地点</h3>
<p style="text-indent: 2em; line-height: 1.8;">领取地点：包头人事考试院（樊城路66号政务服务中心2楼）。</p>
<h3>（四）注意事项</h3>
<p style="text-indent: 2em; line-height: 1.8;">&nbsp;&nbsp;领取证书时须携带以下材料：</p>
<p style="text-indent: 2em; line-height: 1.8;">①本人有效居民身份证原件；</p>
<p style="text-indent: 2em; line-height: 1.8;">②《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）；</p>
<p style="text-indent: 2em; line-height: 1.8;">③委托他人代领的，需同时提供委托书、委托人和受托人身份证原件；</p>
<p style="text-indent: 2em; line-height: 1.8;">④单位介绍信（单位集体领取时提供，并附领证人员名单）；</p>
<p style="text-indent: 2em; line-height: 1.8;">根据有关规定，电子证书与纸质证书具有同等法律效力，考生可在中国人事考试网下载电子证书。</p>
<p style="text-indent: 2em; line-height: 1.8;">咨询电话：0471-05036328</p>
<p style="text-indent: 2em; line-height: 1.8;">包头人事考试院</p>
<p style="text-indent: 2em; line-height: 1.8;">二〇二五年四月十一日</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

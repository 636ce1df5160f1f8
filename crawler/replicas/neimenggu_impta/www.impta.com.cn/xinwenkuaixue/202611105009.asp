<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于领取2026年软考资格证书的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于领取2026年软考资格证书的通知</td></tr>
<tr><td class="info">发布时间：2026-11-10&nbsp;&nbsp;点击数：31888</td></tr>
<tr><td class="content">
<p style="text-indent:2em;">2026年度计算机技术与软件专业技术资格（水平）证书已到，为方便考生，现将领取事宜通知如下：</p>
<p style="text-indent:2em;"><b>1.领取对象</b></p>
<p style="text-indent:2em;"><span style="font-size:12pt">参加2026年度计算机技术与软件专业技术资格（水平）考试成绩合格，且通过资格核查的人员（可在本网站查询）。</span></p>
<p style="text-indent:2em;"><b>2.领取方式及时间</b></p>
<p style="text-indent:2em;"><span style="font-size:12pt">考生可任选邮寄或现场领取一种方式，邮寄申请与现场领取时间相同。</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">&nbsp;&nbsp;请留意本网站后续通知。</span></p>
<p style="text-indent:2em;"><b>3.邮寄办理</b></p>
<p style="text-indent:2em;">考生登录“政务服务网”或手机扫描附件中的二维码，如实填写收件人姓名、地址和联系电话，邮寄费用由考生收件时支付。</p>
<p style="text-indent:2em;"><b>4.领取地点</b></p>
<p style="text-indent:2em;"><span style="font-size:12pt">领取地点：报名所在地市（州）人事考试机构，地址和电话见附件。</span></p>
<p style="text-indent:2em;"><b>5.所需材料</b></p>
<p style="text-indent:2em;">领取证书时须携带以下材料：</p>
<p style="text-indent:2em;">①本人有效居民身份证原件；</p>
<p style="text-indent:2em;">②学历证书原件及复印件（需现场核查人员提供）；</p>
<p style="text-indent:2em;"><span style="font-size:12pt">③《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）；</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">④委托他人代领的，需同时提供委托书、委托人和受托人身份证原件；</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">内蒙古自治区人事考试中心</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">2026年11月10日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

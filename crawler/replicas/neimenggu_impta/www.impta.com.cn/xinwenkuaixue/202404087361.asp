<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2023年度房地产估价师证书邮寄发放的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2023年度房地产估价师证书邮寄发放的通知</td></tr>
<tr><td class="info">发布时间：2024-04-08&nbsp;&nbsp;点击数：10601</td></tr>
<tr><td class="content">
<p align="justify">各位考生：</p>
<p align="justify">2023年度房地产估价师考试合格证书已制作完成。现将有关事项通知如下：</p>
<h3>（一）发放对象</h3>
<p align="justify">参加2023年度房地产估价师考试成绩合格，且通过资格核查的人员（可在本网站查询）。</p>
<h3>（二）邮寄申请时间</h3>
<p align="justify">&nbsp;&nbsp;邮寄申请时间：4月14日至4月25日（周六、周日不休息）。</p>
<h3>（三）邮寄办理</h3>
<p align="justify">考生登录“政务服务网”或手机扫描附件中的二维码，如实填写收件人姓名、地址和联系电话，邮寄费用由考生收件时支付。</p>
<p align="justify">咨询电话：0471-09590535</p>
<p align="justify">&nbsp;&nbsp;内蒙古自治区人事考试中心</p>
<p align="justify">二〇二四年四月八日</p>
<p><a href="/UploadFile/202404/12548043498145847.pdf">附件1：2023年度房地产估价师合格人员名单.pdf</a></p>
<p><a href="/UploadFile/202404/62454795284906541.doc">附件2：证书邮寄申请表.doc</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于房地产估价师纸质证书补发工作的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于房地产估价师纸质证书补发工作的通知</td></tr>
<tr><td class="info">发布时间：2025-07-04&nbsp;&nbsp;点击数：6684</td></tr>
<tr><td class="content">
<p><span style="font-family:仿宋_GB2312;font-size:16px;">各位考生：</span></p>
<p>凡取得房地产估价师证书，因遗失、损毁需要补办的人员，可按以下程序申请补发。</p>
<p><b>一、受理时间</b></p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">受理时间为2025年7月14日—2025年8月16日（法定节假日除外），逾期不再受理。</span></p>
<p><b>二、所需材料</b></p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">1.《专业技术人员职业资格证书补办申请表》；</span></p>
<p>2.本人有效身份证原件及复印件；</p>
<p>3.在市级以上报刊刊登的证书遗失声明原件（损毁的提供原证书）。</p>
<p><b>三、办理流程</b></p>
<p>&nbsp;&nbsp;申请人通过网上办事大厅提交补办申请并上传材料扫描件，审核通过后证书邮寄送达。</p>
<p>&nbsp;</p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">已上线电子证书的考试项目，不再补发纸质证书，持证人可自行下载电子证书使用。</span></p>
<p>内蒙古自治区人事考试中心</p>
<p>2025年7月4日</p>
<p>&nbsp;</p>
<p><a href="/UploadFile/202507/21379660391723799.xls">附件1：证书补办申请表.xls</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

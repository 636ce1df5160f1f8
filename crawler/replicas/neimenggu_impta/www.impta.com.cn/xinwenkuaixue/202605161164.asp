<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于发放2025年度注册测绘师电子证书的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于发放2025年度注册测绘师电子证书的公告</td></tr>
<tr><td class="info">发布时间：2026-05-16&nbsp;&nbsp;点击数：2709</td></tr>
<tr><td class="content">
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2025年度注册测绘师电子证书现已上线，持证人员可登录中国人事考试网（www.cpta.com.cn）“证书查验”栏目查看和下载。</span></p>
<p style="text-indent:2em;">电子证书与纸质证书具有同等法律效力。推行电子证书后，纸质证书仍按原方式发放。</p>
<p style="text-indent:2em;"><b>一、下载流程</b></p>
<p style="text-indent:2em;">1.登录中国人事考试网，进入“证书查验”页面，点击“证书下载”；</p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2.首次使用需注册，请使用取得证书时的证件号码；</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">3.在证书列表中点击“下载”，即可获取电子证书文件。</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">证书信息有误的，请向报名地人事考试机构反映。</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">咨询电话：0471-01781099</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;&nbsp;内蒙古自治区人事考试中心</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2026年5月16日</span></p>
<p>&nbsp;</p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

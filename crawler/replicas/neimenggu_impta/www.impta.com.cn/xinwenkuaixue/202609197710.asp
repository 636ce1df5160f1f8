<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于做好2025年执业药师证书发放工作的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于做好2025年执业药师证书发放工作的通知</td></tr>
<tr><td class="info">发布时间：2026-09-19&nbsp;&nbsp;点击数：38972</td></tr>
<tr><td class="content">
<p style="text-indent: 2em; line-height: 1.8;">2025年度执业药师资格证书已到，为方便考生，现将领取事宜通知如下：</p>
<h3>一、发放对象</h3>
<p style="text-indent: 2em; line-height: 1.8;">参加2025年度执业药师考试成绩合格，且通过资格核查的人员（名单见附件）。</p>
<h3>二、领取时间</h3>
<p style="text-indent: 2em; line-height: 1.8;">领取时间为2026年9月19日至2026年10月11日（周六、周日不休息），逾期不再受理。</p>
<h3>三、领取地点</h3>
<p style="text-indent: 2em; line-height: 1.8;">领取地点：报名所在地市（州）人事考试机构，地址和电话见附件。</p>
<h3>四、注意事项</h3>
<p style="text-indent: 2em; line-height: 1.8;">&nbsp;&nbsp;领取证书时须携带以下材料：</p>
<p style="text-indent: 2em; line-height: 1.8;">1.本人有效居民身份证原件；</p>
<p style="text-indent: 2em; line-height: 1.8;">2.《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）；</p>
<p style="text-indent: 2em; line-height: 1.8;">3.准考证或成绩单打印件；</p>
<p style="text-indent: 2em; line-height: 1.8;">根据有关规定，电子证书与纸质证书具有同等法律效力，考生可在中国人事考试网下载电子证书。</p>
<p style="text-indent: 2em; line-height: 1.8;">&nbsp;&nbsp;咨询电话：0471-08893180</p>
<p style="text-indent: 2em; line-height: 1.8;">&nbsp;&nbsp;内蒙古自治区人事考试中心</p>
<p style="text-indent: 2em; line-height: 1.8;">2026年9月19日</p>
<p><a href="/UploadFile/202609/50728350990037485.doc">附件1：2025年度执业药师合格人员名单.doc</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于呼和浩特办理2026年度全国监理工程师证书的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于呼和浩特办理2026年度全国监理工程师证书的通知</td></tr>
<tr><td class="info">发布时间：2026-10-30&nbsp;&nbsp;点击数：7229</td></tr>
<tr><td class="content">
<p><span style="font-family:仿宋_GB2312;font-size:16px;">各有关考生：</span></p>
<p>2026年度监理工程师考试合格证书已制作完成。现将有关事项通知如下：</p>
<p><strong>一、发放对象</strong></p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">参加2026年度监理工程师考试成绩合格，且通过资格核查的人员。</span></p>
<p><strong>二、发放时间</strong></p>
<p>请于11月5日—11月28日（法定节假日除外）领取。</p>
<p><strong>三、领取地点</strong></p>
<p>领取地点：呼和浩特政务服务中心人社窗口（建设路187号政务服务中心2楼）。</p>
<p><strong>四、领证须知</strong></p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;&nbsp;领取证书时须携带以下材料：</span></p>
<p>&nbsp;&nbsp;（1）本人有效居民身份证原件；</p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">（2）《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）；</span></p>
<p>（3）准考证或成绩单打印件；</p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">逾期未领取的证书，统一存放于我院证书管理科，考生可于工作日前来领取。</span></p>
<p>咨询电话：0471-04940335</p>
<p>呼和浩特人事考试院</p>
<p><span style="font-family:仿宋_GB2312;font-size:16px;">&nbsp;&nbsp;二〇二六年十月三十日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

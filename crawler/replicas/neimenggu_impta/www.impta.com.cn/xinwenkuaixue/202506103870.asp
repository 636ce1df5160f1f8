<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>锡林郭勒盟2024年中级会计职称资格证书领取公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">锡林郭勒盟2024年中级会计职称资格证书领取公告</td></tr>
<tr><td class="info">发布时间：2025-06-10&nbsp;&nbsp;点击数：38682</td></tr>
<tr><td class="content">
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">各位考生：</span></p>
<p style="text-indent:2em;">2024年度初级会计专业技术资格考试合格证书已制作完成。现将有关事项通知如下：</p>
<p style="text-indent:2em;"><b>（一）发放对象</b></p>
<p style="text-indent:2em;">参加2024年度初级会计专业技术资格考试成绩合格，且通过资格核查的人员（可在本网站查询）。</p>
<p style="text-indent:2em;"><b>（二）领取时间</b></p>
<p style="text-indent:2em;">请于2025/06/21-2025/07/05（法定节假日除外）领取。</p>
<p style="text-indent:2em;"><b>（三）领取地点</b></p>
<p style="text-indent:2em;">&nbsp;&nbsp;领取地点：锡林郭勒盟人事考试中心（文化路32号人事考试中心办公楼5楼）。</p>
<p style="text-indent:2em;"><b>（四）注意事项</b></p>
<p style="text-indent:2em;">领取证书时须携带以下材料：</p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">1.本人有效居民身份证原件；</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">2.单位介绍信（单位集体领取时提供，并附领证人员名单）；</span></p>
<p style="text-indent:2em;"><span style="font-family:仿宋_GB2312;font-size:16px;">3.委托他人代领的，需同时提供委托书、委托人和受托人身份证原件；</span></p>
<p style="text-indent:2em;">咨询电话：0471-09700241</p>
<p style="text-indent:2em;">锡林郭勒盟人事考试院</p>
<p style="text-indent:2em;">&nbsp;&nbsp;二〇二五年六月十日</p>
<p><a href="/UploadFile/202506/73470083768396785.doc">附件1：2024年度初级会计专业技术资格合格人员名单.doc</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

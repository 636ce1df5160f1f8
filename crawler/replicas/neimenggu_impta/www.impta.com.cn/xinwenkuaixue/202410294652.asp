<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>关于2023年度注册城乡规划师考试合格证书发放的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">关于2023年度注册城乡规划师考试合格证书发放的通知</td></tr>
<tr><td class="info">发布时间：2024-10-29&nbsp;&nbsp;点击数：38619</td></tr>
<tr><td class="content">
<p style="text-indent:2em;">各有关考生：</p>
<p style="text-indent:2em;">&nbsp;&nbsp;根据工作安排，2023年度注册城乡规划师证书发放工作即将开始，现就有关事项通知如下：</p>
<p style="text-indent:2em;"><b>（一）发放对象</b></p>
<p style="text-indent:2em;">参加2023年度注册城乡规划师考试成绩合格，且通过资格核查的人员（名单见附件）。</p>
<p style="text-indent:2em;"><b>（二）领取时间</b></p>
<p style="text-indent:2em;">领取时间：2024年11月7日起（法定节假日除外）。</p>
<p style="text-indent:2em;"><b>（三）领取地点</b></p>
<p style="text-indent:2em;">领取地点：报名所在地市（州）人事考试机构，地址和电话见附件。</p>
<p style="text-indent:2em;"><b>（四）领证须知</b></p>
<p style="text-indent:2em;">领取证书时须携带以下材料：</p>
<p style="text-indent:2em;">①本人有效居民身份证原件；</p>
<p style="text-indent:2em;">②委托他人代领的，需同时提供委托书、委托人和受托人身份证原件；</p>
<p style="text-indent:2em;">③单位介绍信（单位集体领取时提供，并附领证人员名单）；</p>
<p style="text-indent:2em;">④准考证或成绩单打印件；</p>
<p style="text-indent:2em;">咨询电话：0471-03215443</p>
<p style="text-indent:2em;">内蒙古自治区人事考试中心</p>
<p style="text-indent:2em;">2024年10月29日</p>
<p><a href="/UploadFile/202410/62678840850805962.xls">附件1：2023年度注册城乡规划师合格人员名单.xls</a></p>
<p><a href="/UploadFile/202410/44979301644505681.xlsx">附件2：证书邮寄申请表.xlsx</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

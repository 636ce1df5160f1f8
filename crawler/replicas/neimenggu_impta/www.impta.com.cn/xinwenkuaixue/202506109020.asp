<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>【证书领取】锡林郭勒盟关于领取2024年度会计专业技术中级资格考试合格证书的通知_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">【证书领取】锡林郭勒盟关于领取2024年度会计专业技术中级资格考试合格证书的通知</td></tr>
<tr><td class="info">发布时间：2025-06-10&nbsp;&nbsp;点击数：19293</td></tr>
<tr><td class="content">
<p>各位考生：</p>
<p>锡林郭勒盟考区2024年度中级会计职称资格证书已到，为方便考生，现将领取事宜通知如下：</p>
<p><b>一、发放对象</b></p>
<p>参加2024年度中级会计职称考试成绩合格，且通过资格核查的人员（名单见附件）。</p>
<p><b>二、发放时间</b></p>
<p>&nbsp;&nbsp;即日起至7月11日可领取。</p>
<p><b>三、领取地点</b></p>
<p><span style="font-size:12pt">领取地点：锡林郭勒盟人事考试中心（新华路146号社会保障服务大厅6楼）。</span></p>
<p><b>四、所需材料</b></p>
<p><span style="font-size:12pt">领取证书时须携带以下材料：</span></p>
<p><span style="font-size:12pt">①本人有效居民身份证原件；</span></p>
<p>&nbsp;</p>
<p><span style="font-size:12pt">②单位介绍信（单位集体领取时提供，并附领证人员名单）；</span></p>
<p><span style="font-size:12pt">③准考证或成绩单打印件；</span></p>
<p><span style="font-size:12pt">&nbsp;&nbsp;④学历证书原件及复印件（需现场核查人员提供）；</span></p>
<p>⑤《专业技术人员资格考试合格人员登记表》（附件下载，A4纸打印并贴近期一寸照片）；</p>
<p><span style="font-size:12pt">咨询电话：0471-02597666</span></p>
<p><span style="font-size:12pt">锡林郭勒盟人事考试院</span></p>
<p>2025年6月10日</p>
<p><a href="/UploadFile/202506/59617780064850527.xlsx">附件1：2024年度中级会计职称合格人员名单.xlsx</a></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<meta name="certnotices-replica" content="sample data">
<title>包头关于受理软考证书补办申请的公告_内蒙古人事考试信息网</title>

<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><span class="links"><a href="/">网站首页</a></span></div></div>
<div class="header"><div class="wrap"><div class="logo">内蒙古人事考试信息网</div><p class="sample-note">certnotices 离线样例数据（sample data），非官方内容</p></div></div>
<div class="wrap main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="javascript:history.back();">新闻快讯</a> &gt; 正文</div>
<table class="article" width="100%"><tr><td class="title">包头关于受理软考证书补办申请的公告</td></tr>
<tr><td class="info">发布时间：2024-10-24&nbsp;&nbsp;点击数：24553</td></tr>
<tr><td class="content">
<p style="text-indent:2em;">&nbsp;&nbsp;为做好计算机技术与软件专业技术资格（水平）证书补办工作，现将补办有关事项公告如下：</p>
<p style="text-indent:2em;"><strong>一、所需材料</strong></p>
<p style="text-indent:2em;"><span style="font-size:12pt">1.《专业技术人员职业资格证书补办申请表》；</span></p>
<p style="text-indent:2em;">2.本人有效身份证原件及复印件；</p>
<p style="text-indent:2em;">3.在市级以上报刊刊登的证书遗失声明原件（损毁的提供原证书）。</p>
<p style="text-indent:2em;"><strong>二、办理流程</strong></p>
<p style="text-indent:2em;">申请人将材料提交至报名所在地人事考试机构，经审核符合条件的，统一报送补发。</p>
<p style="text-indent:2em;">已上线电子证书的考试项目，不再补发纸质证书，持证人可自行下载电子证书使用。</p>
<p style="text-indent:2em;">咨询电话：0471-05212742</p>
<p style="text-indent:2em;"><span style="font-size:12pt">包头人事考试院</span></p>
<p style="text-indent:2em;"><span style="font-size:12pt">2024年10月24日</span></p>
</td></tr></table>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办：内蒙古人事考试信息网（样例页面）</p><p>版权所有 sample data</p></div>
</body>
</html>

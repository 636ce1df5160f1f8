"""Whether a notice's text is only its files: a scanned page or a PDF with a line of text beside it.

The crawler marks such notices when it reads them (crawler/extract.py content_marker) and the notice
page says "see the attachment" instead of "not given" (db/plugin/notice_view.py body_form): one rule
for both, in the leaf layer both may import.
"""

from __future__ import annotations

THIN_BODY_CHARS = 40  # a body of one line this short beside files is no text of its own
IMAGE_TEXT = "通知图片"  # the attachment text the crawler gives a notice's scanned page


def only_its_files(body_text: str, attachments: list[dict]) -> bool:
    """True when the body, without its files' link texts, is at most one line of THIN_BODY_CHARS."""
    own = []  # the body's lines without the attachments' link texts
    for line in body_text.splitlines():
        for name in (a["text"] for a in attachments if a.get("text")):
            line = line.replace(name, "")
        if line.strip():
            own.append(line.strip())
    return len(own) <= 1 and sum(map(len, own)) <= THIN_BODY_CHARS

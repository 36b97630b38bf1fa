"""Prints, as one JSON array, the messages an SMTP sink stored in DIR (*.eml): recipients, decoded
subject, language, Reply-To, plain-text and HTML bodies, and each attachment's file name and content type (calendar
files also as text). Used by the browser tests to read what Socius really sent."""
import json
import os
import sys
from email import policy
from email.parser import BytesParser

messages = []
directory = sys.argv[1]
for name in sorted(os.listdir(directory)):
    if not name.endswith(".eml"):
        continue
    with open(os.path.join(directory, name), "rb") as f:
        message = BytesParser(policy=policy.default).parse(f)
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    attachments = []
    for part in message.iter_attachments():
        item = {"filename": part.get_filename(), "content_type": part.get_content_type()}
        if part.get_content_type() == "text/calendar":
            item["text"] = part.get_content() if isinstance(part.get_content(), str) else part.get_content().decode()
        attachments.append(item)
    messages.append({
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "language": str(message.get("Content-Language", "")),
        "reply_to": str(message.get("Reply-To", "")),
        "text": text.get_content() if text else "",
        "html": html.get_content() if html else "",
        "attachments": attachments,
    })
print(json.dumps(messages))

"""Reads iCalendar files with Python's `icalendar` library and prints, per event, what the tests
check: method, UID, SEQUENCE, status and start as UTC ISO 8601 (one JSON object per file)."""
import json
import sys

import icalendar

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        events.append({
            "uid": str(event.get("UID")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "start": start.astimezone(__import__("datetime").timezone.utc).isoformat(),
            "summary": str(event.get("SUMMARY", "")),
        })
    print(json.dumps({"method": str(calendar.get("METHOD", "")), "events": events}))

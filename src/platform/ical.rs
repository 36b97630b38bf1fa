//! iCalendar (RFC 5545) for meetings: invitations, updates and cancellations calendar programs
//! accept, and feeds. Times are written in UTC (`…Z`), which every client converts to the reader's
//! zone, so daylight-saving changes in Brussels never shift a meeting.

use chrono::{DateTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// An invitation or its update (a higher SEQUENCE replaces the earlier one).
    Request,
    Cancel,
    /// A feed: no scheduling semantics.
    Publish,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
            Method::Publish => "PUBLISH",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Event {
    /// Stable across updates: the same meeting keeps its UID.
    pub uid: String,
    pub sequence: i64,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub cancelled: bool,
    pub organizer_email: String,
    pub organizer_name: String,
}

/// Escapes a TEXT value (backslash, semicolon, comma, new lines).
fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A calendar with `events`, for `method`.
pub fn calendar(method: Method, events: &[Event]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Socius//Meetings//FR-NL".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        format!("METHOD:{}", method.as_str()),
    ];
    let now = Utc::now();
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("SEQUENCE:{}", event.sequence));
        lines.push(format!("DTSTAMP:{}", stamp(now)));
        lines.push(format!("DTSTART:{}", stamp(event.starts)));
        lines.push(format!("DTEND:{}", stamp(event.ends)));
        lines.push(format!("SUMMARY:{}", text(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&event.description)));
        }
        if !event.location.is_empty() {
            lines.push(format!("LOCATION:{}", text(&event.location)));
        }
        if !event.url.is_empty() {
            lines.push(format!("URL:{}", event.url));
        }
        if !event.organizer_email.is_empty() {
            lines.push(format!(
                "ORGANIZER;CN={}:mailto:{}",
                text(&event.organizer_name).replace(':', " "),
                event.organizer_email
            ));
        }
        let status = if event.cancelled || method == Method::Cancel {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        lines.push(format!("STATUS:{status}"));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event() -> Event {
        Event {
            uid: "meeting-1@socius".into(),
            sequence: 2,
            starts: Utc.with_ymd_and_hms(2026, 3, 29, 8, 0, 0).unwrap(),
            ends: Utc.with_ymd_and_hms(2026, 3, 29, 10, 0, 0).unwrap(),
            summary: "Plénière; ordre du jour, suite".into(),
            description: "Ligne 1\nLigne 2 avec un texte assez long pour dépasser soixante-quinze octets sans aucun doute".into(),
            location: "CPAS, salle du conseil".into(),
            url: String::new(),
            cancelled: false,
            organizer_email: "coordination@anderlecht.example".into(),
            organizer_name: "Coordination sociale".into(),
        }
    }

    #[test]
    fn text_is_escaped_and_lines_are_folded() {
        let ics = calendar(Method::Request, &[event()]);
        assert!(ics.contains("SUMMARY:Plénière\\; ordre du jour\\, suite\r\n"));
        assert!(ics.contains("METHOD:REQUEST\r\n") && ics.contains("SEQUENCE:2\r\n"));
        assert!(ics.contains("DTSTART:20260329T080000Z"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }

    #[test]
    fn a_cancellation_says_so() {
        let ics = calendar(Method::Cancel, &[event()]);
        assert!(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"));
    }
}

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
    /// In an invitation: the person it is sent to, asked to answer (`RSVP=TRUE`), with their
    /// answer so far.
    pub attendee: Option<Attendee>,
}

#[derive(Clone, Debug)]
pub struct Attendee {
    pub email: String,
    pub name: String,
    pub answer: PartStat,
}

/// An attendee's answer, as calendars read it (RFC 5545 `PARTSTAT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartStat {
    NeedsAction,
    Accepted,
    Declined,
}

impl PartStat {
    fn as_str(self) -> &'static str {
        match self {
            PartStat::NeedsAction => "NEEDS-ACTION",
            PartStat::Accepted => "ACCEPTED",
            PartStat::Declined => "DECLINED",
        }
    }
}

/// Escapes a TEXT value (backslash, semicolon, comma, new lines). Any line break — CR LF, LF or a
/// lone CR, which some readers take as a line end — becomes `\n`, so no value starts a property of
/// its own; other control characters, which the format forbids, are dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (`CN=`): quoted when it holds `:`, `;` or `,`; a quote or a control character
/// cannot be written in one and is dropped.
fn param(value: &str) -> String {
    let kept: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if kept.contains([':', ';', ',']) {
        format!("\"{kept}\"")
    } else {
        kept
    }
}

/// A URI value (URL, mailto): no control character, so no line break.
fn uri(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
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
            lines.push(format!("URL:{}", uri(&event.url)));
        }
        if !event.organizer_email.is_empty() {
            lines.push(format!(
                "ORGANIZER;CN={}:mailto:{}",
                param(&event.organizer_name),
                uri(&event.organizer_email)
            ));
        }
        if let Some(attendee) = &event.attendee {
            lines.push(format!(
                "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;PARTSTAT={};RSVP=TRUE:mailto:{}",
                param(&attendee.name),
                attendee.answer.as_str(),
                uri(&attendee.email)
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
            attendee: None,
        }
    }

    #[test]
    fn an_invitation_names_its_attendee_and_asks_for_an_answer() {
        let mut invitation = event();
        invitation.attendee = Some(Attendee {
            email: "ines@mdf.example".into(),
            name: "Inès Lambert, MDF".into(),
            answer: PartStat::Accepted,
        });
        let unfolded = calendar(Method::Request, &[invitation]).replace("\r\n ", "");
        assert!(unfolded.contains(
            "ATTENDEE;CN=\"Inès Lambert, MDF\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:ines@mdf.example\r\n"
        ));
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
    fn no_value_breaks_a_line_or_a_parameter() {
        let mut crafted = event();
        crafted.summary = "Plénière\rATTENDEE:mailto:x@evil.example\r\nX-A:1\nX-B:2\u{7}".into();
        crafted.location = "Salle 1\r\rSalle 2".into();
        crafted.url = "https://example.be/\r\nX-C:3".into();
        crafted.organizer_name = "CPAS: \"Coordination\"; Anderlecht, sociale".into();
        let ics = calendar(Method::Request, &[crafted]);
        let unfolded = ics.replace("\r\n ", "");
        let names: Vec<&str> = unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split([':', ';']).next().unwrap())
            .collect();
        for name in &names {
            assert!(
                !name.starts_with("X-") && *name != "ATTENDEE",
                "an injected property: {unfolded}"
            );
        }
        assert!(!unfolded.replace("\r\n", "").contains('\r'), "no lone CR");
        assert!(unfolded
            .contains("SUMMARY:Plénière\\nATTENDEE:mailto:x@evil.example\\nX-A:1\\nX-B:2\r\n"));
        assert!(unfolded.contains("LOCATION:Salle 1\\n\\nSalle 2\r\n"));
        assert!(
            unfolded.contains("ORGANIZER;CN=\"CPAS: Coordination; Anderlecht, sociale\":mailto:")
        );
    }

    #[test]
    fn a_cancellation_says_so() {
        let ics = calendar(Method::Cancel, &[event()]);
        assert!(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"));
    }
}

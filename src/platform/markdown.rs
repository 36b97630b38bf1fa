//! The safe subset of Markdown coordinators write their public pages in: paragraphs (one per line,
//! as the forms say), emphasis, lists, links, headings, quotes. Raw HTML is never passed through —
//! it shows as the text it is — and the rendered HTML goes through ammonia's allow-list, so a page
//! can hold no script, style, frame or event handler whatever is typed.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// `text` as sanitised HTML. Headings follow the page's own `h1`: the highest level the text uses
/// becomes `h2` and each level it uses below that the next one, so no level is skipped ("##" then
/// "####" read as `h2` then `h3`).
pub fn to_html(text: &str) -> String {
    let source = paragraph_per_line(text);
    let used = used_levels(&source);
    let lower = |level: HeadingLevel| {
        let rank = used.iter().position(|l| *l == level).unwrap_or(0);
        [
            HeadingLevel::H2,
            HeadingLevel::H3,
            HeadingLevel::H4,
            HeadingLevel::H5,
        ]
        .get(rank)
        .copied()
        .unwrap_or(HeadingLevel::H6)
    };
    let events = Parser::new_ext(&source, Options::ENABLE_STRIKETHROUGH).map(|event| match event {
        // Raw HTML shows as text.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: lower(level),
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .tags(
            [
                "p",
                "br",
                "strong",
                "em",
                "del",
                "ul",
                "ol",
                "li",
                "a",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "blockquote",
                "code",
                "pre",
                "hr",
            ]
            .into_iter()
            .collect(),
        )
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

/// The heading levels `source` uses, highest first, each once.
fn used_levels(source: &str) -> Vec<HeadingLevel> {
    let mut levels: Vec<HeadingLevel> = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH)
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level),
            _ => None,
        })
        .collect();
    levels.sort();
    levels.dedup();
    levels
}

/// Each line its own paragraph, as people type in a form and as the pages were written before
/// Markdown, while the lines of a list stay one list.
fn paragraph_per_line(text: &str) -> String {
    let is_item = |line: &str| {
        let line = line.trim_start();
        line.starts_with("- ")
            || line.starts_with("* ")
            || line.starts_with("+ ")
            || line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(previous) = previous {
            let same_list = is_item(previous) && is_item(line);
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        out.push_str(line);
        previous = Some(line);
    }
    out
}

/// The first paragraph of `text` as plain text (its words without their formatting), for a
/// lead or a card; headings are skipped.
pub fn first_paragraph(text: &str) -> String {
    let source = paragraph_per_line(text);
    let mut words = String::new();
    let mut inside = false;
    for event in Parser::new_ext(&source, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Paragraph) => inside = true,
            Event::End(TagEnd::Paragraph) if inside => break,
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) if inside => {
                words.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak if inside => words.push(' '),
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_line_is_a_paragraph_and_lists_stay_lists() {
        let html = to_html("Notre mission.\nNos valeurs :\n- solidarité\n- *écoute*\nFin.");
        assert_eq!(
            html,
            "<p>Notre mission.</p>\n<p>Nos valeurs :</p>\n<ul>\n<li>solidarité</li>\n\
             <li><em>écoute</em></li>\n</ul>\n<p>Fin.</p>\n"
        );
    }

    #[test]
    fn headings_move_down_and_links_are_kept_safe() {
        let html = to_html("# Qui sommes-nous\n[Contact](mailto:a@b.be) [x](javascript:alert(1))");
        assert!(html.starts_with("<h2>Qui sommes-nous</h2>"), "{html}");
        assert!(html.contains("<a href=\"mailto:a@b.be\" rel=\"noopener noreferrer\">Contact</a>"));
        assert!(!html.contains("javascript"), "{html}");
    }

    #[test]
    fn heading_levels_follow_the_page_without_a_gap() {
        let html = to_html("## Objectifs\n#### Logement\n## Partenaires");
        assert!(
            html.contains("<h2>Objectifs</h2>")
                && html.contains("<h3>Logement</h3>")
                && html.contains("<h2>Partenaires</h2>"),
            "{html}"
        );
    }

    #[test]
    fn the_first_paragraph_is_plain_text() {
        assert_eq!(
            first_paragraph("## Titre\nRelier les **acteurs** [sociaux](https://a.be).\nSuite."),
            "Relier les acteurs sociaux."
        );
        assert_eq!(first_paragraph(""), "");
    }

    #[test]
    fn raw_html_shows_as_text() {
        let html = to_html("<script>alert(1)</script>\n<b onclick=x>gras</b>");
        assert!(!html.contains("<script") && !html.contains("<b"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    /// Pieces of Markdown and of the HTML an attacker would type, in any order.
    fn typed() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<script>alert(1)</script>".to_string()),
            Just("<img src=x onerror=alert(1)>".to_string()),
            Just("<a href=\"javascript:alert(1)\">x</a>".to_string()),
            Just("[lien](javascript:alert(1))".to_string()),
            Just("[lien](https://example.be \"t\")".to_string()),
            Just("<style>p{}</style>".to_string()),
            Just("**gras** _it_ `code`".to_string()),
            Just("\n- point\n".to_string()),
            Just("\n# titre\n".to_string()),
            Just("\n> citation\n".to_string()),
            "[a-zA-Z<>&\"'= /\n]{0,12}",
        ];
        proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        /// Whatever is typed, every tag that comes out is on the allow-list, with no attribute
        /// but a link's address (never a script) and its `rel`.
        #[test]
        fn only_allowed_tags_come_out(text in typed()) {
            let html = to_html(&text);
            for tag in html.split('<').skip(1) {
                let inside = tag.split('>').next().unwrap_or("");
                let name: String = inside
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                prop_assert!(
                    ["p", "br", "strong", "em", "del", "ul", "ol", "li", "a", "h2", "h3", "h4",
                     "h5", "h6", "blockquote", "code", "pre", "hr"].contains(&name.as_str()),
                    "<{}> in {}", inside, html
                );
                if name == "a" && !inside.starts_with('/') {
                    prop_assert!(inside.starts_with("a href=\"http") || inside.starts_with("a href=\"mailto") || inside == "a rel=\"noopener noreferrer\"", "{}", inside);
                } else {
                    prop_assert!(!inside.contains('='), "<{}> in {}", inside, html);
                }
            }
        }
    }
}

//! Horizontal bar charts as inline SVG, drawn on the server so they need no JavaScript and print
//! as they show. Written by hand rather than with a plotting library: the markup is a few lines,
//! it carries the accessible name and description screen readers need (`role="img"`, `<title>`,
//! `<desc>`), takes its colours from the style sheet (the CSP forbids inline styles), and every
//! chart has its data table beside it.

/// Escapes text for SVG (XML) content and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

const BAR_HEIGHT: usize = 22;
const GAP: usize = 6;
const LABEL_WIDTH: usize = 220;
const BAR_WIDTH: usize = 300;
const VALUE_WIDTH: usize = 70;

/// A bar per `(label, value)`, the longest bar for the largest value. `id` must be unique in the
/// page; `title` names the chart, `description` sums it up in words.
pub fn bars(id: &str, title: &str, description: &str, rows: &[(String, i64)]) -> String {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let height = rows.len().max(1) * (BAR_HEIGHT + GAP);
    let width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description)
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = i * (BAR_HEIGHT + GAP);
        let length = ((*value).max(0) as usize * BAR_WIDTH).div_ceil(max as usize);
        let shown: String = if label.chars().count() > 32 {
            format!("{}…", label.chars().take(31).collect::<String>())
        } else {
            label.clone()
        };
        svg.push_str(&format!(
            "<g aria-hidden=\"true\"><text class=\"chart-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"chart-bar\" x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{length}\" height=\"{BAR_HEIGHT}\"/>\
             <text class=\"chart-value\" x=\"{}\" y=\"{}\">{value}</text></g>",
            LABEL_WIDTH - 8,
            y + BAR_HEIGHT - 6,
            escape(&shown),
            LABEL_WIDTH + length + 6,
            y + BAR_HEIGHT - 6,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_escape_labels() {
        let svg = bars(
            "c1",
            "Besoins <par> thème",
            "2 thèmes",
            &[("Logement & énergie".into(), 40), ("Santé".into(), 10)],
        );
        assert!(svg
            .starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"c1-title c1-desc\""));
        assert!(svg.contains("<title id=\"c1-title\">Besoins &lt;par&gt; thème</title>"));
        assert!(svg.contains("Logement &amp; énergie"));
        assert!(
            svg.contains(&format!("width=\"{BAR_WIDTH}\"")),
            "the largest bar is full width"
        );
        assert!(svg.contains(&format!("width=\"{}\"", BAR_WIDTH / 4)));
    }

    #[test]
    fn an_empty_chart_is_still_valid() {
        let svg = bars("c2", "Rien", "Aucun signal", &[]);
        assert!(svg.ends_with("</svg>"));
    }
}

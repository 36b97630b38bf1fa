//! A coordination's accent colour: `#rrggbb`, dark enough that white text on it passes WCAG 2.1
//! AA (a contrast of 4.5:1 at least), since the header writes white on it.

use super::MessageKey;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentColour([u8; 3]);

/// WCAG 2.1 AA for normal text.
const MINIMUM_CONTRAST: f64 = 4.5;

impl AccentColour {
    /// `#1f5f8b` or `1F5F8B`; refused when it is not a colour, or too light for white text.
    pub fn parse(input: &str) -> Result<AccentColour, MessageKey> {
        let hex = input.trim().trim_start_matches('#');
        let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
        let colour = match (hex.len(), channel(0), channel(2), channel(4)) {
            (6, Some(r), Some(g), Some(b)) => AccentColour([r, g, b]),
            _ => return Err("error-colour-invalid"),
        };
        if colour.contrast_with_white() < MINIMUM_CONTRAST {
            return Err("error-colour-contrast");
        }
        Ok(colour)
    }

    /// The contrast ratio of white text on this colour (WCAG 2.1, 1 to 21).
    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.relative_luminance() + 0.05)
    }

    fn relative_luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.0;
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// A quarter darker, for what is hovered.
    pub fn darker(self) -> AccentColour {
        AccentColour(self.0.map(|c| (f64::from(c) * 0.75).round() as u8))
    }

    pub fn css(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dark_colours_pass_and_light_ones_are_refused() {
        assert_eq!(AccentColour::parse("#00528A").unwrap().css(), "#00528a");
        assert_eq!(AccentColour::parse("1f5f8b").unwrap().css(), "#1f5f8b");
        // Socius's own blue: 8.16:1 with white by WCAG 2.1's formula (checkers round to 8.2).
        let blue = AccentColour::parse("#00528a")
            .unwrap()
            .contrast_with_white();
        assert!((blue - 8.16).abs() < 0.01, "{blue}");
        assert_eq!(AccentColour::parse("#ffcc00"), Err("error-colour-contrast"));
        // Pure red gives 4.0:1: not enough for text.
        assert_eq!(AccentColour::parse("#ff0000"), Err("error-colour-contrast"));
        for bad in ["", "#12345", "#1234567", "#gg0000", "bleu", "#00528a;}"] {
            assert_eq!(
                AccentColour::parse(bad),
                Err("error-colour-invalid"),
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn every_colour_accepted_keeps_white_text_readable_also_darker(r: u8, g: u8, b: u8) {
            let written = format!("#{r:02x}{g:02x}{b:02x}");
            if let Ok(colour) = AccentColour::parse(&written) {
                prop_assert_eq!(colour.css(), written);
                prop_assert!(colour.contrast_with_white() >= 4.5);
                prop_assert!(colour.darker().contrast_with_white() >= 4.5);
            }
        }
    }
}

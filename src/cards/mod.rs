//! The images the build draws (never the browser): each page's card for
//! link previews (1200×630), an example's answers as one image for print
//! and newsletters, and the icon as PNG. Each is SVG drawn to PNG by resvg
//! in the fonts this folder holds (Liberation 2, SIL Open Font License:
//! `fonts/COPYRIGHT`), so the words on an image are the catalogue's and the
//! build needs no browser. This module draws what it is given: the build
//! (`src/bin/prerender.rs`) chooses the words.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use crate::app::words::escape;
use crate::terms::Verdict;

const SERIF_BOLD: &[u8] = include_bytes!("fonts/LiberationSerif-Bold.ttf");
const SANS: &[u8] = include_bytes!("fonts/LiberationSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("fonts/LiberationSans-Bold.ttf");

/// A card's size, as Open Graph and Twitter's large card want it.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The page's light palette (`static/style.css`).
const PAPER: &str = "#f7f5f0";
const INK: &str = "#1b1d22";
const MUTED: &str = "#4a4f59";
const ACCENT: &str = "#1d4e89";

/// An example's answers: the height of a row and the size of its words.
const ROW: f32 = 34.0;
const ANSWER: f32 = 25.0;

/// The three typefaces a card uses.
#[derive(Clone, Copy)]
enum Face {
    SerifBold,
    Sans,
    SansBold,
}

impl Face {
    fn data(self) -> &'static [u8] {
        match self {
            Face::SerifBold => SERIF_BOLD,
            Face::Sans => SANS,
            Face::SansBold => SANS_BOLD,
        }
    }

    /// SVG attributes naming the face.
    fn attrs(self) -> &'static str {
        match self {
            Face::SerifBold => "font-family=\"Liberation Serif\" font-weight=\"700\"",
            Face::Sans => "font-family=\"Liberation Sans\"",
            Face::SansBold => "font-family=\"Liberation Sans\" font-weight=\"700\"",
        }
    }
}

/// How wide `text` is at `size` px in `face` (advances, no kerning: a
/// little wider than drawn, so a wrapped line always fits).
fn width(text: &str, face: Face, size: f32) -> f32 {
    let Ok(font) = ttf_parser::Face::parse(face.data(), 0) else {
        return 0.0;
    };
    let units: u32 = text
        .chars()
        .map(|c| {
            font.glyph_index(c)
                .and_then(|g| font.glyph_hor_advance(g))
                .map_or(u32::from(font.units_per_em()) / 2, u32::from)
        })
        .sum();
    units as f32 * size / f32::from(font.units_per_em())
}

/// `text` in lines no wider than `max` px, at most `lines` of them; a cut
/// last line ends with an ellipsis.
fn wrap(text: &str, face: Face, size: f32, max: f32, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let tried = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || width(&tried, face, size) <= max {
            line = tried;
        } else {
            out.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        let last = out.last_mut().expect("at least one line");
        while !last.is_empty() && width(&format!("{last} …"), face, size) > max {
            last.pop();
        }
        *last = format!("{} …", last.trim_end());
    }
    out
}

/// Lines of text from `y` (the first baseline) down, `leading` apart.
fn text_block(
    lines: &[String],
    x: f32,
    y: f32,
    face: Face,
    size: f32,
    leading: f32,
    fill: &str,
) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<text x=\"{x}\" y=\"{}\" {} font-size=\"{size}\" fill=\"{fill}\">{}</text>",
                y + i as f32 * leading,
                face.attrs(),
                escape(line)
            )
        })
        .collect()
}

/// A verdict's mark: told apart by shape (circle, square, diamond) as well
/// as by colour, and always beside its word.
fn mark(verdict: Verdict, x: f32, y: f32, r: f32) -> String {
    let (fill, shape) = match verdict {
        Verdict::Yes => (
            "#17613a",
            format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\""),
        ),
        Verdict::No => (
            "#8a2f5a",
            format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                x - r,
                y - r,
                2.0 * r,
                2.0 * r
            ),
        ),
        Verdict::NotAddressed => (
            "#7a4f00",
            format!(
                "<path d=\"M{x} {} L{} {y} L{x} {} L{} {y} Z\"",
                y - r * 1.25,
                x + r * 1.25,
                y + r * 1.25,
                x - r * 1.25
            ),
        ),
    };
    format!("{shape} fill=\"{fill}\"/>")
}

/// What a card says.
pub struct Card {
    /// The small capitals line on top ("Interactive explainer", "Step 4 of 11").
    pub kicker: String,
    /// The headline: the explainer's, a step's or an example's.
    pub title: String,
    /// A line or three under it.
    pub line: String,
    /// An example's: what its answers are under ("The answers under …:").
    pub answers_heading: String,
    /// An example's answers: each topic's short name and verdict word, with
    /// its verdict. Empty for other cards.
    pub answers: Vec<(String, String, Verdict)>,
    /// The explainer's name, at the foot of a step's or an example's card.
    pub footer: String,
}

/// Where a card's parts go, and whether its words fit.
struct Layout {
    svg: String,
    misfits: Vec<String>,
}

impl Card {
    /// The card as SVG, 1200×630.
    pub fn svg(&self) -> String {
        self.layout().svg
    }

    /// Whether every word fits, uncut, above the footer.
    pub fn fits(&self) -> bool {
        self.misfits().is_empty()
    }

    /// What does not fit: each text the card would cut, or "the answers"
    /// if they run into the footer.
    pub fn misfits(&self) -> Vec<String> {
        self.layout().misfits
    }

    fn layout(&self) -> Layout {
        let left = 104.0;
        let max = WIDTH as f32 - left - 80.0;
        let example = !self.answers.is_empty();
        let mut misfits = Vec::new();
        let mut cut = |text: &str, face: Face, size: f32, lines: usize| {
            if wrap(text, face, size, max, usize::MAX).len() > lines {
                misfits.push(text.to_string());
            }
            wrap(text, face, size, max, lines)
        };
        let mut body = String::new();
        body.push_str(&text_block(
            &[self.kicker.to_uppercase()],
            left,
            110.0,
            Face::SansBold,
            26.0,
            0.0,
            MUTED,
        ));
        let (size, lines) = if example { (50.0, 2) } else { (60.0, 4) };
        let title = cut(&self.title, Face::SerifBold, size, lines);
        let mut y = 110.0 + 24.0 + size;
        body.push_str(&text_block(
            &title,
            left,
            y,
            Face::SerifBold,
            size,
            size * 1.12,
            INK,
        ));
        y += (title.len() as f32 - 1.0) * size * 1.12;
        let (size, leading, lines) = if example {
            (28.0, 36.0, 2)
        } else {
            (30.0, 40.0, 3)
        };
        let line = cut(&self.line, Face::Sans, size, lines);
        y += 24.0 + leading;
        body.push_str(&text_block(
            &line,
            left,
            y,
            Face::Sans,
            size,
            leading,
            MUTED,
        ));
        y += (line.len() as f32 - 1.0) * leading;
        if example {
            y += 40.0;
            let heading = cut(&self.answers_heading, Face::SansBold, 24.0, 1);
            body.push_str(&text_block(
                &heading,
                left,
                y,
                Face::SansBold,
                24.0,
                0.0,
                INK,
            ));
            y += 8.0;
        }
        // The answers in two columns, each a mark, then the topic's short
        // name (a question, "Azure first?") and the verdict as its answer.
        let column = max / 2.0;
        let rows = self.answers.len().div_ceil(2);
        for (i, (topic, verdict_word, verdict)) in self.answers.iter().enumerate() {
            let x = left + (i / rows) as f32 * column;
            let row_y = y + ROW + (i % rows) as f32 * ROW;
            body.push_str(&mark(*verdict, x + 10.0, row_y - 8.0, 9.0));
            let topic = wrap(topic, Face::Sans, ANSWER, column - 220.0, 1);
            body.push_str(&text_block(
                &topic,
                x + 32.0,
                row_y,
                Face::Sans,
                ANSWER,
                0.0,
                INK,
            ));
            let at = x + 40.0 + width(&topic[0], Face::Sans, ANSWER);
            body.push_str(&text_block(
                std::slice::from_ref(verdict_word),
                at,
                row_y,
                Face::SansBold,
                ANSWER,
                0.0,
                INK,
            ));
        }
        y += rows as f32 * ROW;
        let foot = HEIGHT as f32 - 34.0;
        if !self.footer.is_empty() {
            let footer = cut(&self.footer, Face::Sans, 24.0, 1);
            body.push_str(&text_block(
                &footer,
                left,
                foot,
                Face::Sans,
                24.0,
                0.0,
                MUTED,
            ));
        }
        if y + 12.0 >= foot - 24.0 {
            misfits.push(format!("the answers, down to {y} px"));
        }
        Layout {
            svg: format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\">\
                 <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{PAPER}\"/>\
                 <rect width=\"24\" height=\"{HEIGHT}\" fill=\"{ACCENT}\"/>{body}</svg>"
            ),
            misfits,
        }
    }
}

/// One row of an example's answers image: the question, then each version's
/// verdict word and verdict (None: not asked there), and the clauses.
pub struct AnswerRow {
    pub question: String,
    pub verdicts: Vec<Option<(String, Verdict)>>,
    pub cites: String,
}

/// An example's answers as one image, 1200 px wide: its name and what it
/// supposes, then a row per question with each version's verdict (the
/// columns' headings name the versions, the latest first), and a footer
/// that says where the words come from.
pub struct AnswersImage {
    pub title: String,
    pub line: String,
    pub versions: Vec<String>,
    pub question_heading: String,
    pub rows: Vec<AnswerRow>,
    pub footer: String,
}

impl AnswersImage {
    pub fn svg(&self) -> String {
        let left = 64.0;
        let max = WIDTH as f32 - 2.0 * left;
        let question_width = 560.0;
        let column = (max - question_width) / self.versions.len().max(1) as f32;
        let mut body = String::new();
        let title = wrap(&self.title, Face::SerifBold, 44.0, max, 2);
        let mut y = 88.0;
        body.push_str(&text_block(
            &title,
            left,
            y,
            Face::SerifBold,
            44.0,
            50.0,
            INK,
        ));
        y += (title.len() as f32 - 1.0) * 50.0 + 44.0;
        let line = wrap(&self.line, Face::Sans, 24.0, max, 3);
        body.push_str(&text_block(&line, left, y, Face::Sans, 24.0, 32.0, MUTED));
        y += (line.len() as f32 - 1.0) * 32.0 + 56.0;
        body.push_str(&text_block(
            std::slice::from_ref(&self.question_heading),
            left,
            y,
            Face::SansBold,
            22.0,
            0.0,
            MUTED,
        ));
        for (i, version) in self.versions.iter().enumerate() {
            let heading = wrap(version, Face::SansBold, 22.0, column - 16.0, 2);
            let x = left + question_width + i as f32 * column;
            body.push_str(&text_block(
                &heading,
                x,
                y,
                Face::SansBold,
                22.0,
                28.0,
                MUTED,
            ));
        }
        y += 46.0;
        for row in &self.rows {
            body.push_str(&format!(
                "<rect x=\"{left}\" y=\"{}\" width=\"{max}\" height=\"2\" fill=\"#d6d2c8\"/>",
                y - 10.0
            ));
            let question = wrap(&row.question, Face::Sans, 24.0, question_width - 24.0, 4);
            body.push_str(&text_block(
                &question,
                left,
                y + 26.0,
                Face::Sans,
                24.0,
                30.0,
                INK,
            ));
            let cites = wrap(&row.cites, Face::Sans, 20.0, question_width - 24.0, 1);
            let below = y + 26.0 + question.len() as f32 * 30.0;
            body.push_str(&text_block(
                &cites,
                left,
                below,
                Face::Sans,
                20.0,
                0.0,
                MUTED,
            ));
            for (i, verdict) in row.verdicts.iter().enumerate() {
                let x = left + question_width + i as f32 * column;
                if let Some((word, verdict)) = verdict {
                    body.push_str(&mark(*verdict, x + 10.0, y + 17.0, 10.0));
                    body.push_str(&text_block(
                        std::slice::from_ref(word),
                        x + 32.0,
                        y + 26.0,
                        Face::SansBold,
                        24.0,
                        0.0,
                        INK,
                    ));
                } else {
                    body.push_str(&text_block(
                        &["—".into()],
                        x + 32.0,
                        y + 26.0,
                        Face::Sans,
                        24.0,
                        0.0,
                        MUTED,
                    ));
                }
            }
            y = below + 34.0;
        }
        let footer = wrap(&self.footer, Face::Sans, 20.0, max, 3);
        body.push_str(&text_block(
            &footer,
            left,
            y + 16.0,
            Face::Sans,
            20.0,
            26.0,
            MUTED,
        ));
        let height = (y + 16.0 + footer.len() as f32 * 26.0 + 24.0).ceil();
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\">\
             <rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>\
             <rect width=\"{WIDTH}\" height=\"12\" fill=\"{ACCENT}\"/>{body}</svg>"
        )
    }
}

/// The fonts, loaded once.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            for face in [Face::SerifBold, Face::Sans, Face::SansBold] {
                db.load_font_data(face.data().to_vec());
            }
            Arc::new(db)
        })
        .clone()
}

/// Draws SVG to PNG, at `scale` times its size.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: "Liberation Sans".into(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("card SVG: {e}"))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("card size")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("card size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    encode(&pixmap)
}

/// An opaque image as a small PNG: RGB (no alpha channel), with up to 256
/// colours in a palette when it has no more (a card's anti-aliased text
/// over flat colour rarely does), each row's filter chosen for size, and
/// the strongest compression.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let rgb: Vec<[u8; 3]> = pixmap
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue()]
        })
        .collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_compression(png::Compression::Best);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    encoder.set_depth(png::BitDepth::Eight);
    let mut palette: Vec<[u8; 3]> = rgb.clone();
    palette.sort_unstable();
    palette.dedup();
    let data: Vec<u8> = if palette.len() <= 256 {
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_palette(palette.concat());
        rgb.iter()
            .map(|c| palette.binary_search(c).unwrap_or_default() as u8)
            .collect()
    } else {
        encoder.set_color(png::ColorType::Rgb);
        rgb.concat()
    };
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("card PNG: {e}"))?;
    writer
        .write_image_data(&data)
        .map_err(|e| format!("card PNG: {e}"))?;
    writer.finish().map_err(|e| format!("card PNG: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Card {
        Card {
            kicker: "Step 5 of 11".into(),
            title: "The IP licence: through 2032, now non-exclusive, and what it covers".into(),
            line: "Microsoft keeps its licence to OpenAI's models and products.".into(),
            answers: vec![
                ("Azure required".into(), "No".into(), Verdict::No),
                ("Azure first".into(), "Yes".into(), Verdict::Yes),
                (
                    "Revenue share".into(),
                    "Not addressed".into(),
                    Verdict::NotAddressed,
                ),
            ],
            answers_heading: "The answers:".into(),
            footer: "“Unchanged”, then amended".into(),
        }
    }

    #[test]
    fn a_line_never_runs_past_its_width_and_a_cut_line_says_so() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let lines = wrap(text, Face::Sans, 30.0, 300.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(
            lines.iter().all(|l| width(l, Face::Sans, 30.0) <= 300.0),
            "{lines:?}"
        );
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("short", Face::Sans, 30.0, 300.0, 2), vec!["short"]);
    }

    #[test]
    fn a_card_is_a_1200_by_630_png_under_80_kb_in_the_repos_fonts() {
        assert!(sample().fits());
        let long = Card {
            title: "word ".repeat(40),
            ..sample()
        };
        assert!(!long.fits(), "a title the card would cut does not fit");
        let png = png(&sample().svg(), 1.0).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let (w, h) = (
            u32::from_be_bytes(png[16..20].try_into().unwrap()),
            u32::from_be_bytes(png[20..24].try_into().unwrap()),
        );
        assert_eq!((w, h), (WIDTH, HEIGHT));
        assert!(png.len() < 80 * 1024, "{} bytes", png.len());
        // The words are drawn: a card without them is a plain field of colour
        // and compresses to almost nothing.
        let blank = png_of_blank();
        assert!(png.len() > blank * 4, "{} vs blank {blank}", png.len());
    }

    fn png_of_blank() -> usize {
        let card = Card {
            kicker: String::new(),
            title: String::new(),
            line: String::new(),
            answers_heading: String::new(),
            answers: Vec::new(),
            footer: String::new(),
        };
        png(&card.svg(), 1.0).unwrap().len()
    }
}

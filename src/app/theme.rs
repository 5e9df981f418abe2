//! Field conditions: a high-contrast light theme for sunlight, a dark theme, large text and
//! touch-sized targets, and the colours that give listing badges their meaning.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme};

pub use crate::model::{Severity, severity};

/// The colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Black on white with strong strokes: readable in sunlight.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl ThemeChoice {
    /// The code stored in settings.
    pub fn code(self) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// From the stored code.
    pub fn from_code(code: &str) -> Option<ThemeChoice> {
        match code {
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }
}

/// The UI scale range offered in Settings.
pub const SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=2.5;

/// Minimum height of anything clickable, in points at scale 1 (touch and gloves).
pub const TARGET_HEIGHT: f32 = 32.0;

/// Apply theme, text sizes, spacing and scale to the context.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, scale: f32) {
    ctx.set_theme(match theme {
        ThemeChoice::Light => Theme::Light,
        ThemeChoice::Dark => Theme::Dark,
    });
    ctx.style_mut_of(Theme::Light, |style| {
        let v = &mut style.visuals;
        v.override_text_color = Some(Color32::BLACK);
        v.panel_fill = Color32::WHITE;
        v.window_fill = Color32::WHITE;
        v.extreme_bg_color = Color32::WHITE;
        v.faint_bg_color = Color32::from_gray(238);
        v.hyperlink_color = Color32::from_rgb(0, 60, 170);
        v.widgets.noninteractive.fg_stroke = Stroke::new(1.5, Color32::BLACK);
        v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(90));
        v.widgets.inactive.fg_stroke = Stroke::new(1.5, Color32::BLACK);
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(60));
        v.widgets.inactive.weak_bg_fill = Color32::from_gray(225);
        v.widgets.hovered.bg_stroke = Stroke::new(2.0, Color32::BLACK);
        v.widgets.active.bg_stroke = Stroke::new(2.0, Color32::BLACK);
        v.selection.bg_fill = Color32::from_rgb(255, 214, 0);
        v.selection.stroke = Stroke::new(2.0, Color32::BLACK);
    });
    ctx.style_mut_of(Theme::Dark, |style| {
        let v = &mut style.visuals;
        v.override_text_color = Some(Color32::from_gray(240));
        v.hyperlink_color = Color32::from_rgb(140, 190, 255);
        v.selection.bg_fill = Color32::from_rgb(0, 90, 160);
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(16.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.interact_size.y = TARGET_HEIGHT;
        style.spacing.button_padding = egui::vec2(10.0, 6.0);
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
    });
    ctx.set_zoom_factor(scale.clamp(*SCALE_RANGE.start(), *SCALE_RANGE.end()));
}

impl Severity {
    /// Badge fill and text colours.
    pub fn colours(self) -> (Color32, Color32) {
        match self {
            Severity::Prohibited => (Color32::from_rgb(190, 0, 0), Color32::WHITE),
            Severity::Controlled => (Color32::from_rgb(240, 150, 0), Color32::BLACK),
            Severity::Licence => (Color32::from_rgb(255, 225, 40), Color32::BLACK),
            Severity::None => (Color32::from_gray(150), Color32::BLACK),
        }
    }
}

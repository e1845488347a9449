//! The playground's panes. Each renders data it is given and reports intent through
//! `on<verb>` callbacks; none holds engine state.

mod chart;
mod chip;
mod code_pane;
mod console;
mod controls;
mod editor;
mod goroutines;
mod header;
mod lesson_intro;
mod narration;
mod question;
mod runtime_pane;
mod schedule;
mod settings;
mod shortcuts;
mod teacher;
mod twin;

pub use chart::Chart;
pub use chip::Chip;
pub use code_pane::CodePane;
pub use console::Console;
pub use controls::{Control, Controls};
pub use editor::Editor;
pub use goroutines::Goroutines;
pub use header::Header;
pub use lesson_intro::LessonIntro;
pub use narration::Narration;
pub use question::QuestionCard;
pub use runtime_pane::RuntimePane;
pub use schedule::{run_next_label, Schedule};
pub use settings::{SettingChange, Settings};
pub use shortcuts::Shortcuts;
pub use teacher::TeacherNotes;
pub use twin::Twin;

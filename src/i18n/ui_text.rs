//! The playground's own labels (buttons, headings), in both languages.

use super::Lang;

/// Every fixed label the UI shows. Adding a variant forces both translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Tagline,
    Lessons,
    Code,
    Runtime,
    Narration,
    Console,
    Back,
    Forward,
    Play,
    Pause,
    First,
    Last,
    Step,
    Private,
    Shared,
    Victim,
    Held,
    Empty,
    Language,
    NoOutput,
}

/// The label in the chosen language.
pub fn ui(lang: Lang, key: Ui) -> &'static str {
    use Ui::*;
    match (lang, key) {
        (Lang::En, Tagline) => "Step through Go's sync.Pool and defer",
        (Lang::Zh, Tagline) => "逐步观察 Go 的 sync.Pool 与 defer",
        (Lang::En, Lessons) => "Lesson",
        (Lang::Zh, Lessons) => "课程",
        (Lang::En, Code) => "Code",
        (Lang::Zh, Code) => "代码",
        (Lang::En, Runtime) => "Runtime",
        (Lang::Zh, Runtime) => "运行时",
        (Lang::En, Narration) => "What happens",
        (Lang::Zh, Narration) => "发生了什么",
        (Lang::En, Console) => "Output",
        (Lang::Zh, Console) => "输出",
        (Lang::En, Back) => "Step back",
        (Lang::Zh, Back) => "后退一步",
        (Lang::En, Forward) => "Step forward",
        (Lang::Zh, Forward) => "前进一步",
        (Lang::En, Play) => "Play",
        (Lang::Zh, Play) => "播放",
        (Lang::En, Pause) => "Pause",
        (Lang::Zh, Pause) => "暂停",
        (Lang::En, First) => "First step",
        (Lang::Zh, First) => "第一步",
        (Lang::En, Last) => "Last step",
        (Lang::Zh, Last) => "最后一步",
        (Lang::En, Step) => "Step",
        (Lang::Zh, Step) => "步骤",
        (Lang::En, Private) => "private",
        (Lang::Zh, Private) => "私有槽",
        (Lang::En, Shared) => "shared",
        (Lang::Zh, Shared) => "共享链",
        (Lang::En, Victim) => "victim cache",
        (Lang::Zh, Victim) => "victim 缓存",
        (Lang::En, Held) => "held by the program",
        (Lang::Zh, Held) => "程序持有",
        (Lang::En, Empty) => "empty",
        (Lang::Zh, Empty) => "空",
        (Lang::En, Language) => "Language",
        (Lang::Zh, Language) => "语言",
        (Lang::En, NoOutput) => "(no output yet)",
        (Lang::Zh, NoOutput) => "（尚无输出）",
    }
}

//! Labels of the runtime pictures (channels, what a goroutine waits on, what changed), in
//! both languages.

use super::Lang;

/// A label of the runtime pictures. Adding a variant forces both translations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viz {
    Channels,
    Cap,
    Unbuffered,
    Closed,
    WaitRecv,
    WaitSend,
    NobodyWaits,
    More,
    BlockedOn,
    RecvFrom,
    SendTo,
    Mutex,
    WaitGroup,
    Sleep,
    Changed,
    Chan,
    Timer,
}

/// The label in the chosen language.
pub fn viz(lang: Lang, key: Viz) -> &'static str {
    use Viz::*;
    match (lang, key) {
        (Lang::En, Channels) => "Channels",
        (Lang::Zh, Channels) => "通道",
        (Lang::En, Cap) => "cap",
        (Lang::Zh, Cap) => "容量",
        (Lang::En, Unbuffered) => "unbuffered: a send waits for a receiver",
        (Lang::Zh, Unbuffered) => "无缓冲：发送要等到有接收者",
        (Lang::En, Closed) => "closed",
        (Lang::Zh, Closed) => "已关闭",
        (Lang::En, WaitRecv) => "waiting to receive",
        (Lang::Zh, WaitRecv) => "等待接收",
        (Lang::En, WaitSend) => "waiting to send",
        (Lang::Zh, WaitSend) => "等待发送",
        (Lang::En, NobodyWaits) => "no goroutine waits",
        (Lang::Zh, NobodyWaits) => "没有 goroutine 在等待",
        (Lang::En, More) => "more",
        (Lang::Zh, More) => "更多",
        (Lang::En, BlockedOn) => "blocked on",
        (Lang::Zh, BlockedOn) => "阻塞于",
        (Lang::En, RecvFrom) => "receive from",
        (Lang::Zh, RecvFrom) => "接收自",
        (Lang::En, SendTo) => "send to",
        (Lang::Zh, SendTo) => "发送到",
        (Lang::En, Mutex) => "a sync.Mutex held by another goroutine",
        (Lang::Zh, Mutex) => "被其他 goroutine 持有的 sync.Mutex",
        (Lang::En, WaitGroup) => "sync.WaitGroup.Wait (counter not zero yet)",
        (Lang::Zh, WaitGroup) => "sync.WaitGroup.Wait（计数尚未归零）",
        (Lang::En, Sleep) => "time.Sleep",
        (Lang::Zh, Sleep) => "time.Sleep（休眠）",
        (Lang::En, Changed) => "changed in this step",
        (Lang::Zh, Changed) => "这一步有变化",
        (Lang::En, Chan) => "chan",
        (Lang::Zh, Chan) => "通道",
        (Lang::En, Timer) => "a timer's channel: it delivers one value when the time is up",
        (Lang::Zh, Timer) => "计时器的通道：时间到时送出一个值",
    }
}

/// Where a channel was made: "made on line 36" / "第 36 行创建".
pub fn made_on_line(lang: Lang, line: usize) -> String {
    match lang {
        Lang::En => format!("made on line {line}"),
        Lang::Zh => format!("第 {line} 行创建"),
    }
}

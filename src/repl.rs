//! Line editing for the interactive prompt: rustyline on a terminal (with
//! history kept in `~/.pylift_history`), plain stdin reads otherwise.

use pylift_runtime::repl::{Input, LineSource, PlainLines};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::Editor;
use std::io::IsTerminal;
use std::path::PathBuf;

struct Edited {
    editor: Editor<(), DefaultHistory>,
    history: Option<PathBuf>,
}

impl LineSource for Edited {
    fn read_line(&mut self, prompt: &str) -> Input {
        match self.editor.readline(prompt) {
            Ok(line) => Input::Line(line),
            Err(ReadlineError::Interrupted) => Input::Interrupted,
            Err(_) => Input::Eof,
        }
    }

    fn add_history(&mut self, entry: &str) {
        let _ = self.editor.add_history_entry(entry);
        if let Some(path) = &self.history {
            // Saved after each statement, so the history survives exit().
            let _ = self.editor.save_history(path);
        }
    }
}

/// The prompt's line source, made on the interpreter's thread.
pub fn line_source() -> Box<dyn LineSource> {
    if std::io::stdin().is_terminal() {
        if let Ok(mut editor) = Editor::<(), DefaultHistory>::new() {
            let history = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pylift_history"));
            if let Some(path) = &history {
                let _ = editor.load_history(path);
            }
            return Box::new(Edited { editor, history });
        }
    }
    Box::new(PlainLines)
}

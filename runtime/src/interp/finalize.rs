//! Running `__del__`: an instance whose class defines it is queued when its
//! last reference goes (`heap::dealloc`), and the queue is run here at the
//! next call (interpreted or from native code) or at exit. An exception in
//! `__del__` is reported as CPython does ("Exception ignored in: ...") and
//! does not propagate.

use super::Vm;
use crate::objects::str::intern;
use std::cell::Cell;
use std::io::Write;

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

impl Vm {
    /// Runs every queued `__del__`; cheap when none is due.
    #[inline(always)]
    pub fn run_finalizers(&mut self) {
        if crate::heap::finalizers_pending() {
            self.run_finalizers_slow();
        }
    }

    #[cold]
    fn run_finalizers_slow(&mut self) {
        // Calls made by a __del__ must not start the next one (CPython runs
        // them one after the other, in the order the objects died).
        if RUNNING.with(|r| r.replace(true)) {
            return;
        }
        crate::modules::weakref::run_callbacks(self);
        while let Some(obj) = crate::heap::next_finalizer() {
            if obj.as_generator().is_some() {
                let closed = crate::ops::attr::get_attr(self, &obj, &intern("close")).and_then(|close| self.call(&close, &[]));
                if let Err(e) = closed {
                    self.flush_stdout();
                    let shown = crate::ops::repr(self, &obj).unwrap_or_default();
                    let report = crate::ops::exc::format_exception(self, &e.0);
                    let _ = write!(std::io::stderr(), "Exception ignored in: {shown}\n{report}");
                }
                drop(obj);
                crate::modules::weakref::run_callbacks(self);
                continue;
            }
            let cls = crate::ops::type_of(&obj);
            let Some(del) = cls.as_class().and_then(|c| c.lookup(&intern("__del__"))) else { continue };
            if let Err(e) = crate::ops::call_special(self, &del, &obj, &[]) {
                self.flush_stdout();
                let shown = crate::ops::repr(self, &del).unwrap_or_else(|_| "<__del__>".into());
                let report = crate::ops::exc::format_exception(self, &e.0);
                let _ = write!(std::io::stderr(), "Exception ignored in: {shown}\n{report}");
            }
            // Dropping `obj` frees it now (unless __del__ resurrected it).
            drop(obj);
            crate::modules::weakref::run_callbacks(self);
        }
        RUNNING.with(|r| r.set(false));
    }
}

//! The global allocator: mimalloc.
//!
//! Every Python object is a heap allocation: mimalloc's thread-local size
//! classes make the allocate/free pairs of short-lived objects (iterators,
//! slices, boxed results) cheaper than glibc's malloc (bigint 1.06 -> 0.76 s,
//! wordfreq 0.96 -> 0.82 s). Built without transparent huge pages: with
//! them every run first-touches (and the kernel zeroes) 2 MiB pages, which
//! cost short runs more than the allocator saves (fannkuch +30%).
//!
//! Called directly rather than through the `mimalloc` crate, whose
//! allocator takes mimalloc's aligned entry points for every layout: word
//! alignment, which nearly every Rust allocation asks for, comes with any
//! mimalloc block (all of its size classes are multiples of the word), and
//! the plain entry points skip the alignment arithmetic (fannkuch, which
//! copies and frees a small list per permutation, runs ~5% fewer
//! instructions).

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

pub struct Mimalloc;

/// The alignment every mimalloc block has.
const BLOCK_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: mimalloc's entry points meet `GlobalAlloc`'s contract; the plain
// ones are used only for alignments every block has (see the module doc).
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= BLOCK_ALIGN {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

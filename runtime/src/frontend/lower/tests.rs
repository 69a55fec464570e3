//! Tests for `lower`.

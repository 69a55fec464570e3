//! Unit tests of runtime pieces through the public API: value encoding at
//! the int boundaries, big-int promotion and demotion, dict ordering, CPython
//! set order, the cycle collector, and the front end.

use pylift_runtime::frontend::ast::BinOp;
use pylift_runtime::interp::{JitMode, Vm};
use pylift_runtime::objects::dict::new_dict;
use pylift_runtime::objects::str::new_str;
use pylift_runtime::ops;
use pylift_runtime::value::{Value, SMALL_INT_MAX, SMALL_INT_MIN};

fn vm() -> Box<Vm> {
    Vm::new(vec!["test".into()], JitMode::Off)
}

#[test]
fn int_overflow_promotes_to_big_and_back() {
    let mut vm = vm();
    let max = Value::int(SMALL_INT_MAX);
    assert!(max.is_small_int());
    let big = ops::arith::binary(&mut vm, &max, &Value::int(1), BinOp::Add).unwrap();
    assert!(!big.is_small_int() && big.is_int(), "2^47 must be a heap big int");
    assert_eq!(ops::repr(&mut vm, &big).unwrap(), (SMALL_INT_MAX as i128 + 1).to_string());
    let back = ops::arith::binary(&mut vm, &big, &Value::int(1), BinOp::Sub).unwrap();
    assert!(back.is_small_int(), "results that fit must shrink back to the immediate form");
    assert_eq!(back.as_small_int(), SMALL_INT_MAX);
    let min = Value::int(SMALL_INT_MIN);
    assert!(min.is_small_int());
    let below = ops::arith::binary(&mut vm, &min, &Value::int(1), BinOp::Sub).unwrap();
    assert!(!below.is_small_int());
    // i64 multiplication overflow goes to big ints, never wraps.
    let x = Value::int(1 << 40);
    let sq = ops::arith::binary(&mut vm, &x, &x, BinOp::Mult).unwrap();
    assert_eq!(ops::repr(&mut vm, &sq).unwrap(), (1i128 << 80).to_string());
    let huge = ops::arith::binary(&mut vm, &sq, &sq, BinOp::Mult).unwrap();
    assert_eq!(ops::repr(&mut vm, &huge).unwrap(), "1461501637330902918203684832716283019655932542976");
}

#[test]
fn floor_division_and_modulo_follow_python_signs() {
    let mut vm = vm();
    for (a, b, q, r) in [(7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1)] {
        let qa = ops::arith::binary(&mut vm, &Value::int(a), &Value::int(b), BinOp::FloorDiv).unwrap();
        let ra = ops::arith::binary(&mut vm, &Value::int(a), &Value::int(b), BinOp::Mod).unwrap();
        assert_eq!((qa.as_small_int(), ra.as_small_int()), (q, r), "{a} // {b}, {a} % {b}");
    }
}

#[test]
fn dict_keeps_insertion_order_across_deletes_and_growth() {
    let mut vm = vm();
    let d = new_dict();
    let dd = d.as_dict().unwrap();
    for i in 0..100 {
        dd.set(&mut vm, Value::int(i * 7 % 101), Value::int(i)).unwrap();
    }
    for i in (0..100).step_by(3) {
        dd.remove(&mut vm, &Value::int(i * 7 % 101)).unwrap();
    }
    dd.set(&mut vm, new_str("tail"), Value::NONE).unwrap();
    let keys: Vec<String> = dd.keys().iter().map(|k| ops::repr(&mut vm, k).unwrap()).collect();
    let mut expected: Vec<String> = (0..100).filter(|i| i % 3 != 0).map(|i| (i * 7 % 101).to_string()).collect();
    expected.push("'tail'".into());
    assert_eq!(keys, expected);
    assert_eq!(dd.len(), expected.len());
}

#[test]
fn set_of_ints_iterates_in_cpython_order() {
    let mut vm = vm();
    let s = pylift_runtime::objects::set::new_set();
    let sd = s.as_set().unwrap();
    // CPython 3.11: adding 100, 3, 17, 64, 8, 1000 one by one gives {64, 3, 100, 8, 1000, 17}.
    for i in [100, 3, 17, 64, 8, 1000] {
        sd.add(&mut vm, Value::int(i)).unwrap();
    }
    assert_eq!(ops::repr(&mut vm, &s).unwrap(), "{64, 3, 100, 8, 1000, 17}");
}

#[test]
fn cycle_collector_frees_self_referencing_lists() {
    let _vm = vm();
    let before = pylift_runtime::gc::tracked_count();
    for _ in 0..1000 {
        let l = pylift_runtime::objects::list::new_list(vec![]);
        l.as_list().unwrap().push(l.clone());
    }
    assert!(pylift_runtime::gc::tracked_count() >= before + 1000);
    pylift_runtime::gc::collect();
    assert!(pylift_runtime::gc::tracked_count() <= before + 1, "cyclic lists must be collected");
}

#[test]
fn front_end_parses_and_reports_syntax_errors() {
    let m = pylift_runtime::frontend::parse_module("def f(x, *a, k=1, **kw):\n    return [y for y in a if y > x]\n").unwrap();
    assert_eq!(m.body.len(), 1);
    let e = pylift_runtime::frontend::parse_module("if x\n    pass\n").unwrap_err();
    assert_eq!(e.line, 1);
    assert_eq!(e.msg, "expected ':'");
}

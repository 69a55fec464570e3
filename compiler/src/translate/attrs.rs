//! Attribute loads, stores and method lookups through the instruction's
//! inline cache: inline for the state the cache holds at compile time,
//! else leaf helpers (`pylift_jit_load_attr` and friends: no frame
//! write-back, no interpreter dispatch). A miss runs the instruction
//! through the runtime (`pylift_jit_cached`), which refills the cache, so
//! both tiers share one cache and one semantics. `GetIter` of built-in
//! iterables is a leaf helper too.

use super::{Fail, Tr};
use crate::flow;
use crate::spec;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, FuncRef, InstBuilder, MemFlagsData, Value as CValue};
use pylift_runtime::jit::{DeoptReason, ATTR_MISS};
use pylift_runtime::ops::attr::CachedAttr;
use pylift_runtime::value::PAYLOAD_MASK;

/// How many inline cache states (receiver classes and shapes) an
/// attribute instruction checks inline; the helper tries the others.
const INLINE_STATES: usize = 4;

impl Tr<'_, '_> {
    /// What the inline cache of the instruction at `pc` holds, its current
    /// state first, then the states a polymorphic site saw before (at most
    /// `INLINE_STATES` in all), when native code can check and use them
    /// inline: each is one guard, tried in turn.
    fn inline_attrs(&self, pc: usize) -> Vec<CachedAttr> {
        if self.inline.is_some() {
            return Vec::new();
        }
        self.cached_states(pc)
    }

    /// The states the attribute cache of `pc` holds (at most
    /// `INLINE_STATES`), whether or not this is an inlined body.
    fn cached_states(&self, pc: usize) -> Vec<CachedAttr> {
        if !self.seq.instances_valid() {
            return Vec::new();
        }
        let Some(cache) = self.u.code.caches.get(self.u.code.instrs[pc].c as usize) else { return Vec::new() };
        let mut v = pylift_runtime::ops::attr::cached_attrs(cache);
        v.truncate(INLINE_STATES);
        v
    }

    /// Positions at `miss`, the block after one inline cache state's guard
    /// failed: the next state's guard, or (the last) the cold path.
    fn next_state(&mut self, miss: Block, last: bool) {
        self.b.switch_to_block(miss);
        if last {
            self.b.set_cold_block(miss);
        }
    }

    /// Continues if boxed `obj` is an instance whose class has version
    /// `class_version` and whose attributes have shape `shape`, else goes
    /// to `miss`; returns the object's address.
    fn instance_guard(&mut self, obj: CValue, class_version: u64, shape: u32, miss: Block) -> CValue {
        let t = MemFlagsData::trusted();
        let (p, ver) = self.instance_class_version(obj, miss);
        let same_ver = self.b.ins().icmp_imm_s(IntCC::Equal, ver, class_version as i64);
        let tag = self.b.ins().uload8(I32, t, p, self.seq.inst_attrs_tag);
        let shaped = self.b.ins().icmp_imm_s(IntCC::Equal, tag, self.seq.shaped_tag as i64);
        let ok = self.b.ins().band(same_ver, shaped);
        self.check(ok, Fail::Branch(miss), DeoptReason::ResultGuard);
        let sp = self.b.ins().load(I64, t, p, self.seq.inst_shape);
        let id = self.b.ins().uload32(t, sp, self.seq.shape_id);
        let same_shape = self.b.ins().icmp_imm_s(IntCC::Equal, id, shape as i64);
        self.check(same_shape, Fail::Branch(miss), DeoptReason::ResultGuard);
        p
    }

    /// Continues if boxed `obj` is an instance (else goes to `miss`);
    /// returns its address and its class's version.
    pub(super) fn instance_class_version(&mut self, obj: CValue, miss: Block) -> (CValue, CValue) {
        let t = MemFlagsData::trusted();
        let (p, kind) = self.object_kind(obj, Fail::Branch(miss), DeoptReason::ResultGuard);
        let is_inst = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.instance_kind as i64);
        self.check(is_inst, Fail::Branch(miss), DeoptReason::ResultGuard);
        let cls = self.b.ins().load(I64, t, p, self.seq.inst_class);
        let cp = self.b.ins().band_imm_s(cls, PAYLOAD_MASK as i64);
        (p, self.b.ins().load(I64, t, cp, self.seq.class_version))
    }

    /// The address of slot `index` of the (guarded) instance at `p`, or
    /// `miss` if it has fewer slots.
    fn slot_addr(&mut self, p: CValue, index: u32, miss: Block) -> CValue {
        let t = MemFlagsData::trusted();
        let len = self.b.ins().load(I64, t, p, self.seq.inst_values_len);
        let inb = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, len, index as i64);
        self.check(inb, Fail::Branch(miss), DeoptReason::ResultGuard);
        let vals = self.b.ins().load(I64, t, p, self.seq.inst_values_ptr);
        self.b.ins().iadd_imm_s(vals, index as i64 * 8)
    }

    /// The address of the `InlineCache` of the instruction at `pc`.
    fn cache_addr(&mut self, pc: usize) -> Option<cranelift_codegen::ir::Value> {
        let c = self.u.code.instrs[pc].c as usize;
        let cache = self.u.code.caches.get(c)?;
        Some(self.b.ins().iconst(I64, cache as *const _ as i64))
    }

    /// `LoadAttr r(a) = r(ob).name`: a slot of the class version and shape
    /// the cache holds now, inline; else the helper (other cached states),
    /// else the runtime.
    pub(super) fn load_attr(&mut self, pc: usize, a: u16, ob: u16) {
        let fail = self.inline_fail();
        let ty = spec::attr_ty(self.u.code, pc);
        let cache = self.cache_addr(pc);
        if let (Some(fail), true) = (fail, ty.is_none() || cache.is_none()) {
            // (`inline::pure` lets only typed cached loads in.)
            self.b.ins().jump(fail, &[]);
            return;
        }
        let Some(cache) = cache else { return self.call_helper(self.f.cached, pc) };
        let obj = self.boxed_of(ob);
        // (An inlined body reads typed slots only: `def_loaded` boxes none.)
        let states = self.cached_states(pc);
        for (i, st) in states.iter().enumerate() {
            let &CachedAttr::Slot { class_version, shape, index } = st else { continue };
            let miss = self.b.create_block();
            let p = self.instance_guard(obj, class_version, shape, miss);
            let addr = self.slot_addr(p, index, miss);
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            let saved = self.cur.clone();
            self.def_loaded(pc, a, v, ty);
            self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
            self.cur = saved;
            self.next_state(miss, i + 1 == states.len());
        }
        if let Some(fail) = fail {
            // An inlined body has no frame for the general path: the call
            // is made for real.
            self.b.ins().jump(fail, &[]);
            return;
        }
        let call = self.leaf_call(self.f.load_attr, &[obj, cache]);
        let v = self.b.inst_results(call)[0];
        self.leaf_result(pc, a, v, self.f.cached);
    }

    /// Continues with `v`, what a leaf helper computed for the instruction
    /// at `pc`, in register `a`; if it is `ATTR_MISS` (the helper did not
    /// apply), runs the instruction through the runtime helper `runtime`.
    pub(super) fn leaf_result(&mut self, pc: usize, a: u16, v: CValue, runtime: FuncRef) {
        let hit = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, ATTR_MISS as i64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(hit, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        self.def_boxed(a, v);
        self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.call_helper(runtime, pc);
    }

    /// `StoreAttr r(ob).name = r(vb)` (inline into a cached slot, as
    /// `load_attr`).
    pub(super) fn store_attr(&mut self, pc: usize, ob: u16, vb: u16) {
        let Some(cache) = self.cache_addr(pc) else { return self.call_helper(self.f.cached, pc) };
        let obj = self.boxed_of(ob);
        let v = self.boxed_of(vb);
        let states = self.inline_attrs(pc);
        for (i, st) in states.iter().enumerate() {
            let &CachedAttr::Slot { class_version, shape, index } = st else { continue };
            let miss = self.b.create_block();
            let p = self.instance_guard(obj, class_version, shape, miss);
            let addr = self.slot_addr(p, index, miss);
            if !self.ty(vb).unboxed() {
                self.incref(v);
            }
            let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
            self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            self.decref(old);
            let saved = self.cur.clone();
            self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
            self.cur = saved;
            self.next_state(miss, i + 1 == states.len());
        }
        let call = self.leaf_call(self.f.store_attr, &[obj, v, cache]);
        let done = self.b.inst_results(call)[0];
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(done, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.call_helper(self.f.cached, pc);
    }

    /// `LoadMethod r(a), r(a+1) = r(ob).name` (callable, self or UNDEF):
    /// the helper writes both frame slots, so their current contents must
    /// be what the slots hold (written back first if unboxed or folded).
    pub(super) fn load_method(&mut self, pc: usize, a: u16, ob: u16) {
        let Some(cache) = self.cache_addr(pc) else { return self.call_helper(self.f.cached, pc) };
        if self.inline.is_some() {
            return self.call_helper(self.f.cached, pc);
        }
        let obj = self.boxed_of(ob);
        let states = self.inline_attrs(pc);
        for (i, st) in states.iter().enumerate() {
            let CachedAttr::Method { class_version, shape, method } = st else { continue };
            let (class_version, shape, method) = (*class_version, *shape, method.clone());
            // The class's function and the instance as self, inline.
            let miss = self.b.create_block();
            self.instance_guard(obj, class_version, shape, miss);
            self.incref(obj);
            let m = self.b.ins().iconst(I64, method.bits() as i64);
            self.incref(m);
            self.pins.push(method);
            let saved = self.cur.clone();
            self.def_boxed(a, m);
            self.def_boxed(a + 1, obj);
            self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
            self.cur = saved;
            self.next_state(miss, i + 1 == states.len());
        }
        if ob == a || ob == a + 1 {
            // The helper releases the slots' values: keep the object alive.
            self.incref(obj);
        }
        let out = self.b.ins().iadd_imm_s(self.regs, a as i64 * 8);
        let call = self.leaf_call(self.f.load_method, &[obj, cache, out]);
        let hit = self.b.inst_results(call)[0];
        if ob == a || ob == a + 1 {
            self.decref(obj);
        }
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(hit, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        self.set_ty(a, super::Ty::Boxed);
        self.set_ty(a + 1, super::Ty::Boxed);
        self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.call_helper(self.f.cached, pc);
    }

    /// `GetIter r(a) = iter(r(b))`: built-in iterables through a leaf
    /// helper, anything else (`__iter__`, errors) through the runtime.
    pub(super) fn get_iter(&mut self, pc: usize, a: u16, b: u16) {
        let obj = self.boxed_of(b);
        if self.u.hints.virtual_iter.get(pc).copied().flatten() == Some(super::Ty::VList) {
            // A list: its iterator is virtual (`Ty::VList`), the slot owns
            // the list. Anything else makes a real iterator, below.
            let other = self.b.create_block();
            let (p, kind) = self.object_kind(obj, Fail::Branch(other), DeoptReason::ResultGuard);
            let is_list = self.b.ins().icmp_imm_s(IntCC::Equal, kind, self.seq.list_kind as i64);
            self.check(is_list, Fail::Branch(other), DeoptReason::ResultGuard);
            self.incref(obj);
            let saved = self.cur.clone();
            self.def_boxed(a, obj);
            let zero = self.b.ins().iconst(I64, 0);
            self.b.def_var(self.u.vi[a as usize], zero);
            self.b.def_var(self.u.vr[a as usize].0, p);
            self.set_ty(a, super::Ty::VList);
            self.edge(flow::next_pc(self.u.code, pc), DeoptReason::ResultGuard);
            self.cur = saved;
            self.b.switch_to_block(other);
            self.b.set_cold_block(other);
        }
        let call = self.leaf_call(self.f.get_iter, &[obj]);
        let v = self.b.inst_results(call)[0];
        self.leaf_result(pc, a, v, self.f.step);
    }

    /// `BuildSlice` at `pc` whose slice only the `GetItem` right after it
    /// uses, on a list or tuple (`x[i:j]`): one leaf call slices, and no
    /// slice object is made. Anything else makes the slice and runs the
    /// `GetItem` through the runtime.
    pub(super) fn build_and_get_slice(&mut self, pc: usize) {
        let ins = self.u.code.instrs[pc];
        let gi_pc = flow::next_pc(self.u.code, pc);
        let gi = self.u.code.instrs[gi_pc];
        let bounds: Vec<CValue> = (0..3).map(|i| self.boxed_of(ins.b + i)).collect();
        let obj = self.boxed_of(gi.b);
        let call = self.leaf_call(self.f.get_slice, &[obj, bounds[0], bounds[1], bounds[2]]);
        let v = self.b.inst_results(call)[0];
        let hit = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, ATTR_MISS as i64);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.ins().brif(hit, fast, &[], slow, &[]);
        let saved = self.cur.clone();
        self.b.switch_to_block(fast);
        // The slice's register is left unbound (as if made and released).
        let undef = self.b.ins().iconst(I64, pylift_runtime::value::Value::UNDEF.bits() as i64);
        self.def_boxed(ins.a, undef);
        self.def_boxed(gi.a, v);
        self.edge(flow::next_pc(self.u.code, gi_pc), DeoptReason::ResultGuard);
        self.cur = saved;
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        let call = self.b.ins().call(self.f.build_slice, &bounds);
        let sl = self.b.inst_results(call)[0];
        self.def_boxed(ins.a, sl);
        self.call_helper(self.f.step, gi_pc);
    }
}

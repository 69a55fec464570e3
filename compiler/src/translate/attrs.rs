//! Attribute loads, stores and method lookups through the instruction's
//! inline cache, called as leaf helpers (`pylift_jit_load_attr` and
//! friends): no frame write-back, no interpreter dispatch. A miss runs the
//! instruction through the runtime (`pylift_jit_cached`), which refills the
//! cache, so both tiers share one cache and one semantics.

use super::Tr;
use crate::flow;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::InstBuilder;
use pylift_runtime::jit::{DeoptReason, ATTR_MISS};

impl Tr<'_, '_> {
    /// The address of the `InlineCache` of the instruction at `pc`.
    fn cache_addr(&mut self, pc: usize) -> Option<cranelift_codegen::ir::Value> {
        let c = self.u.code.instrs[pc].c as usize;
        let cache = self.u.code.caches.get(c)?;
        Some(self.b.ins().iconst(I64, cache as *const _ as i64))
    }

    /// `LoadAttr r(a) = r(ob).name`.
    pub(super) fn load_attr(&mut self, pc: usize, a: u16, ob: u16) {
        let Some(cache) = self.cache_addr(pc) else { return self.call_helper(self.f.cached, pc) };
        let obj = self.boxed_of(ob);
        let call = self.b.ins().call(self.f.load_attr, &[obj, cache]);
        let v = self.b.inst_results(call)[0];
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
        self.call_helper(self.f.cached, pc);
    }

    /// `StoreAttr r(ob).name = r(vb)`.
    pub(super) fn store_attr(&mut self, pc: usize, ob: u16, vb: u16) {
        let Some(cache) = self.cache_addr(pc) else { return self.call_helper(self.f.cached, pc) };
        let obj = self.boxed_of(ob);
        let v = self.boxed_of(vb);
        let call = self.b.ins().call(self.f.store_attr, &[obj, v, cache]);
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
        if ob == a || ob == a + 1 {
            // The helper releases the slots' values: keep the object alive.
            self.incref(obj);
        }
        let out = self.b.ins().iadd_imm_s(self.regs, a as i64 * 8);
        let call = self.b.ins().call(self.f.load_method, &[obj, cache, out]);
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
}

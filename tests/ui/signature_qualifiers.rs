use itest::prelude::*;

#[itest]
const fn constant() {}

#[itest]
unsafe fn not_safe() {}

#[itest]
extern "C" fn foreign_abi() {}

fn main() {}

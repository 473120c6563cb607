//! Fixtures that depend on each other, however long the cycle.
use itest::prelude::*;

pub struct A;
pub struct B;
pub struct C;

#[fixture]
fn a(c: &C) -> A {
    let _ = c;
    A
}

#[fixture]
fn b(a: &A) -> B {
    let _ = a;
    B
}

#[fixture]
fn c(b: &B) -> C {
    let _ = b;
    C
}

#[fixture]
fn me(me: &u8) -> u8 {
    *me
}

fn main() {}

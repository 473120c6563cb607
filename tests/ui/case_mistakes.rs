use itest::prelude::*;

#[itest]
#[case(1, 2)]
#[case(1)]
#[case(1, 2, 3)]
fn wrong_arity(#[case] a: i64, #[case] b: i64) {
    let _ = (a, b);
}

#[itest]
fn no_cases(#[case] a: i64) {
    let _ = a;
}

#[itest]
#[case(1)]
fn no_case_parameter() {}


#[itest]
fn empty_values(#[values()] a: i64, #[values] b: i64) {
    let _ = (a, b);
}
fn main() {}

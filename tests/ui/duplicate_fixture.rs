use itest::prelude::*;

mod a {
    use itest::prelude::*;

    #[fixture]
    pub fn users() {}
}

#[fixture]
fn users() {}

#[fixture]
fn orders() {}

#[itest(fixtures = [users, orders, users])]
fn fixture_twice() {}

#[itest(fixtures = [users, a::users])]
fn same_name() {}

fn main() {}

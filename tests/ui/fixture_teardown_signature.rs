//! Teardowns that cannot tear down the fixture's value.
use itest::prelude::*;

pub struct Server;
pub struct NotDebug;

#[fixture(teardown = wrong_type)]
fn server() -> Server {
    Server
}

async fn wrong_type(_: &u16) {}

#[fixture(teardown = returns_number)]
fn other_server() -> Server {
    Server
}

async fn returns_number(_: &Server) -> u8 {
    1
}

#[fixture(teardown = missing)]
fn third_server() -> Server {
    Server
}

fn main() {}

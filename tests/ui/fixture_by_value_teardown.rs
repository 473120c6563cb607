//! A fixture with a teardown taken by value: the teardown needs it after the test.
use itest::prelude::*;

pub struct Server;

#[fixture(teardown = stop)]
fn server() -> Server {
    Server
}

async fn stop(_: &Server) {}

#[itest(fixtures = [server])]
fn owns_server(server: Server) {
    let _ = server;
}

fn main() {}

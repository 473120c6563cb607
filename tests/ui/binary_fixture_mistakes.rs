//! Binary-wide fixtures: no database, only binary-wide dependencies, shared
//! values only (`&T`, `Send + Sync`), and a known scope.
use itest::prelude::*;
use std::rc::Rc;

pub struct Config;
pub struct Client;

#[fixture]
fn config() -> Config {
    Config
}

#[fixture(scope = "binary")]
async fn pool_owner(db: &mut Db) -> u32 {
    let _ = db;
    1
}

#[fixture(scope = "binary")]
fn client(config: &Config) -> Client {
    let _ = config;
    Client
}

#[fixture(scope = "binary")]
fn counter() -> Rc<u8> {
    Rc::new(0)
}

#[fixture(scope = "binry")]
fn typo() -> u8 {
    0
}

#[fixture(scope = "binary")]
fn shared_client() -> Client {
    Client
}

#[itest(fixtures = [shared_client])]
fn owns_client(shared_client: Client) {
    let _ = shared_client;
}

fn main() {}

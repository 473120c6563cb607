#!/usr/bin/env python3
"""Writes the build-time suites, 500 tests each, that bench/compile.sh and
bench/run.sh time (in bench/compile/):

  compile/tests/compile_itest.rs        #[itest], trivial bodies
  compile/tests/compile_tokio.rs        #[tokio::test], the same bodies
  compile/tests/compile_itest_query.rs  #[itest(db = "tx")], one query on db.conn()
  compile/tests/compile_tokio_query.rs  #[tokio::test] that connects, then the same query

    python3 bench/gen-compile.py
"""
import os

N = 500
# In bench/compile/, whose itest has its default features only (PostgreSQL).
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compile", "tests")

TRIVIAL = "    tokio::task::yield_now().await;\n"
QUERY = """\
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind({i}_i32)
        .fetch_one({conn})
        .await
        .unwrap();
    assert_eq!(n, {i});
"""

suites = {
    "compile_itest.rs": (
        "//! Compile-time cost: 500 `#[itest]` tests (built, never run by the benchmark).\n"
        "use itest::prelude::*;\n",
        '#[itest(timeout = "5s")]\nasync fn c_{i:03}() {{\n' + TRIVIAL + "}}\n",
    ),
    "compile_tokio.rs": (
        "//! Compile-time cost: the same 500 tests as `#[tokio::test]`.\n",
        "#[tokio::test]\nasync fn c_{i:03}() {{\n" + TRIVIAL + "}}\n",
    ),
    "compile_itest_query.rs": (
        "//! Compile-time cost: 500 `#[itest(db = \"tx\")]` tests of one query each\n"
        "//! (built, never run by the benchmark).\n"
        "use itest::prelude::*;\n",
        '#[itest(db = "tx")]\nasync fn q_{i:03}(db: &mut Db) {{\n'
        + QUERY.replace("{conn}", "db.conn()").replace("{", "{{").replace("}", "}}")
        .replace("{{i}}", "{i}")
        + "}}\n",
    ),
    "compile_tokio_query.rs": (
        "//! Compile-time cost: the same 500 tests as `#[tokio::test]`, each\n"
        "//! connecting to DATABASE_URL itself.\n"
        "use sqlx::{Connection, PgConnection};\n",
        "#[tokio::test]\nasync fn q_{i:03}() {{\n"
        '    let url = std::env::var("DATABASE_URL").unwrap();\n'
        "    let mut conn = PgConnection::connect(&url).await.unwrap();\n"
        + QUERY.replace("{conn}", "&mut conn").replace("{", "{{").replace("}", "}}")
        .replace("{{i}}", "{i}")
        + "}}\n",
    ),
}

for name, (header, test) in suites.items():
    with open(os.path.join(here, name), "w") as f:
        f.write(header)
        for i in range(N):
            f.write("\n" + test.format(i=i))

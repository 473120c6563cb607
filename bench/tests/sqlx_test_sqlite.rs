//! The peer on SQLite: `#[sqlx::test]` creates a database file per test
//! (under `target/sqlx/test-dbs/` of the working directory) and runs every
//! migration (`migrations-sqlite/`) into it.
mod common_sqlite;

use sqlx::SqlitePool;

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_000(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 0).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_001(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 1).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_002(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 2).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_003(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 3).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_004(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 4).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_005(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 5).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_006(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 6).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_007(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 7).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_008(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 8).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_009(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 9).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_010(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 10).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_011(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 11).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_012(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 12).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_013(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 13).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_014(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 14).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_015(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 15).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_016(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 16).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_017(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 17).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_018(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 18).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_019(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 19).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_020(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 20).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_021(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 21).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_022(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 22).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_023(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 23).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_024(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 24).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_025(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 25).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_026(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 26).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_027(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 27).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_028(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 28).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_029(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 29).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_030(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 30).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_031(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 31).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_032(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 32).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_033(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 33).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_034(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 34).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_035(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 35).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_036(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 36).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_037(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 37).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_038(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 38).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_039(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 39).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_040(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 40).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_041(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 41).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_042(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 42).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_043(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 43).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_044(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 44).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_045(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 45).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_046(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 46).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_047(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 47).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_048(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 48).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_049(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 49).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_050(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 50).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_051(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 51).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_052(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 52).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_053(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 53).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_054(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 54).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_055(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 55).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_056(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 56).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_057(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 57).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_058(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 58).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_059(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 59).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_060(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 60).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_061(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 61).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_062(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 62).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_063(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 63).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_064(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 64).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_065(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 65).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_066(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 66).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_067(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 67).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_068(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 68).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_069(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 69).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_070(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 70).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_071(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 71).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_072(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 72).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_073(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 73).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_074(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 74).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_075(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 75).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_076(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 76).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_077(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 77).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_078(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 78).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_079(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 79).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_080(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 80).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_081(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 81).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_082(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 82).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_083(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 83).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_084(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 84).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_085(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 85).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_086(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 86).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_087(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 87).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_088(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 88).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_089(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 89).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_090(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 90).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_091(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 91).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_092(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 92).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_093(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 93).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_094(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 94).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_095(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 95).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_096(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 96).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_097(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 97).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_098(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 98).await;
}

#[sqlx::test(migrations = "./migrations-sqlite")]
async fn t_099(pool: SqlitePool) {
    common_sqlite::work(&mut pool.acquire().await.unwrap(), 99).await;
}

//! itest on SQLite, db = "fresh".
mod common_sqlite;

use itest::prelude::*;

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_000(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 0).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_001(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 1).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_002(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 2).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_003(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 3).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_004(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 4).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_005(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 5).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_006(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 6).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_007(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 7).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_008(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 8).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_009(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 9).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_010(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 10).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_011(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 11).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_012(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 12).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_013(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 13).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_014(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 14).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_015(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 15).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_016(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 16).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_017(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 17).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_018(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 18).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_019(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 19).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_020(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 20).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_021(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 21).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_022(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 22).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_023(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 23).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_024(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 24).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_025(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 25).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_026(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 26).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_027(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 27).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_028(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 28).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_029(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 29).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_030(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 30).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_031(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 31).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_032(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 32).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_033(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 33).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_034(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 34).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_035(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 35).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_036(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 36).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_037(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 37).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_038(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 38).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_039(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 39).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_040(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 40).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_041(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 41).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_042(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 42).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_043(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 43).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_044(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 44).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_045(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 45).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_046(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 46).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_047(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 47).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_048(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 48).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_049(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 49).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_050(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 50).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_051(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 51).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_052(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 52).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_053(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 53).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_054(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 54).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_055(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 55).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_056(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 56).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_057(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 57).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_058(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 58).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_059(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 59).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_060(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 60).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_061(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 61).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_062(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 62).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_063(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 63).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_064(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 64).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_065(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 65).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_066(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 66).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_067(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 67).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_068(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 68).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_069(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 69).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_070(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 70).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_071(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 71).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_072(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 72).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_073(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 73).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_074(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 74).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_075(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 75).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_076(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 76).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_077(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 77).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_078(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 78).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_079(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 79).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_080(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 80).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_081(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 81).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_082(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 82).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_083(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 83).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_084(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 84).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_085(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 85).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_086(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 86).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_087(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 87).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_088(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 88).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_089(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 89).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_090(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 90).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_091(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 91).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_092(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 92).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_093(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 93).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_094(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 94).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_095(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 95).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_096(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 96).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_097(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 97).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_098(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 98).await;
}

#[itest(db = "fresh", migrations = "migrations-sqlite")]
async fn t_099(db: &mut Db<sqlx::Sqlite>) {
    common_sqlite::work(&mut db.conn(), 99).await;
}

//! The peer: `#[sqlx::test]` creates a database and runs every migration
//! (`migrations/`, its default) per test.
mod common;

use sqlx::PgPool;

#[sqlx::test]
async fn t_000(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 0).await;
}

#[sqlx::test]
async fn t_001(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 1).await;
}

#[sqlx::test]
async fn t_002(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 2).await;
}

#[sqlx::test]
async fn t_003(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 3).await;
}

#[sqlx::test]
async fn t_004(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 4).await;
}

#[sqlx::test]
async fn t_005(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 5).await;
}

#[sqlx::test]
async fn t_006(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 6).await;
}

#[sqlx::test]
async fn t_007(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 7).await;
}

#[sqlx::test]
async fn t_008(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 8).await;
}

#[sqlx::test]
async fn t_009(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 9).await;
}

#[sqlx::test]
async fn t_010(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 10).await;
}

#[sqlx::test]
async fn t_011(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 11).await;
}

#[sqlx::test]
async fn t_012(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 12).await;
}

#[sqlx::test]
async fn t_013(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 13).await;
}

#[sqlx::test]
async fn t_014(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 14).await;
}

#[sqlx::test]
async fn t_015(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 15).await;
}

#[sqlx::test]
async fn t_016(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 16).await;
}

#[sqlx::test]
async fn t_017(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 17).await;
}

#[sqlx::test]
async fn t_018(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 18).await;
}

#[sqlx::test]
async fn t_019(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 19).await;
}

#[sqlx::test]
async fn t_020(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 20).await;
}

#[sqlx::test]
async fn t_021(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 21).await;
}

#[sqlx::test]
async fn t_022(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 22).await;
}

#[sqlx::test]
async fn t_023(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 23).await;
}

#[sqlx::test]
async fn t_024(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 24).await;
}

#[sqlx::test]
async fn t_025(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 25).await;
}

#[sqlx::test]
async fn t_026(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 26).await;
}

#[sqlx::test]
async fn t_027(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 27).await;
}

#[sqlx::test]
async fn t_028(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 28).await;
}

#[sqlx::test]
async fn t_029(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 29).await;
}

#[sqlx::test]
async fn t_030(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 30).await;
}

#[sqlx::test]
async fn t_031(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 31).await;
}

#[sqlx::test]
async fn t_032(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 32).await;
}

#[sqlx::test]
async fn t_033(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 33).await;
}

#[sqlx::test]
async fn t_034(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 34).await;
}

#[sqlx::test]
async fn t_035(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 35).await;
}

#[sqlx::test]
async fn t_036(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 36).await;
}

#[sqlx::test]
async fn t_037(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 37).await;
}

#[sqlx::test]
async fn t_038(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 38).await;
}

#[sqlx::test]
async fn t_039(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 39).await;
}

#[sqlx::test]
async fn t_040(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 40).await;
}

#[sqlx::test]
async fn t_041(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 41).await;
}

#[sqlx::test]
async fn t_042(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 42).await;
}

#[sqlx::test]
async fn t_043(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 43).await;
}

#[sqlx::test]
async fn t_044(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 44).await;
}

#[sqlx::test]
async fn t_045(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 45).await;
}

#[sqlx::test]
async fn t_046(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 46).await;
}

#[sqlx::test]
async fn t_047(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 47).await;
}

#[sqlx::test]
async fn t_048(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 48).await;
}

#[sqlx::test]
async fn t_049(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 49).await;
}

#[sqlx::test]
async fn t_050(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 50).await;
}

#[sqlx::test]
async fn t_051(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 51).await;
}

#[sqlx::test]
async fn t_052(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 52).await;
}

#[sqlx::test]
async fn t_053(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 53).await;
}

#[sqlx::test]
async fn t_054(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 54).await;
}

#[sqlx::test]
async fn t_055(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 55).await;
}

#[sqlx::test]
async fn t_056(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 56).await;
}

#[sqlx::test]
async fn t_057(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 57).await;
}

#[sqlx::test]
async fn t_058(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 58).await;
}

#[sqlx::test]
async fn t_059(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 59).await;
}

#[sqlx::test]
async fn t_060(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 60).await;
}

#[sqlx::test]
async fn t_061(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 61).await;
}

#[sqlx::test]
async fn t_062(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 62).await;
}

#[sqlx::test]
async fn t_063(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 63).await;
}

#[sqlx::test]
async fn t_064(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 64).await;
}

#[sqlx::test]
async fn t_065(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 65).await;
}

#[sqlx::test]
async fn t_066(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 66).await;
}

#[sqlx::test]
async fn t_067(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 67).await;
}

#[sqlx::test]
async fn t_068(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 68).await;
}

#[sqlx::test]
async fn t_069(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 69).await;
}

#[sqlx::test]
async fn t_070(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 70).await;
}

#[sqlx::test]
async fn t_071(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 71).await;
}

#[sqlx::test]
async fn t_072(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 72).await;
}

#[sqlx::test]
async fn t_073(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 73).await;
}

#[sqlx::test]
async fn t_074(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 74).await;
}

#[sqlx::test]
async fn t_075(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 75).await;
}

#[sqlx::test]
async fn t_076(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 76).await;
}

#[sqlx::test]
async fn t_077(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 77).await;
}

#[sqlx::test]
async fn t_078(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 78).await;
}

#[sqlx::test]
async fn t_079(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 79).await;
}

#[sqlx::test]
async fn t_080(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 80).await;
}

#[sqlx::test]
async fn t_081(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 81).await;
}

#[sqlx::test]
async fn t_082(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 82).await;
}

#[sqlx::test]
async fn t_083(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 83).await;
}

#[sqlx::test]
async fn t_084(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 84).await;
}

#[sqlx::test]
async fn t_085(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 85).await;
}

#[sqlx::test]
async fn t_086(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 86).await;
}

#[sqlx::test]
async fn t_087(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 87).await;
}

#[sqlx::test]
async fn t_088(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 88).await;
}

#[sqlx::test]
async fn t_089(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 89).await;
}

#[sqlx::test]
async fn t_090(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 90).await;
}

#[sqlx::test]
async fn t_091(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 91).await;
}

#[sqlx::test]
async fn t_092(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 92).await;
}

#[sqlx::test]
async fn t_093(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 93).await;
}

#[sqlx::test]
async fn t_094(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 94).await;
}

#[sqlx::test]
async fn t_095(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 95).await;
}

#[sqlx::test]
async fn t_096(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 96).await;
}

#[sqlx::test]
async fn t_097(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 97).await;
}

#[sqlx::test]
async fn t_098(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 98).await;
}

#[sqlx::test]
async fn t_099(pool: PgPool) {
    common::work(&mut pool.acquire().await.unwrap(), 99).await;
}

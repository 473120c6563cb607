//! Compile-time cost: the same 500 tests as `#[tokio::test]`, each
//! connecting to DATABASE_URL itself.
use sqlx::{Connection, PgConnection};

#[tokio::test]
async fn q_000() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(0_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[tokio::test]
async fn q_001() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(1_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[tokio::test]
async fn q_002() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(2_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 2);
}

#[tokio::test]
async fn q_003() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(3_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 3);
}

#[tokio::test]
async fn q_004() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(4_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 4);
}

#[tokio::test]
async fn q_005() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(5_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 5);
}

#[tokio::test]
async fn q_006() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(6_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 6);
}

#[tokio::test]
async fn q_007() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(7_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 7);
}

#[tokio::test]
async fn q_008() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(8_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 8);
}

#[tokio::test]
async fn q_009() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(9_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 9);
}

#[tokio::test]
async fn q_010() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(10_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 10);
}

#[tokio::test]
async fn q_011() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(11_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 11);
}

#[tokio::test]
async fn q_012() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(12_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 12);
}

#[tokio::test]
async fn q_013() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(13_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 13);
}

#[tokio::test]
async fn q_014() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(14_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 14);
}

#[tokio::test]
async fn q_015() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(15_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 15);
}

#[tokio::test]
async fn q_016() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(16_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 16);
}

#[tokio::test]
async fn q_017() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(17_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 17);
}

#[tokio::test]
async fn q_018() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(18_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 18);
}

#[tokio::test]
async fn q_019() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(19_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 19);
}

#[tokio::test]
async fn q_020() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(20_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 20);
}

#[tokio::test]
async fn q_021() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(21_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 21);
}

#[tokio::test]
async fn q_022() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(22_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 22);
}

#[tokio::test]
async fn q_023() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(23_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 23);
}

#[tokio::test]
async fn q_024() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(24_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 24);
}

#[tokio::test]
async fn q_025() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(25_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 25);
}

#[tokio::test]
async fn q_026() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(26_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 26);
}

#[tokio::test]
async fn q_027() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(27_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 27);
}

#[tokio::test]
async fn q_028() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(28_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 28);
}

#[tokio::test]
async fn q_029() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(29_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 29);
}

#[tokio::test]
async fn q_030() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(30_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 30);
}

#[tokio::test]
async fn q_031() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(31_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 31);
}

#[tokio::test]
async fn q_032() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(32_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 32);
}

#[tokio::test]
async fn q_033() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(33_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 33);
}

#[tokio::test]
async fn q_034() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(34_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 34);
}

#[tokio::test]
async fn q_035() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(35_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 35);
}

#[tokio::test]
async fn q_036() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(36_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 36);
}

#[tokio::test]
async fn q_037() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(37_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 37);
}

#[tokio::test]
async fn q_038() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(38_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 38);
}

#[tokio::test]
async fn q_039() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(39_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 39);
}

#[tokio::test]
async fn q_040() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(40_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 40);
}

#[tokio::test]
async fn q_041() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(41_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 41);
}

#[tokio::test]
async fn q_042() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(42_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 42);
}

#[tokio::test]
async fn q_043() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(43_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 43);
}

#[tokio::test]
async fn q_044() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(44_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 44);
}

#[tokio::test]
async fn q_045() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(45_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 45);
}

#[tokio::test]
async fn q_046() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(46_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 46);
}

#[tokio::test]
async fn q_047() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(47_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 47);
}

#[tokio::test]
async fn q_048() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(48_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 48);
}

#[tokio::test]
async fn q_049() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(49_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 49);
}

#[tokio::test]
async fn q_050() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(50_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 50);
}

#[tokio::test]
async fn q_051() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(51_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 51);
}

#[tokio::test]
async fn q_052() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(52_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 52);
}

#[tokio::test]
async fn q_053() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(53_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 53);
}

#[tokio::test]
async fn q_054() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(54_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 54);
}

#[tokio::test]
async fn q_055() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(55_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 55);
}

#[tokio::test]
async fn q_056() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(56_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 56);
}

#[tokio::test]
async fn q_057() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(57_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 57);
}

#[tokio::test]
async fn q_058() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(58_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 58);
}

#[tokio::test]
async fn q_059() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(59_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 59);
}

#[tokio::test]
async fn q_060() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(60_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 60);
}

#[tokio::test]
async fn q_061() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(61_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 61);
}

#[tokio::test]
async fn q_062() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(62_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 62);
}

#[tokio::test]
async fn q_063() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(63_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 63);
}

#[tokio::test]
async fn q_064() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(64_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 64);
}

#[tokio::test]
async fn q_065() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(65_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 65);
}

#[tokio::test]
async fn q_066() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(66_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 66);
}

#[tokio::test]
async fn q_067() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(67_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 67);
}

#[tokio::test]
async fn q_068() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(68_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 68);
}

#[tokio::test]
async fn q_069() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(69_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 69);
}

#[tokio::test]
async fn q_070() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(70_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 70);
}

#[tokio::test]
async fn q_071() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(71_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 71);
}

#[tokio::test]
async fn q_072() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(72_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 72);
}

#[tokio::test]
async fn q_073() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(73_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 73);
}

#[tokio::test]
async fn q_074() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(74_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 74);
}

#[tokio::test]
async fn q_075() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(75_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 75);
}

#[tokio::test]
async fn q_076() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(76_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 76);
}

#[tokio::test]
async fn q_077() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(77_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 77);
}

#[tokio::test]
async fn q_078() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(78_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 78);
}

#[tokio::test]
async fn q_079() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(79_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 79);
}

#[tokio::test]
async fn q_080() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(80_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 80);
}

#[tokio::test]
async fn q_081() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(81_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 81);
}

#[tokio::test]
async fn q_082() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(82_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 82);
}

#[tokio::test]
async fn q_083() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(83_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 83);
}

#[tokio::test]
async fn q_084() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(84_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 84);
}

#[tokio::test]
async fn q_085() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(85_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 85);
}

#[tokio::test]
async fn q_086() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(86_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 86);
}

#[tokio::test]
async fn q_087() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(87_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 87);
}

#[tokio::test]
async fn q_088() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(88_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 88);
}

#[tokio::test]
async fn q_089() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(89_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 89);
}

#[tokio::test]
async fn q_090() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(90_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 90);
}

#[tokio::test]
async fn q_091() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(91_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 91);
}

#[tokio::test]
async fn q_092() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(92_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 92);
}

#[tokio::test]
async fn q_093() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(93_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 93);
}

#[tokio::test]
async fn q_094() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(94_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 94);
}

#[tokio::test]
async fn q_095() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(95_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 95);
}

#[tokio::test]
async fn q_096() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(96_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 96);
}

#[tokio::test]
async fn q_097() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(97_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 97);
}

#[tokio::test]
async fn q_098() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(98_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 98);
}

#[tokio::test]
async fn q_099() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(99_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 99);
}

#[tokio::test]
async fn q_100() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(100_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 100);
}

#[tokio::test]
async fn q_101() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(101_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 101);
}

#[tokio::test]
async fn q_102() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(102_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 102);
}

#[tokio::test]
async fn q_103() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(103_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 103);
}

#[tokio::test]
async fn q_104() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(104_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 104);
}

#[tokio::test]
async fn q_105() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(105_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 105);
}

#[tokio::test]
async fn q_106() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(106_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 106);
}

#[tokio::test]
async fn q_107() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(107_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 107);
}

#[tokio::test]
async fn q_108() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(108_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 108);
}

#[tokio::test]
async fn q_109() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(109_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 109);
}

#[tokio::test]
async fn q_110() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(110_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 110);
}

#[tokio::test]
async fn q_111() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(111_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 111);
}

#[tokio::test]
async fn q_112() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(112_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 112);
}

#[tokio::test]
async fn q_113() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(113_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 113);
}

#[tokio::test]
async fn q_114() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(114_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 114);
}

#[tokio::test]
async fn q_115() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(115_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 115);
}

#[tokio::test]
async fn q_116() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(116_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 116);
}

#[tokio::test]
async fn q_117() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(117_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 117);
}

#[tokio::test]
async fn q_118() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(118_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 118);
}

#[tokio::test]
async fn q_119() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(119_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 119);
}

#[tokio::test]
async fn q_120() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(120_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 120);
}

#[tokio::test]
async fn q_121() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(121_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 121);
}

#[tokio::test]
async fn q_122() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(122_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 122);
}

#[tokio::test]
async fn q_123() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(123_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 123);
}

#[tokio::test]
async fn q_124() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(124_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 124);
}

#[tokio::test]
async fn q_125() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(125_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 125);
}

#[tokio::test]
async fn q_126() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(126_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 126);
}

#[tokio::test]
async fn q_127() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(127_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 127);
}

#[tokio::test]
async fn q_128() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(128_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 128);
}

#[tokio::test]
async fn q_129() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(129_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 129);
}

#[tokio::test]
async fn q_130() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(130_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 130);
}

#[tokio::test]
async fn q_131() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(131_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 131);
}

#[tokio::test]
async fn q_132() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(132_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 132);
}

#[tokio::test]
async fn q_133() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(133_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 133);
}

#[tokio::test]
async fn q_134() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(134_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 134);
}

#[tokio::test]
async fn q_135() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(135_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 135);
}

#[tokio::test]
async fn q_136() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(136_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 136);
}

#[tokio::test]
async fn q_137() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(137_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 137);
}

#[tokio::test]
async fn q_138() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(138_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 138);
}

#[tokio::test]
async fn q_139() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(139_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 139);
}

#[tokio::test]
async fn q_140() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(140_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 140);
}

#[tokio::test]
async fn q_141() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(141_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 141);
}

#[tokio::test]
async fn q_142() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(142_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 142);
}

#[tokio::test]
async fn q_143() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(143_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 143);
}

#[tokio::test]
async fn q_144() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(144_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 144);
}

#[tokio::test]
async fn q_145() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(145_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 145);
}

#[tokio::test]
async fn q_146() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(146_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 146);
}

#[tokio::test]
async fn q_147() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(147_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 147);
}

#[tokio::test]
async fn q_148() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(148_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 148);
}

#[tokio::test]
async fn q_149() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(149_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 149);
}

#[tokio::test]
async fn q_150() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(150_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 150);
}

#[tokio::test]
async fn q_151() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(151_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 151);
}

#[tokio::test]
async fn q_152() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(152_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 152);
}

#[tokio::test]
async fn q_153() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(153_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 153);
}

#[tokio::test]
async fn q_154() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(154_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 154);
}

#[tokio::test]
async fn q_155() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(155_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 155);
}

#[tokio::test]
async fn q_156() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(156_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 156);
}

#[tokio::test]
async fn q_157() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(157_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 157);
}

#[tokio::test]
async fn q_158() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(158_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 158);
}

#[tokio::test]
async fn q_159() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(159_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 159);
}

#[tokio::test]
async fn q_160() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(160_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 160);
}

#[tokio::test]
async fn q_161() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(161_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 161);
}

#[tokio::test]
async fn q_162() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(162_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 162);
}

#[tokio::test]
async fn q_163() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(163_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 163);
}

#[tokio::test]
async fn q_164() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(164_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 164);
}

#[tokio::test]
async fn q_165() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(165_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 165);
}

#[tokio::test]
async fn q_166() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(166_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 166);
}

#[tokio::test]
async fn q_167() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(167_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 167);
}

#[tokio::test]
async fn q_168() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(168_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 168);
}

#[tokio::test]
async fn q_169() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(169_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 169);
}

#[tokio::test]
async fn q_170() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(170_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 170);
}

#[tokio::test]
async fn q_171() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(171_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 171);
}

#[tokio::test]
async fn q_172() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(172_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 172);
}

#[tokio::test]
async fn q_173() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(173_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 173);
}

#[tokio::test]
async fn q_174() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(174_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 174);
}

#[tokio::test]
async fn q_175() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(175_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 175);
}

#[tokio::test]
async fn q_176() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(176_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 176);
}

#[tokio::test]
async fn q_177() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(177_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 177);
}

#[tokio::test]
async fn q_178() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(178_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 178);
}

#[tokio::test]
async fn q_179() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(179_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 179);
}

#[tokio::test]
async fn q_180() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(180_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 180);
}

#[tokio::test]
async fn q_181() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(181_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 181);
}

#[tokio::test]
async fn q_182() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(182_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 182);
}

#[tokio::test]
async fn q_183() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(183_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 183);
}

#[tokio::test]
async fn q_184() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(184_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 184);
}

#[tokio::test]
async fn q_185() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(185_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 185);
}

#[tokio::test]
async fn q_186() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(186_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 186);
}

#[tokio::test]
async fn q_187() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(187_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 187);
}

#[tokio::test]
async fn q_188() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(188_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 188);
}

#[tokio::test]
async fn q_189() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(189_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 189);
}

#[tokio::test]
async fn q_190() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(190_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 190);
}

#[tokio::test]
async fn q_191() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(191_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 191);
}

#[tokio::test]
async fn q_192() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(192_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 192);
}

#[tokio::test]
async fn q_193() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(193_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 193);
}

#[tokio::test]
async fn q_194() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(194_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 194);
}

#[tokio::test]
async fn q_195() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(195_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 195);
}

#[tokio::test]
async fn q_196() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(196_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 196);
}

#[tokio::test]
async fn q_197() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(197_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 197);
}

#[tokio::test]
async fn q_198() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(198_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 198);
}

#[tokio::test]
async fn q_199() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(199_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 199);
}

#[tokio::test]
async fn q_200() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(200_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 200);
}

#[tokio::test]
async fn q_201() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(201_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 201);
}

#[tokio::test]
async fn q_202() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(202_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 202);
}

#[tokio::test]
async fn q_203() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(203_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 203);
}

#[tokio::test]
async fn q_204() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(204_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 204);
}

#[tokio::test]
async fn q_205() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(205_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 205);
}

#[tokio::test]
async fn q_206() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(206_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 206);
}

#[tokio::test]
async fn q_207() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(207_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 207);
}

#[tokio::test]
async fn q_208() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(208_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 208);
}

#[tokio::test]
async fn q_209() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(209_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 209);
}

#[tokio::test]
async fn q_210() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(210_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 210);
}

#[tokio::test]
async fn q_211() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(211_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 211);
}

#[tokio::test]
async fn q_212() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(212_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 212);
}

#[tokio::test]
async fn q_213() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(213_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 213);
}

#[tokio::test]
async fn q_214() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(214_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 214);
}

#[tokio::test]
async fn q_215() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(215_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 215);
}

#[tokio::test]
async fn q_216() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(216_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 216);
}

#[tokio::test]
async fn q_217() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(217_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 217);
}

#[tokio::test]
async fn q_218() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(218_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 218);
}

#[tokio::test]
async fn q_219() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(219_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 219);
}

#[tokio::test]
async fn q_220() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(220_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 220);
}

#[tokio::test]
async fn q_221() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(221_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 221);
}

#[tokio::test]
async fn q_222() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(222_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 222);
}

#[tokio::test]
async fn q_223() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(223_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 223);
}

#[tokio::test]
async fn q_224() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(224_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 224);
}

#[tokio::test]
async fn q_225() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(225_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 225);
}

#[tokio::test]
async fn q_226() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(226_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 226);
}

#[tokio::test]
async fn q_227() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(227_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 227);
}

#[tokio::test]
async fn q_228() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(228_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 228);
}

#[tokio::test]
async fn q_229() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(229_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 229);
}

#[tokio::test]
async fn q_230() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(230_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 230);
}

#[tokio::test]
async fn q_231() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(231_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 231);
}

#[tokio::test]
async fn q_232() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(232_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 232);
}

#[tokio::test]
async fn q_233() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(233_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 233);
}

#[tokio::test]
async fn q_234() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(234_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 234);
}

#[tokio::test]
async fn q_235() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(235_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 235);
}

#[tokio::test]
async fn q_236() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(236_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 236);
}

#[tokio::test]
async fn q_237() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(237_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 237);
}

#[tokio::test]
async fn q_238() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(238_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 238);
}

#[tokio::test]
async fn q_239() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(239_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 239);
}

#[tokio::test]
async fn q_240() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(240_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 240);
}

#[tokio::test]
async fn q_241() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(241_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 241);
}

#[tokio::test]
async fn q_242() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(242_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 242);
}

#[tokio::test]
async fn q_243() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(243_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 243);
}

#[tokio::test]
async fn q_244() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(244_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 244);
}

#[tokio::test]
async fn q_245() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(245_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 245);
}

#[tokio::test]
async fn q_246() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(246_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 246);
}

#[tokio::test]
async fn q_247() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(247_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 247);
}

#[tokio::test]
async fn q_248() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(248_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 248);
}

#[tokio::test]
async fn q_249() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(249_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 249);
}

#[tokio::test]
async fn q_250() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(250_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 250);
}

#[tokio::test]
async fn q_251() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(251_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 251);
}

#[tokio::test]
async fn q_252() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(252_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 252);
}

#[tokio::test]
async fn q_253() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(253_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 253);
}

#[tokio::test]
async fn q_254() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(254_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 254);
}

#[tokio::test]
async fn q_255() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(255_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 255);
}

#[tokio::test]
async fn q_256() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(256_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 256);
}

#[tokio::test]
async fn q_257() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(257_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 257);
}

#[tokio::test]
async fn q_258() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(258_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 258);
}

#[tokio::test]
async fn q_259() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(259_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 259);
}

#[tokio::test]
async fn q_260() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(260_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 260);
}

#[tokio::test]
async fn q_261() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(261_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 261);
}

#[tokio::test]
async fn q_262() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(262_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 262);
}

#[tokio::test]
async fn q_263() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(263_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 263);
}

#[tokio::test]
async fn q_264() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(264_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 264);
}

#[tokio::test]
async fn q_265() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(265_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 265);
}

#[tokio::test]
async fn q_266() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(266_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 266);
}

#[tokio::test]
async fn q_267() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(267_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 267);
}

#[tokio::test]
async fn q_268() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(268_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 268);
}

#[tokio::test]
async fn q_269() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(269_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 269);
}

#[tokio::test]
async fn q_270() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(270_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 270);
}

#[tokio::test]
async fn q_271() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(271_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 271);
}

#[tokio::test]
async fn q_272() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(272_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 272);
}

#[tokio::test]
async fn q_273() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(273_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 273);
}

#[tokio::test]
async fn q_274() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(274_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 274);
}

#[tokio::test]
async fn q_275() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(275_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 275);
}

#[tokio::test]
async fn q_276() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(276_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 276);
}

#[tokio::test]
async fn q_277() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(277_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 277);
}

#[tokio::test]
async fn q_278() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(278_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 278);
}

#[tokio::test]
async fn q_279() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(279_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 279);
}

#[tokio::test]
async fn q_280() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(280_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 280);
}

#[tokio::test]
async fn q_281() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(281_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 281);
}

#[tokio::test]
async fn q_282() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(282_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 282);
}

#[tokio::test]
async fn q_283() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(283_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 283);
}

#[tokio::test]
async fn q_284() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(284_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 284);
}

#[tokio::test]
async fn q_285() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(285_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 285);
}

#[tokio::test]
async fn q_286() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(286_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 286);
}

#[tokio::test]
async fn q_287() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(287_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 287);
}

#[tokio::test]
async fn q_288() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(288_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 288);
}

#[tokio::test]
async fn q_289() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(289_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 289);
}

#[tokio::test]
async fn q_290() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(290_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 290);
}

#[tokio::test]
async fn q_291() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(291_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 291);
}

#[tokio::test]
async fn q_292() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(292_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 292);
}

#[tokio::test]
async fn q_293() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(293_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 293);
}

#[tokio::test]
async fn q_294() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(294_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 294);
}

#[tokio::test]
async fn q_295() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(295_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 295);
}

#[tokio::test]
async fn q_296() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(296_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 296);
}

#[tokio::test]
async fn q_297() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(297_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 297);
}

#[tokio::test]
async fn q_298() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(298_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 298);
}

#[tokio::test]
async fn q_299() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(299_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 299);
}

#[tokio::test]
async fn q_300() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(300_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 300);
}

#[tokio::test]
async fn q_301() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(301_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 301);
}

#[tokio::test]
async fn q_302() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(302_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 302);
}

#[tokio::test]
async fn q_303() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(303_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 303);
}

#[tokio::test]
async fn q_304() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(304_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 304);
}

#[tokio::test]
async fn q_305() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(305_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 305);
}

#[tokio::test]
async fn q_306() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(306_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 306);
}

#[tokio::test]
async fn q_307() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(307_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 307);
}

#[tokio::test]
async fn q_308() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(308_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 308);
}

#[tokio::test]
async fn q_309() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(309_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 309);
}

#[tokio::test]
async fn q_310() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(310_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 310);
}

#[tokio::test]
async fn q_311() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(311_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 311);
}

#[tokio::test]
async fn q_312() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(312_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 312);
}

#[tokio::test]
async fn q_313() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(313_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 313);
}

#[tokio::test]
async fn q_314() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(314_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 314);
}

#[tokio::test]
async fn q_315() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(315_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 315);
}

#[tokio::test]
async fn q_316() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(316_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 316);
}

#[tokio::test]
async fn q_317() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(317_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 317);
}

#[tokio::test]
async fn q_318() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(318_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 318);
}

#[tokio::test]
async fn q_319() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(319_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 319);
}

#[tokio::test]
async fn q_320() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(320_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 320);
}

#[tokio::test]
async fn q_321() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(321_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 321);
}

#[tokio::test]
async fn q_322() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(322_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 322);
}

#[tokio::test]
async fn q_323() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(323_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 323);
}

#[tokio::test]
async fn q_324() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(324_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 324);
}

#[tokio::test]
async fn q_325() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(325_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 325);
}

#[tokio::test]
async fn q_326() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(326_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 326);
}

#[tokio::test]
async fn q_327() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(327_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 327);
}

#[tokio::test]
async fn q_328() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(328_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 328);
}

#[tokio::test]
async fn q_329() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(329_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 329);
}

#[tokio::test]
async fn q_330() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(330_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 330);
}

#[tokio::test]
async fn q_331() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(331_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 331);
}

#[tokio::test]
async fn q_332() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(332_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 332);
}

#[tokio::test]
async fn q_333() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(333_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 333);
}

#[tokio::test]
async fn q_334() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(334_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 334);
}

#[tokio::test]
async fn q_335() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(335_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 335);
}

#[tokio::test]
async fn q_336() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(336_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 336);
}

#[tokio::test]
async fn q_337() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(337_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 337);
}

#[tokio::test]
async fn q_338() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(338_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 338);
}

#[tokio::test]
async fn q_339() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(339_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 339);
}

#[tokio::test]
async fn q_340() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(340_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 340);
}

#[tokio::test]
async fn q_341() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(341_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 341);
}

#[tokio::test]
async fn q_342() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(342_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 342);
}

#[tokio::test]
async fn q_343() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(343_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 343);
}

#[tokio::test]
async fn q_344() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(344_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 344);
}

#[tokio::test]
async fn q_345() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(345_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 345);
}

#[tokio::test]
async fn q_346() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(346_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 346);
}

#[tokio::test]
async fn q_347() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(347_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 347);
}

#[tokio::test]
async fn q_348() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(348_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 348);
}

#[tokio::test]
async fn q_349() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(349_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 349);
}

#[tokio::test]
async fn q_350() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(350_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 350);
}

#[tokio::test]
async fn q_351() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(351_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 351);
}

#[tokio::test]
async fn q_352() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(352_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 352);
}

#[tokio::test]
async fn q_353() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(353_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 353);
}

#[tokio::test]
async fn q_354() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(354_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 354);
}

#[tokio::test]
async fn q_355() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(355_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 355);
}

#[tokio::test]
async fn q_356() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(356_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 356);
}

#[tokio::test]
async fn q_357() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(357_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 357);
}

#[tokio::test]
async fn q_358() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(358_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 358);
}

#[tokio::test]
async fn q_359() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(359_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 359);
}

#[tokio::test]
async fn q_360() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(360_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 360);
}

#[tokio::test]
async fn q_361() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(361_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 361);
}

#[tokio::test]
async fn q_362() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(362_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 362);
}

#[tokio::test]
async fn q_363() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(363_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 363);
}

#[tokio::test]
async fn q_364() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(364_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 364);
}

#[tokio::test]
async fn q_365() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(365_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 365);
}

#[tokio::test]
async fn q_366() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(366_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 366);
}

#[tokio::test]
async fn q_367() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(367_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 367);
}

#[tokio::test]
async fn q_368() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(368_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 368);
}

#[tokio::test]
async fn q_369() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(369_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 369);
}

#[tokio::test]
async fn q_370() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(370_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 370);
}

#[tokio::test]
async fn q_371() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(371_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 371);
}

#[tokio::test]
async fn q_372() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(372_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 372);
}

#[tokio::test]
async fn q_373() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(373_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 373);
}

#[tokio::test]
async fn q_374() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(374_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 374);
}

#[tokio::test]
async fn q_375() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(375_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 375);
}

#[tokio::test]
async fn q_376() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(376_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 376);
}

#[tokio::test]
async fn q_377() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(377_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 377);
}

#[tokio::test]
async fn q_378() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(378_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 378);
}

#[tokio::test]
async fn q_379() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(379_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 379);
}

#[tokio::test]
async fn q_380() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(380_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 380);
}

#[tokio::test]
async fn q_381() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(381_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 381);
}

#[tokio::test]
async fn q_382() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(382_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 382);
}

#[tokio::test]
async fn q_383() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(383_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 383);
}

#[tokio::test]
async fn q_384() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(384_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 384);
}

#[tokio::test]
async fn q_385() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(385_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 385);
}

#[tokio::test]
async fn q_386() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(386_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 386);
}

#[tokio::test]
async fn q_387() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(387_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 387);
}

#[tokio::test]
async fn q_388() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(388_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 388);
}

#[tokio::test]
async fn q_389() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(389_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 389);
}

#[tokio::test]
async fn q_390() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(390_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 390);
}

#[tokio::test]
async fn q_391() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(391_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 391);
}

#[tokio::test]
async fn q_392() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(392_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 392);
}

#[tokio::test]
async fn q_393() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(393_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 393);
}

#[tokio::test]
async fn q_394() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(394_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 394);
}

#[tokio::test]
async fn q_395() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(395_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 395);
}

#[tokio::test]
async fn q_396() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(396_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 396);
}

#[tokio::test]
async fn q_397() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(397_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 397);
}

#[tokio::test]
async fn q_398() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(398_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 398);
}

#[tokio::test]
async fn q_399() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(399_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 399);
}

#[tokio::test]
async fn q_400() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(400_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 400);
}

#[tokio::test]
async fn q_401() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(401_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 401);
}

#[tokio::test]
async fn q_402() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(402_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 402);
}

#[tokio::test]
async fn q_403() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(403_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 403);
}

#[tokio::test]
async fn q_404() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(404_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 404);
}

#[tokio::test]
async fn q_405() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(405_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 405);
}

#[tokio::test]
async fn q_406() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(406_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 406);
}

#[tokio::test]
async fn q_407() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(407_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 407);
}

#[tokio::test]
async fn q_408() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(408_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 408);
}

#[tokio::test]
async fn q_409() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(409_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 409);
}

#[tokio::test]
async fn q_410() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(410_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 410);
}

#[tokio::test]
async fn q_411() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(411_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 411);
}

#[tokio::test]
async fn q_412() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(412_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 412);
}

#[tokio::test]
async fn q_413() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(413_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 413);
}

#[tokio::test]
async fn q_414() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(414_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 414);
}

#[tokio::test]
async fn q_415() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(415_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 415);
}

#[tokio::test]
async fn q_416() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(416_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 416);
}

#[tokio::test]
async fn q_417() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(417_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 417);
}

#[tokio::test]
async fn q_418() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(418_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 418);
}

#[tokio::test]
async fn q_419() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(419_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 419);
}

#[tokio::test]
async fn q_420() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(420_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 420);
}

#[tokio::test]
async fn q_421() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(421_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 421);
}

#[tokio::test]
async fn q_422() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(422_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 422);
}

#[tokio::test]
async fn q_423() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(423_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 423);
}

#[tokio::test]
async fn q_424() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(424_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 424);
}

#[tokio::test]
async fn q_425() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(425_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 425);
}

#[tokio::test]
async fn q_426() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(426_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 426);
}

#[tokio::test]
async fn q_427() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(427_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 427);
}

#[tokio::test]
async fn q_428() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(428_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 428);
}

#[tokio::test]
async fn q_429() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(429_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 429);
}

#[tokio::test]
async fn q_430() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(430_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 430);
}

#[tokio::test]
async fn q_431() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(431_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 431);
}

#[tokio::test]
async fn q_432() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(432_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 432);
}

#[tokio::test]
async fn q_433() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(433_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 433);
}

#[tokio::test]
async fn q_434() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(434_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 434);
}

#[tokio::test]
async fn q_435() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(435_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 435);
}

#[tokio::test]
async fn q_436() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(436_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 436);
}

#[tokio::test]
async fn q_437() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(437_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 437);
}

#[tokio::test]
async fn q_438() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(438_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 438);
}

#[tokio::test]
async fn q_439() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(439_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 439);
}

#[tokio::test]
async fn q_440() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(440_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 440);
}

#[tokio::test]
async fn q_441() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(441_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 441);
}

#[tokio::test]
async fn q_442() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(442_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 442);
}

#[tokio::test]
async fn q_443() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(443_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 443);
}

#[tokio::test]
async fn q_444() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(444_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 444);
}

#[tokio::test]
async fn q_445() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(445_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 445);
}

#[tokio::test]
async fn q_446() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(446_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 446);
}

#[tokio::test]
async fn q_447() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(447_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 447);
}

#[tokio::test]
async fn q_448() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(448_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 448);
}

#[tokio::test]
async fn q_449() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(449_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 449);
}

#[tokio::test]
async fn q_450() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(450_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 450);
}

#[tokio::test]
async fn q_451() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(451_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 451);
}

#[tokio::test]
async fn q_452() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(452_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 452);
}

#[tokio::test]
async fn q_453() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(453_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 453);
}

#[tokio::test]
async fn q_454() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(454_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 454);
}

#[tokio::test]
async fn q_455() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(455_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 455);
}

#[tokio::test]
async fn q_456() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(456_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 456);
}

#[tokio::test]
async fn q_457() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(457_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 457);
}

#[tokio::test]
async fn q_458() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(458_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 458);
}

#[tokio::test]
async fn q_459() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(459_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 459);
}

#[tokio::test]
async fn q_460() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(460_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 460);
}

#[tokio::test]
async fn q_461() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(461_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 461);
}

#[tokio::test]
async fn q_462() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(462_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 462);
}

#[tokio::test]
async fn q_463() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(463_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 463);
}

#[tokio::test]
async fn q_464() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(464_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 464);
}

#[tokio::test]
async fn q_465() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(465_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 465);
}

#[tokio::test]
async fn q_466() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(466_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 466);
}

#[tokio::test]
async fn q_467() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(467_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 467);
}

#[tokio::test]
async fn q_468() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(468_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 468);
}

#[tokio::test]
async fn q_469() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(469_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 469);
}

#[tokio::test]
async fn q_470() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(470_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 470);
}

#[tokio::test]
async fn q_471() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(471_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 471);
}

#[tokio::test]
async fn q_472() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(472_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 472);
}

#[tokio::test]
async fn q_473() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(473_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 473);
}

#[tokio::test]
async fn q_474() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(474_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 474);
}

#[tokio::test]
async fn q_475() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(475_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 475);
}

#[tokio::test]
async fn q_476() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(476_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 476);
}

#[tokio::test]
async fn q_477() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(477_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 477);
}

#[tokio::test]
async fn q_478() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(478_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 478);
}

#[tokio::test]
async fn q_479() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(479_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 479);
}

#[tokio::test]
async fn q_480() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(480_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 480);
}

#[tokio::test]
async fn q_481() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(481_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 481);
}

#[tokio::test]
async fn q_482() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(482_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 482);
}

#[tokio::test]
async fn q_483() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(483_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 483);
}

#[tokio::test]
async fn q_484() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(484_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 484);
}

#[tokio::test]
async fn q_485() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(485_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 485);
}

#[tokio::test]
async fn q_486() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(486_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 486);
}

#[tokio::test]
async fn q_487() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(487_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 487);
}

#[tokio::test]
async fn q_488() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(488_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 488);
}

#[tokio::test]
async fn q_489() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(489_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 489);
}

#[tokio::test]
async fn q_490() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(490_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 490);
}

#[tokio::test]
async fn q_491() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(491_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 491);
}

#[tokio::test]
async fn q_492() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(492_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 492);
}

#[tokio::test]
async fn q_493() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(493_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 493);
}

#[tokio::test]
async fn q_494() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(494_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 494);
}

#[tokio::test]
async fn q_495() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(495_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 495);
}

#[tokio::test]
async fn q_496() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(496_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 496);
}

#[tokio::test]
async fn q_497() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(497_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 497);
}

#[tokio::test]
async fn q_498() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(498_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 498);
}

#[tokio::test]
async fn q_499() {
    let url = std::env::var("DATABASE_URL").unwrap();
    let mut conn = PgConnection::connect(&url).await.unwrap();
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(499_i32)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 499);
}

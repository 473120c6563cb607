//! Compile-time cost: 500 `#[itest(db = "tx")]` tests of one query each
//! (built, never run by the benchmark).
use itest::prelude::*;

#[itest(db = "tx")]
async fn q_000(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(0_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 0);
}

#[itest(db = "tx")]
async fn q_001(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(1_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 1);
}

#[itest(db = "tx")]
async fn q_002(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(2_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 2);
}

#[itest(db = "tx")]
async fn q_003(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(3_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 3);
}

#[itest(db = "tx")]
async fn q_004(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(4_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 4);
}

#[itest(db = "tx")]
async fn q_005(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(5_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 5);
}

#[itest(db = "tx")]
async fn q_006(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(6_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 6);
}

#[itest(db = "tx")]
async fn q_007(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(7_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 7);
}

#[itest(db = "tx")]
async fn q_008(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(8_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 8);
}

#[itest(db = "tx")]
async fn q_009(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(9_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 9);
}

#[itest(db = "tx")]
async fn q_010(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(10_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 10);
}

#[itest(db = "tx")]
async fn q_011(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(11_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 11);
}

#[itest(db = "tx")]
async fn q_012(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(12_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 12);
}

#[itest(db = "tx")]
async fn q_013(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(13_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 13);
}

#[itest(db = "tx")]
async fn q_014(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(14_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 14);
}

#[itest(db = "tx")]
async fn q_015(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(15_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 15);
}

#[itest(db = "tx")]
async fn q_016(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(16_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 16);
}

#[itest(db = "tx")]
async fn q_017(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(17_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 17);
}

#[itest(db = "tx")]
async fn q_018(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(18_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 18);
}

#[itest(db = "tx")]
async fn q_019(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(19_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 19);
}

#[itest(db = "tx")]
async fn q_020(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(20_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 20);
}

#[itest(db = "tx")]
async fn q_021(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(21_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 21);
}

#[itest(db = "tx")]
async fn q_022(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(22_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 22);
}

#[itest(db = "tx")]
async fn q_023(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(23_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 23);
}

#[itest(db = "tx")]
async fn q_024(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(24_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 24);
}

#[itest(db = "tx")]
async fn q_025(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(25_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 25);
}

#[itest(db = "tx")]
async fn q_026(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(26_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 26);
}

#[itest(db = "tx")]
async fn q_027(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(27_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 27);
}

#[itest(db = "tx")]
async fn q_028(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(28_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 28);
}

#[itest(db = "tx")]
async fn q_029(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(29_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 29);
}

#[itest(db = "tx")]
async fn q_030(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(30_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 30);
}

#[itest(db = "tx")]
async fn q_031(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(31_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 31);
}

#[itest(db = "tx")]
async fn q_032(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(32_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 32);
}

#[itest(db = "tx")]
async fn q_033(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(33_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 33);
}

#[itest(db = "tx")]
async fn q_034(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(34_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 34);
}

#[itest(db = "tx")]
async fn q_035(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(35_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 35);
}

#[itest(db = "tx")]
async fn q_036(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(36_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 36);
}

#[itest(db = "tx")]
async fn q_037(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(37_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 37);
}

#[itest(db = "tx")]
async fn q_038(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(38_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 38);
}

#[itest(db = "tx")]
async fn q_039(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(39_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 39);
}

#[itest(db = "tx")]
async fn q_040(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(40_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 40);
}

#[itest(db = "tx")]
async fn q_041(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(41_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 41);
}

#[itest(db = "tx")]
async fn q_042(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(42_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 42);
}

#[itest(db = "tx")]
async fn q_043(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(43_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 43);
}

#[itest(db = "tx")]
async fn q_044(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(44_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 44);
}

#[itest(db = "tx")]
async fn q_045(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(45_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 45);
}

#[itest(db = "tx")]
async fn q_046(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(46_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 46);
}

#[itest(db = "tx")]
async fn q_047(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(47_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 47);
}

#[itest(db = "tx")]
async fn q_048(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(48_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 48);
}

#[itest(db = "tx")]
async fn q_049(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(49_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 49);
}

#[itest(db = "tx")]
async fn q_050(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(50_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 50);
}

#[itest(db = "tx")]
async fn q_051(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(51_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 51);
}

#[itest(db = "tx")]
async fn q_052(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(52_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 52);
}

#[itest(db = "tx")]
async fn q_053(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(53_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 53);
}

#[itest(db = "tx")]
async fn q_054(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(54_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 54);
}

#[itest(db = "tx")]
async fn q_055(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(55_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 55);
}

#[itest(db = "tx")]
async fn q_056(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(56_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 56);
}

#[itest(db = "tx")]
async fn q_057(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(57_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 57);
}

#[itest(db = "tx")]
async fn q_058(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(58_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 58);
}

#[itest(db = "tx")]
async fn q_059(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(59_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 59);
}

#[itest(db = "tx")]
async fn q_060(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(60_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 60);
}

#[itest(db = "tx")]
async fn q_061(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(61_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 61);
}

#[itest(db = "tx")]
async fn q_062(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(62_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 62);
}

#[itest(db = "tx")]
async fn q_063(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(63_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 63);
}

#[itest(db = "tx")]
async fn q_064(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(64_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 64);
}

#[itest(db = "tx")]
async fn q_065(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(65_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 65);
}

#[itest(db = "tx")]
async fn q_066(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(66_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 66);
}

#[itest(db = "tx")]
async fn q_067(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(67_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 67);
}

#[itest(db = "tx")]
async fn q_068(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(68_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 68);
}

#[itest(db = "tx")]
async fn q_069(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(69_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 69);
}

#[itest(db = "tx")]
async fn q_070(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(70_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 70);
}

#[itest(db = "tx")]
async fn q_071(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(71_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 71);
}

#[itest(db = "tx")]
async fn q_072(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(72_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 72);
}

#[itest(db = "tx")]
async fn q_073(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(73_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 73);
}

#[itest(db = "tx")]
async fn q_074(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(74_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 74);
}

#[itest(db = "tx")]
async fn q_075(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(75_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 75);
}

#[itest(db = "tx")]
async fn q_076(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(76_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 76);
}

#[itest(db = "tx")]
async fn q_077(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(77_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 77);
}

#[itest(db = "tx")]
async fn q_078(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(78_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 78);
}

#[itest(db = "tx")]
async fn q_079(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(79_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 79);
}

#[itest(db = "tx")]
async fn q_080(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(80_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 80);
}

#[itest(db = "tx")]
async fn q_081(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(81_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 81);
}

#[itest(db = "tx")]
async fn q_082(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(82_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 82);
}

#[itest(db = "tx")]
async fn q_083(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(83_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 83);
}

#[itest(db = "tx")]
async fn q_084(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(84_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 84);
}

#[itest(db = "tx")]
async fn q_085(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(85_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 85);
}

#[itest(db = "tx")]
async fn q_086(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(86_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 86);
}

#[itest(db = "tx")]
async fn q_087(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(87_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 87);
}

#[itest(db = "tx")]
async fn q_088(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(88_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 88);
}

#[itest(db = "tx")]
async fn q_089(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(89_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 89);
}

#[itest(db = "tx")]
async fn q_090(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(90_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 90);
}

#[itest(db = "tx")]
async fn q_091(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(91_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 91);
}

#[itest(db = "tx")]
async fn q_092(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(92_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 92);
}

#[itest(db = "tx")]
async fn q_093(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(93_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 93);
}

#[itest(db = "tx")]
async fn q_094(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(94_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 94);
}

#[itest(db = "tx")]
async fn q_095(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(95_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 95);
}

#[itest(db = "tx")]
async fn q_096(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(96_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 96);
}

#[itest(db = "tx")]
async fn q_097(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(97_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 97);
}

#[itest(db = "tx")]
async fn q_098(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(98_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 98);
}

#[itest(db = "tx")]
async fn q_099(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(99_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 99);
}

#[itest(db = "tx")]
async fn q_100(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(100_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 100);
}

#[itest(db = "tx")]
async fn q_101(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(101_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 101);
}

#[itest(db = "tx")]
async fn q_102(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(102_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 102);
}

#[itest(db = "tx")]
async fn q_103(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(103_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 103);
}

#[itest(db = "tx")]
async fn q_104(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(104_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 104);
}

#[itest(db = "tx")]
async fn q_105(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(105_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 105);
}

#[itest(db = "tx")]
async fn q_106(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(106_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 106);
}

#[itest(db = "tx")]
async fn q_107(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(107_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 107);
}

#[itest(db = "tx")]
async fn q_108(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(108_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 108);
}

#[itest(db = "tx")]
async fn q_109(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(109_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 109);
}

#[itest(db = "tx")]
async fn q_110(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(110_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 110);
}

#[itest(db = "tx")]
async fn q_111(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(111_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 111);
}

#[itest(db = "tx")]
async fn q_112(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(112_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 112);
}

#[itest(db = "tx")]
async fn q_113(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(113_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 113);
}

#[itest(db = "tx")]
async fn q_114(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(114_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 114);
}

#[itest(db = "tx")]
async fn q_115(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(115_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 115);
}

#[itest(db = "tx")]
async fn q_116(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(116_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 116);
}

#[itest(db = "tx")]
async fn q_117(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(117_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 117);
}

#[itest(db = "tx")]
async fn q_118(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(118_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 118);
}

#[itest(db = "tx")]
async fn q_119(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(119_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 119);
}

#[itest(db = "tx")]
async fn q_120(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(120_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 120);
}

#[itest(db = "tx")]
async fn q_121(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(121_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 121);
}

#[itest(db = "tx")]
async fn q_122(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(122_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 122);
}

#[itest(db = "tx")]
async fn q_123(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(123_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 123);
}

#[itest(db = "tx")]
async fn q_124(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(124_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 124);
}

#[itest(db = "tx")]
async fn q_125(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(125_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 125);
}

#[itest(db = "tx")]
async fn q_126(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(126_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 126);
}

#[itest(db = "tx")]
async fn q_127(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(127_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 127);
}

#[itest(db = "tx")]
async fn q_128(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(128_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 128);
}

#[itest(db = "tx")]
async fn q_129(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(129_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 129);
}

#[itest(db = "tx")]
async fn q_130(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(130_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 130);
}

#[itest(db = "tx")]
async fn q_131(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(131_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 131);
}

#[itest(db = "tx")]
async fn q_132(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(132_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 132);
}

#[itest(db = "tx")]
async fn q_133(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(133_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 133);
}

#[itest(db = "tx")]
async fn q_134(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(134_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 134);
}

#[itest(db = "tx")]
async fn q_135(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(135_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 135);
}

#[itest(db = "tx")]
async fn q_136(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(136_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 136);
}

#[itest(db = "tx")]
async fn q_137(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(137_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 137);
}

#[itest(db = "tx")]
async fn q_138(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(138_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 138);
}

#[itest(db = "tx")]
async fn q_139(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(139_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 139);
}

#[itest(db = "tx")]
async fn q_140(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(140_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 140);
}

#[itest(db = "tx")]
async fn q_141(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(141_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 141);
}

#[itest(db = "tx")]
async fn q_142(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(142_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 142);
}

#[itest(db = "tx")]
async fn q_143(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(143_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 143);
}

#[itest(db = "tx")]
async fn q_144(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(144_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 144);
}

#[itest(db = "tx")]
async fn q_145(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(145_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 145);
}

#[itest(db = "tx")]
async fn q_146(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(146_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 146);
}

#[itest(db = "tx")]
async fn q_147(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(147_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 147);
}

#[itest(db = "tx")]
async fn q_148(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(148_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 148);
}

#[itest(db = "tx")]
async fn q_149(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(149_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 149);
}

#[itest(db = "tx")]
async fn q_150(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(150_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 150);
}

#[itest(db = "tx")]
async fn q_151(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(151_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 151);
}

#[itest(db = "tx")]
async fn q_152(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(152_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 152);
}

#[itest(db = "tx")]
async fn q_153(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(153_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 153);
}

#[itest(db = "tx")]
async fn q_154(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(154_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 154);
}

#[itest(db = "tx")]
async fn q_155(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(155_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 155);
}

#[itest(db = "tx")]
async fn q_156(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(156_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 156);
}

#[itest(db = "tx")]
async fn q_157(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(157_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 157);
}

#[itest(db = "tx")]
async fn q_158(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(158_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 158);
}

#[itest(db = "tx")]
async fn q_159(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(159_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 159);
}

#[itest(db = "tx")]
async fn q_160(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(160_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 160);
}

#[itest(db = "tx")]
async fn q_161(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(161_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 161);
}

#[itest(db = "tx")]
async fn q_162(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(162_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 162);
}

#[itest(db = "tx")]
async fn q_163(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(163_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 163);
}

#[itest(db = "tx")]
async fn q_164(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(164_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 164);
}

#[itest(db = "tx")]
async fn q_165(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(165_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 165);
}

#[itest(db = "tx")]
async fn q_166(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(166_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 166);
}

#[itest(db = "tx")]
async fn q_167(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(167_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 167);
}

#[itest(db = "tx")]
async fn q_168(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(168_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 168);
}

#[itest(db = "tx")]
async fn q_169(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(169_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 169);
}

#[itest(db = "tx")]
async fn q_170(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(170_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 170);
}

#[itest(db = "tx")]
async fn q_171(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(171_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 171);
}

#[itest(db = "tx")]
async fn q_172(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(172_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 172);
}

#[itest(db = "tx")]
async fn q_173(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(173_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 173);
}

#[itest(db = "tx")]
async fn q_174(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(174_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 174);
}

#[itest(db = "tx")]
async fn q_175(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(175_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 175);
}

#[itest(db = "tx")]
async fn q_176(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(176_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 176);
}

#[itest(db = "tx")]
async fn q_177(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(177_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 177);
}

#[itest(db = "tx")]
async fn q_178(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(178_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 178);
}

#[itest(db = "tx")]
async fn q_179(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(179_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 179);
}

#[itest(db = "tx")]
async fn q_180(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(180_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 180);
}

#[itest(db = "tx")]
async fn q_181(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(181_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 181);
}

#[itest(db = "tx")]
async fn q_182(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(182_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 182);
}

#[itest(db = "tx")]
async fn q_183(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(183_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 183);
}

#[itest(db = "tx")]
async fn q_184(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(184_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 184);
}

#[itest(db = "tx")]
async fn q_185(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(185_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 185);
}

#[itest(db = "tx")]
async fn q_186(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(186_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 186);
}

#[itest(db = "tx")]
async fn q_187(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(187_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 187);
}

#[itest(db = "tx")]
async fn q_188(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(188_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 188);
}

#[itest(db = "tx")]
async fn q_189(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(189_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 189);
}

#[itest(db = "tx")]
async fn q_190(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(190_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 190);
}

#[itest(db = "tx")]
async fn q_191(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(191_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 191);
}

#[itest(db = "tx")]
async fn q_192(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(192_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 192);
}

#[itest(db = "tx")]
async fn q_193(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(193_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 193);
}

#[itest(db = "tx")]
async fn q_194(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(194_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 194);
}

#[itest(db = "tx")]
async fn q_195(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(195_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 195);
}

#[itest(db = "tx")]
async fn q_196(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(196_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 196);
}

#[itest(db = "tx")]
async fn q_197(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(197_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 197);
}

#[itest(db = "tx")]
async fn q_198(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(198_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 198);
}

#[itest(db = "tx")]
async fn q_199(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(199_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 199);
}

#[itest(db = "tx")]
async fn q_200(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(200_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 200);
}

#[itest(db = "tx")]
async fn q_201(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(201_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 201);
}

#[itest(db = "tx")]
async fn q_202(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(202_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 202);
}

#[itest(db = "tx")]
async fn q_203(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(203_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 203);
}

#[itest(db = "tx")]
async fn q_204(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(204_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 204);
}

#[itest(db = "tx")]
async fn q_205(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(205_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 205);
}

#[itest(db = "tx")]
async fn q_206(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(206_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 206);
}

#[itest(db = "tx")]
async fn q_207(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(207_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 207);
}

#[itest(db = "tx")]
async fn q_208(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(208_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 208);
}

#[itest(db = "tx")]
async fn q_209(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(209_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 209);
}

#[itest(db = "tx")]
async fn q_210(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(210_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 210);
}

#[itest(db = "tx")]
async fn q_211(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(211_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 211);
}

#[itest(db = "tx")]
async fn q_212(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(212_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 212);
}

#[itest(db = "tx")]
async fn q_213(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(213_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 213);
}

#[itest(db = "tx")]
async fn q_214(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(214_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 214);
}

#[itest(db = "tx")]
async fn q_215(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(215_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 215);
}

#[itest(db = "tx")]
async fn q_216(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(216_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 216);
}

#[itest(db = "tx")]
async fn q_217(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(217_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 217);
}

#[itest(db = "tx")]
async fn q_218(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(218_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 218);
}

#[itest(db = "tx")]
async fn q_219(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(219_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 219);
}

#[itest(db = "tx")]
async fn q_220(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(220_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 220);
}

#[itest(db = "tx")]
async fn q_221(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(221_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 221);
}

#[itest(db = "tx")]
async fn q_222(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(222_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 222);
}

#[itest(db = "tx")]
async fn q_223(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(223_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 223);
}

#[itest(db = "tx")]
async fn q_224(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(224_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 224);
}

#[itest(db = "tx")]
async fn q_225(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(225_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 225);
}

#[itest(db = "tx")]
async fn q_226(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(226_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 226);
}

#[itest(db = "tx")]
async fn q_227(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(227_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 227);
}

#[itest(db = "tx")]
async fn q_228(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(228_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 228);
}

#[itest(db = "tx")]
async fn q_229(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(229_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 229);
}

#[itest(db = "tx")]
async fn q_230(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(230_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 230);
}

#[itest(db = "tx")]
async fn q_231(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(231_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 231);
}

#[itest(db = "tx")]
async fn q_232(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(232_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 232);
}

#[itest(db = "tx")]
async fn q_233(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(233_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 233);
}

#[itest(db = "tx")]
async fn q_234(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(234_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 234);
}

#[itest(db = "tx")]
async fn q_235(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(235_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 235);
}

#[itest(db = "tx")]
async fn q_236(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(236_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 236);
}

#[itest(db = "tx")]
async fn q_237(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(237_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 237);
}

#[itest(db = "tx")]
async fn q_238(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(238_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 238);
}

#[itest(db = "tx")]
async fn q_239(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(239_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 239);
}

#[itest(db = "tx")]
async fn q_240(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(240_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 240);
}

#[itest(db = "tx")]
async fn q_241(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(241_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 241);
}

#[itest(db = "tx")]
async fn q_242(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(242_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 242);
}

#[itest(db = "tx")]
async fn q_243(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(243_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 243);
}

#[itest(db = "tx")]
async fn q_244(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(244_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 244);
}

#[itest(db = "tx")]
async fn q_245(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(245_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 245);
}

#[itest(db = "tx")]
async fn q_246(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(246_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 246);
}

#[itest(db = "tx")]
async fn q_247(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(247_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 247);
}

#[itest(db = "tx")]
async fn q_248(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(248_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 248);
}

#[itest(db = "tx")]
async fn q_249(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(249_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 249);
}

#[itest(db = "tx")]
async fn q_250(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(250_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 250);
}

#[itest(db = "tx")]
async fn q_251(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(251_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 251);
}

#[itest(db = "tx")]
async fn q_252(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(252_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 252);
}

#[itest(db = "tx")]
async fn q_253(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(253_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 253);
}

#[itest(db = "tx")]
async fn q_254(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(254_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 254);
}

#[itest(db = "tx")]
async fn q_255(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(255_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 255);
}

#[itest(db = "tx")]
async fn q_256(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(256_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 256);
}

#[itest(db = "tx")]
async fn q_257(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(257_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 257);
}

#[itest(db = "tx")]
async fn q_258(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(258_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 258);
}

#[itest(db = "tx")]
async fn q_259(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(259_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 259);
}

#[itest(db = "tx")]
async fn q_260(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(260_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 260);
}

#[itest(db = "tx")]
async fn q_261(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(261_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 261);
}

#[itest(db = "tx")]
async fn q_262(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(262_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 262);
}

#[itest(db = "tx")]
async fn q_263(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(263_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 263);
}

#[itest(db = "tx")]
async fn q_264(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(264_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 264);
}

#[itest(db = "tx")]
async fn q_265(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(265_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 265);
}

#[itest(db = "tx")]
async fn q_266(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(266_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 266);
}

#[itest(db = "tx")]
async fn q_267(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(267_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 267);
}

#[itest(db = "tx")]
async fn q_268(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(268_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 268);
}

#[itest(db = "tx")]
async fn q_269(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(269_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 269);
}

#[itest(db = "tx")]
async fn q_270(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(270_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 270);
}

#[itest(db = "tx")]
async fn q_271(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(271_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 271);
}

#[itest(db = "tx")]
async fn q_272(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(272_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 272);
}

#[itest(db = "tx")]
async fn q_273(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(273_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 273);
}

#[itest(db = "tx")]
async fn q_274(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(274_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 274);
}

#[itest(db = "tx")]
async fn q_275(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(275_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 275);
}

#[itest(db = "tx")]
async fn q_276(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(276_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 276);
}

#[itest(db = "tx")]
async fn q_277(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(277_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 277);
}

#[itest(db = "tx")]
async fn q_278(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(278_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 278);
}

#[itest(db = "tx")]
async fn q_279(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(279_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 279);
}

#[itest(db = "tx")]
async fn q_280(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(280_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 280);
}

#[itest(db = "tx")]
async fn q_281(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(281_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 281);
}

#[itest(db = "tx")]
async fn q_282(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(282_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 282);
}

#[itest(db = "tx")]
async fn q_283(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(283_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 283);
}

#[itest(db = "tx")]
async fn q_284(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(284_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 284);
}

#[itest(db = "tx")]
async fn q_285(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(285_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 285);
}

#[itest(db = "tx")]
async fn q_286(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(286_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 286);
}

#[itest(db = "tx")]
async fn q_287(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(287_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 287);
}

#[itest(db = "tx")]
async fn q_288(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(288_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 288);
}

#[itest(db = "tx")]
async fn q_289(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(289_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 289);
}

#[itest(db = "tx")]
async fn q_290(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(290_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 290);
}

#[itest(db = "tx")]
async fn q_291(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(291_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 291);
}

#[itest(db = "tx")]
async fn q_292(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(292_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 292);
}

#[itest(db = "tx")]
async fn q_293(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(293_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 293);
}

#[itest(db = "tx")]
async fn q_294(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(294_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 294);
}

#[itest(db = "tx")]
async fn q_295(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(295_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 295);
}

#[itest(db = "tx")]
async fn q_296(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(296_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 296);
}

#[itest(db = "tx")]
async fn q_297(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(297_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 297);
}

#[itest(db = "tx")]
async fn q_298(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(298_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 298);
}

#[itest(db = "tx")]
async fn q_299(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(299_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 299);
}

#[itest(db = "tx")]
async fn q_300(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(300_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 300);
}

#[itest(db = "tx")]
async fn q_301(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(301_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 301);
}

#[itest(db = "tx")]
async fn q_302(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(302_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 302);
}

#[itest(db = "tx")]
async fn q_303(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(303_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 303);
}

#[itest(db = "tx")]
async fn q_304(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(304_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 304);
}

#[itest(db = "tx")]
async fn q_305(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(305_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 305);
}

#[itest(db = "tx")]
async fn q_306(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(306_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 306);
}

#[itest(db = "tx")]
async fn q_307(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(307_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 307);
}

#[itest(db = "tx")]
async fn q_308(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(308_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 308);
}

#[itest(db = "tx")]
async fn q_309(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(309_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 309);
}

#[itest(db = "tx")]
async fn q_310(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(310_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 310);
}

#[itest(db = "tx")]
async fn q_311(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(311_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 311);
}

#[itest(db = "tx")]
async fn q_312(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(312_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 312);
}

#[itest(db = "tx")]
async fn q_313(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(313_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 313);
}

#[itest(db = "tx")]
async fn q_314(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(314_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 314);
}

#[itest(db = "tx")]
async fn q_315(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(315_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 315);
}

#[itest(db = "tx")]
async fn q_316(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(316_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 316);
}

#[itest(db = "tx")]
async fn q_317(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(317_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 317);
}

#[itest(db = "tx")]
async fn q_318(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(318_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 318);
}

#[itest(db = "tx")]
async fn q_319(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(319_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 319);
}

#[itest(db = "tx")]
async fn q_320(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(320_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 320);
}

#[itest(db = "tx")]
async fn q_321(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(321_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 321);
}

#[itest(db = "tx")]
async fn q_322(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(322_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 322);
}

#[itest(db = "tx")]
async fn q_323(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(323_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 323);
}

#[itest(db = "tx")]
async fn q_324(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(324_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 324);
}

#[itest(db = "tx")]
async fn q_325(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(325_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 325);
}

#[itest(db = "tx")]
async fn q_326(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(326_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 326);
}

#[itest(db = "tx")]
async fn q_327(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(327_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 327);
}

#[itest(db = "tx")]
async fn q_328(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(328_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 328);
}

#[itest(db = "tx")]
async fn q_329(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(329_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 329);
}

#[itest(db = "tx")]
async fn q_330(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(330_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 330);
}

#[itest(db = "tx")]
async fn q_331(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(331_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 331);
}

#[itest(db = "tx")]
async fn q_332(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(332_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 332);
}

#[itest(db = "tx")]
async fn q_333(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(333_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 333);
}

#[itest(db = "tx")]
async fn q_334(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(334_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 334);
}

#[itest(db = "tx")]
async fn q_335(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(335_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 335);
}

#[itest(db = "tx")]
async fn q_336(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(336_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 336);
}

#[itest(db = "tx")]
async fn q_337(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(337_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 337);
}

#[itest(db = "tx")]
async fn q_338(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(338_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 338);
}

#[itest(db = "tx")]
async fn q_339(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(339_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 339);
}

#[itest(db = "tx")]
async fn q_340(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(340_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 340);
}

#[itest(db = "tx")]
async fn q_341(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(341_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 341);
}

#[itest(db = "tx")]
async fn q_342(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(342_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 342);
}

#[itest(db = "tx")]
async fn q_343(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(343_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 343);
}

#[itest(db = "tx")]
async fn q_344(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(344_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 344);
}

#[itest(db = "tx")]
async fn q_345(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(345_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 345);
}

#[itest(db = "tx")]
async fn q_346(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(346_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 346);
}

#[itest(db = "tx")]
async fn q_347(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(347_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 347);
}

#[itest(db = "tx")]
async fn q_348(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(348_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 348);
}

#[itest(db = "tx")]
async fn q_349(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(349_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 349);
}

#[itest(db = "tx")]
async fn q_350(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(350_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 350);
}

#[itest(db = "tx")]
async fn q_351(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(351_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 351);
}

#[itest(db = "tx")]
async fn q_352(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(352_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 352);
}

#[itest(db = "tx")]
async fn q_353(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(353_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 353);
}

#[itest(db = "tx")]
async fn q_354(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(354_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 354);
}

#[itest(db = "tx")]
async fn q_355(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(355_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 355);
}

#[itest(db = "tx")]
async fn q_356(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(356_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 356);
}

#[itest(db = "tx")]
async fn q_357(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(357_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 357);
}

#[itest(db = "tx")]
async fn q_358(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(358_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 358);
}

#[itest(db = "tx")]
async fn q_359(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(359_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 359);
}

#[itest(db = "tx")]
async fn q_360(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(360_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 360);
}

#[itest(db = "tx")]
async fn q_361(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(361_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 361);
}

#[itest(db = "tx")]
async fn q_362(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(362_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 362);
}

#[itest(db = "tx")]
async fn q_363(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(363_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 363);
}

#[itest(db = "tx")]
async fn q_364(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(364_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 364);
}

#[itest(db = "tx")]
async fn q_365(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(365_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 365);
}

#[itest(db = "tx")]
async fn q_366(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(366_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 366);
}

#[itest(db = "tx")]
async fn q_367(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(367_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 367);
}

#[itest(db = "tx")]
async fn q_368(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(368_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 368);
}

#[itest(db = "tx")]
async fn q_369(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(369_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 369);
}

#[itest(db = "tx")]
async fn q_370(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(370_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 370);
}

#[itest(db = "tx")]
async fn q_371(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(371_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 371);
}

#[itest(db = "tx")]
async fn q_372(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(372_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 372);
}

#[itest(db = "tx")]
async fn q_373(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(373_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 373);
}

#[itest(db = "tx")]
async fn q_374(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(374_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 374);
}

#[itest(db = "tx")]
async fn q_375(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(375_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 375);
}

#[itest(db = "tx")]
async fn q_376(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(376_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 376);
}

#[itest(db = "tx")]
async fn q_377(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(377_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 377);
}

#[itest(db = "tx")]
async fn q_378(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(378_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 378);
}

#[itest(db = "tx")]
async fn q_379(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(379_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 379);
}

#[itest(db = "tx")]
async fn q_380(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(380_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 380);
}

#[itest(db = "tx")]
async fn q_381(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(381_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 381);
}

#[itest(db = "tx")]
async fn q_382(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(382_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 382);
}

#[itest(db = "tx")]
async fn q_383(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(383_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 383);
}

#[itest(db = "tx")]
async fn q_384(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(384_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 384);
}

#[itest(db = "tx")]
async fn q_385(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(385_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 385);
}

#[itest(db = "tx")]
async fn q_386(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(386_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 386);
}

#[itest(db = "tx")]
async fn q_387(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(387_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 387);
}

#[itest(db = "tx")]
async fn q_388(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(388_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 388);
}

#[itest(db = "tx")]
async fn q_389(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(389_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 389);
}

#[itest(db = "tx")]
async fn q_390(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(390_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 390);
}

#[itest(db = "tx")]
async fn q_391(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(391_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 391);
}

#[itest(db = "tx")]
async fn q_392(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(392_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 392);
}

#[itest(db = "tx")]
async fn q_393(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(393_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 393);
}

#[itest(db = "tx")]
async fn q_394(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(394_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 394);
}

#[itest(db = "tx")]
async fn q_395(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(395_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 395);
}

#[itest(db = "tx")]
async fn q_396(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(396_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 396);
}

#[itest(db = "tx")]
async fn q_397(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(397_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 397);
}

#[itest(db = "tx")]
async fn q_398(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(398_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 398);
}

#[itest(db = "tx")]
async fn q_399(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(399_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 399);
}

#[itest(db = "tx")]
async fn q_400(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(400_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 400);
}

#[itest(db = "tx")]
async fn q_401(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(401_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 401);
}

#[itest(db = "tx")]
async fn q_402(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(402_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 402);
}

#[itest(db = "tx")]
async fn q_403(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(403_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 403);
}

#[itest(db = "tx")]
async fn q_404(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(404_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 404);
}

#[itest(db = "tx")]
async fn q_405(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(405_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 405);
}

#[itest(db = "tx")]
async fn q_406(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(406_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 406);
}

#[itest(db = "tx")]
async fn q_407(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(407_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 407);
}

#[itest(db = "tx")]
async fn q_408(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(408_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 408);
}

#[itest(db = "tx")]
async fn q_409(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(409_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 409);
}

#[itest(db = "tx")]
async fn q_410(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(410_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 410);
}

#[itest(db = "tx")]
async fn q_411(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(411_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 411);
}

#[itest(db = "tx")]
async fn q_412(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(412_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 412);
}

#[itest(db = "tx")]
async fn q_413(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(413_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 413);
}

#[itest(db = "tx")]
async fn q_414(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(414_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 414);
}

#[itest(db = "tx")]
async fn q_415(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(415_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 415);
}

#[itest(db = "tx")]
async fn q_416(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(416_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 416);
}

#[itest(db = "tx")]
async fn q_417(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(417_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 417);
}

#[itest(db = "tx")]
async fn q_418(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(418_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 418);
}

#[itest(db = "tx")]
async fn q_419(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(419_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 419);
}

#[itest(db = "tx")]
async fn q_420(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(420_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 420);
}

#[itest(db = "tx")]
async fn q_421(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(421_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 421);
}

#[itest(db = "tx")]
async fn q_422(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(422_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 422);
}

#[itest(db = "tx")]
async fn q_423(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(423_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 423);
}

#[itest(db = "tx")]
async fn q_424(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(424_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 424);
}

#[itest(db = "tx")]
async fn q_425(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(425_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 425);
}

#[itest(db = "tx")]
async fn q_426(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(426_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 426);
}

#[itest(db = "tx")]
async fn q_427(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(427_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 427);
}

#[itest(db = "tx")]
async fn q_428(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(428_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 428);
}

#[itest(db = "tx")]
async fn q_429(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(429_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 429);
}

#[itest(db = "tx")]
async fn q_430(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(430_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 430);
}

#[itest(db = "tx")]
async fn q_431(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(431_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 431);
}

#[itest(db = "tx")]
async fn q_432(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(432_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 432);
}

#[itest(db = "tx")]
async fn q_433(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(433_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 433);
}

#[itest(db = "tx")]
async fn q_434(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(434_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 434);
}

#[itest(db = "tx")]
async fn q_435(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(435_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 435);
}

#[itest(db = "tx")]
async fn q_436(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(436_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 436);
}

#[itest(db = "tx")]
async fn q_437(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(437_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 437);
}

#[itest(db = "tx")]
async fn q_438(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(438_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 438);
}

#[itest(db = "tx")]
async fn q_439(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(439_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 439);
}

#[itest(db = "tx")]
async fn q_440(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(440_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 440);
}

#[itest(db = "tx")]
async fn q_441(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(441_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 441);
}

#[itest(db = "tx")]
async fn q_442(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(442_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 442);
}

#[itest(db = "tx")]
async fn q_443(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(443_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 443);
}

#[itest(db = "tx")]
async fn q_444(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(444_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 444);
}

#[itest(db = "tx")]
async fn q_445(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(445_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 445);
}

#[itest(db = "tx")]
async fn q_446(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(446_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 446);
}

#[itest(db = "tx")]
async fn q_447(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(447_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 447);
}

#[itest(db = "tx")]
async fn q_448(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(448_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 448);
}

#[itest(db = "tx")]
async fn q_449(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(449_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 449);
}

#[itest(db = "tx")]
async fn q_450(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(450_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 450);
}

#[itest(db = "tx")]
async fn q_451(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(451_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 451);
}

#[itest(db = "tx")]
async fn q_452(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(452_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 452);
}

#[itest(db = "tx")]
async fn q_453(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(453_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 453);
}

#[itest(db = "tx")]
async fn q_454(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(454_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 454);
}

#[itest(db = "tx")]
async fn q_455(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(455_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 455);
}

#[itest(db = "tx")]
async fn q_456(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(456_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 456);
}

#[itest(db = "tx")]
async fn q_457(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(457_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 457);
}

#[itest(db = "tx")]
async fn q_458(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(458_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 458);
}

#[itest(db = "tx")]
async fn q_459(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(459_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 459);
}

#[itest(db = "tx")]
async fn q_460(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(460_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 460);
}

#[itest(db = "tx")]
async fn q_461(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(461_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 461);
}

#[itest(db = "tx")]
async fn q_462(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(462_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 462);
}

#[itest(db = "tx")]
async fn q_463(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(463_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 463);
}

#[itest(db = "tx")]
async fn q_464(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(464_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 464);
}

#[itest(db = "tx")]
async fn q_465(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(465_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 465);
}

#[itest(db = "tx")]
async fn q_466(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(466_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 466);
}

#[itest(db = "tx")]
async fn q_467(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(467_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 467);
}

#[itest(db = "tx")]
async fn q_468(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(468_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 468);
}

#[itest(db = "tx")]
async fn q_469(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(469_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 469);
}

#[itest(db = "tx")]
async fn q_470(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(470_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 470);
}

#[itest(db = "tx")]
async fn q_471(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(471_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 471);
}

#[itest(db = "tx")]
async fn q_472(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(472_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 472);
}

#[itest(db = "tx")]
async fn q_473(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(473_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 473);
}

#[itest(db = "tx")]
async fn q_474(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(474_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 474);
}

#[itest(db = "tx")]
async fn q_475(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(475_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 475);
}

#[itest(db = "tx")]
async fn q_476(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(476_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 476);
}

#[itest(db = "tx")]
async fn q_477(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(477_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 477);
}

#[itest(db = "tx")]
async fn q_478(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(478_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 478);
}

#[itest(db = "tx")]
async fn q_479(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(479_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 479);
}

#[itest(db = "tx")]
async fn q_480(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(480_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 480);
}

#[itest(db = "tx")]
async fn q_481(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(481_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 481);
}

#[itest(db = "tx")]
async fn q_482(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(482_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 482);
}

#[itest(db = "tx")]
async fn q_483(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(483_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 483);
}

#[itest(db = "tx")]
async fn q_484(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(484_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 484);
}

#[itest(db = "tx")]
async fn q_485(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(485_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 485);
}

#[itest(db = "tx")]
async fn q_486(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(486_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 486);
}

#[itest(db = "tx")]
async fn q_487(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(487_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 487);
}

#[itest(db = "tx")]
async fn q_488(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(488_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 488);
}

#[itest(db = "tx")]
async fn q_489(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(489_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 489);
}

#[itest(db = "tx")]
async fn q_490(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(490_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 490);
}

#[itest(db = "tx")]
async fn q_491(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(491_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 491);
}

#[itest(db = "tx")]
async fn q_492(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(492_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 492);
}

#[itest(db = "tx")]
async fn q_493(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(493_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 493);
}

#[itest(db = "tx")]
async fn q_494(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(494_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 494);
}

#[itest(db = "tx")]
async fn q_495(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(495_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 495);
}

#[itest(db = "tx")]
async fn q_496(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(496_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 496);
}

#[itest(db = "tx")]
async fn q_497(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(497_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 497);
}

#[itest(db = "tx")]
async fn q_498(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(498_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 498);
}

#[itest(db = "tx")]
async fn q_499(db: &mut Db) {
    let n: i32 = sqlx::query_scalar("SELECT $1")
        .bind(499_i32)
        .fetch_one(db.conn())
        .await
        .unwrap();
    assert_eq!(n, 499);
}

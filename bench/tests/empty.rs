//! The floor: the same number of tests doing nothing.

#[test]
fn t_000() {}

#[test]
fn t_001() {}

#[test]
fn t_002() {}

#[test]
fn t_003() {}

#[test]
fn t_004() {}

#[test]
fn t_005() {}

#[test]
fn t_006() {}

#[test]
fn t_007() {}

#[test]
fn t_008() {}

#[test]
fn t_009() {}

#[test]
fn t_010() {}

#[test]
fn t_011() {}

#[test]
fn t_012() {}

#[test]
fn t_013() {}

#[test]
fn t_014() {}

#[test]
fn t_015() {}

#[test]
fn t_016() {}

#[test]
fn t_017() {}

#[test]
fn t_018() {}

#[test]
fn t_019() {}

#[test]
fn t_020() {}

#[test]
fn t_021() {}

#[test]
fn t_022() {}

#[test]
fn t_023() {}

#[test]
fn t_024() {}

#[test]
fn t_025() {}

#[test]
fn t_026() {}

#[test]
fn t_027() {}

#[test]
fn t_028() {}

#[test]
fn t_029() {}

#[test]
fn t_030() {}

#[test]
fn t_031() {}

#[test]
fn t_032() {}

#[test]
fn t_033() {}

#[test]
fn t_034() {}

#[test]
fn t_035() {}

#[test]
fn t_036() {}

#[test]
fn t_037() {}

#[test]
fn t_038() {}

#[test]
fn t_039() {}

#[test]
fn t_040() {}

#[test]
fn t_041() {}

#[test]
fn t_042() {}

#[test]
fn t_043() {}

#[test]
fn t_044() {}

#[test]
fn t_045() {}

#[test]
fn t_046() {}

#[test]
fn t_047() {}

#[test]
fn t_048() {}

#[test]
fn t_049() {}

#[test]
fn t_050() {}

#[test]
fn t_051() {}

#[test]
fn t_052() {}

#[test]
fn t_053() {}

#[test]
fn t_054() {}

#[test]
fn t_055() {}

#[test]
fn t_056() {}

#[test]
fn t_057() {}

#[test]
fn t_058() {}

#[test]
fn t_059() {}

#[test]
fn t_060() {}

#[test]
fn t_061() {}

#[test]
fn t_062() {}

#[test]
fn t_063() {}

#[test]
fn t_064() {}

#[test]
fn t_065() {}

#[test]
fn t_066() {}

#[test]
fn t_067() {}

#[test]
fn t_068() {}

#[test]
fn t_069() {}

#[test]
fn t_070() {}

#[test]
fn t_071() {}

#[test]
fn t_072() {}

#[test]
fn t_073() {}

#[test]
fn t_074() {}

#[test]
fn t_075() {}

#[test]
fn t_076() {}

#[test]
fn t_077() {}

#[test]
fn t_078() {}

#[test]
fn t_079() {}

#[test]
fn t_080() {}

#[test]
fn t_081() {}

#[test]
fn t_082() {}

#[test]
fn t_083() {}

#[test]
fn t_084() {}

#[test]
fn t_085() {}

#[test]
fn t_086() {}

#[test]
fn t_087() {}

#[test]
fn t_088() {}

#[test]
fn t_089() {}

#[test]
fn t_090() {}

#[test]
fn t_091() {}

#[test]
fn t_092() {}

#[test]
fn t_093() {}

#[test]
fn t_094() {}

#[test]
fn t_095() {}

#[test]
fn t_096() {}

#[test]
fn t_097() {}

#[test]
fn t_098() {}

#[test]
fn t_099() {}

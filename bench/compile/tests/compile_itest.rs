//! Compile-time cost: 500 `#[itest]` tests (built, never run by the benchmark).
use itest::prelude::*;

#[itest(timeout = "5s")]
async fn c_000() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_001() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_002() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_003() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_004() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_005() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_006() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_007() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_008() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_009() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_010() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_011() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_012() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_013() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_014() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_015() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_016() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_017() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_018() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_019() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_020() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_021() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_022() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_023() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_024() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_025() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_026() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_027() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_028() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_029() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_030() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_031() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_032() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_033() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_034() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_035() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_036() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_037() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_038() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_039() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_040() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_041() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_042() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_043() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_044() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_045() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_046() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_047() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_048() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_049() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_050() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_051() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_052() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_053() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_054() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_055() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_056() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_057() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_058() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_059() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_060() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_061() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_062() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_063() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_064() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_065() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_066() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_067() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_068() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_069() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_070() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_071() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_072() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_073() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_074() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_075() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_076() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_077() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_078() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_079() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_080() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_081() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_082() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_083() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_084() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_085() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_086() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_087() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_088() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_089() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_090() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_091() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_092() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_093() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_094() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_095() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_096() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_097() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_098() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_099() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_100() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_101() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_102() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_103() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_104() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_105() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_106() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_107() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_108() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_109() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_110() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_111() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_112() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_113() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_114() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_115() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_116() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_117() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_118() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_119() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_120() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_121() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_122() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_123() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_124() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_125() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_126() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_127() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_128() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_129() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_130() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_131() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_132() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_133() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_134() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_135() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_136() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_137() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_138() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_139() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_140() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_141() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_142() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_143() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_144() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_145() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_146() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_147() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_148() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_149() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_150() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_151() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_152() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_153() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_154() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_155() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_156() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_157() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_158() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_159() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_160() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_161() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_162() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_163() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_164() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_165() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_166() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_167() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_168() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_169() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_170() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_171() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_172() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_173() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_174() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_175() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_176() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_177() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_178() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_179() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_180() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_181() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_182() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_183() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_184() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_185() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_186() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_187() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_188() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_189() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_190() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_191() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_192() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_193() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_194() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_195() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_196() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_197() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_198() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_199() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_200() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_201() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_202() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_203() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_204() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_205() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_206() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_207() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_208() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_209() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_210() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_211() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_212() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_213() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_214() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_215() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_216() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_217() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_218() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_219() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_220() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_221() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_222() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_223() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_224() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_225() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_226() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_227() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_228() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_229() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_230() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_231() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_232() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_233() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_234() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_235() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_236() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_237() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_238() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_239() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_240() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_241() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_242() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_243() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_244() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_245() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_246() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_247() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_248() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_249() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_250() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_251() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_252() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_253() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_254() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_255() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_256() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_257() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_258() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_259() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_260() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_261() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_262() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_263() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_264() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_265() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_266() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_267() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_268() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_269() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_270() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_271() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_272() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_273() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_274() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_275() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_276() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_277() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_278() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_279() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_280() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_281() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_282() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_283() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_284() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_285() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_286() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_287() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_288() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_289() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_290() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_291() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_292() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_293() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_294() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_295() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_296() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_297() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_298() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_299() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_300() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_301() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_302() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_303() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_304() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_305() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_306() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_307() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_308() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_309() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_310() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_311() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_312() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_313() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_314() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_315() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_316() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_317() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_318() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_319() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_320() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_321() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_322() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_323() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_324() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_325() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_326() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_327() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_328() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_329() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_330() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_331() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_332() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_333() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_334() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_335() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_336() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_337() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_338() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_339() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_340() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_341() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_342() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_343() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_344() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_345() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_346() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_347() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_348() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_349() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_350() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_351() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_352() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_353() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_354() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_355() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_356() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_357() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_358() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_359() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_360() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_361() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_362() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_363() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_364() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_365() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_366() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_367() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_368() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_369() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_370() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_371() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_372() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_373() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_374() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_375() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_376() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_377() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_378() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_379() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_380() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_381() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_382() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_383() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_384() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_385() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_386() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_387() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_388() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_389() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_390() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_391() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_392() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_393() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_394() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_395() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_396() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_397() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_398() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_399() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_400() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_401() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_402() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_403() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_404() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_405() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_406() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_407() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_408() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_409() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_410() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_411() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_412() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_413() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_414() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_415() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_416() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_417() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_418() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_419() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_420() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_421() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_422() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_423() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_424() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_425() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_426() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_427() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_428() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_429() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_430() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_431() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_432() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_433() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_434() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_435() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_436() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_437() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_438() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_439() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_440() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_441() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_442() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_443() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_444() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_445() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_446() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_447() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_448() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_449() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_450() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_451() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_452() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_453() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_454() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_455() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_456() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_457() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_458() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_459() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_460() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_461() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_462() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_463() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_464() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_465() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_466() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_467() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_468() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_469() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_470() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_471() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_472() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_473() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_474() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_475() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_476() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_477() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_478() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_479() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_480() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_481() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_482() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_483() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_484() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_485() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_486() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_487() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_488() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_489() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_490() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_491() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_492() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_493() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_494() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_495() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_496() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_497() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_498() {
    tokio::task::yield_now().await;
}

#[itest(timeout = "5s")]
async fn c_499() {
    tokio::task::yield_now().await;
}

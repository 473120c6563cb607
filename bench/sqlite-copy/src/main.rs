//! How fast can a test get its own ready-to-query copy of a migrated SQLite
//! template? Each method makes the copy, opens one connection to it with
//! the pragmas itest's connections get, runs one query, then closes it and
//! deletes the files; the three parts are timed apart. Methods are
//! interleaved iteration by iteration (their order rotating), on the
//! filesystem of the target directory and on /dev/shm side by side, so that
//! other load on the machine falls on all alike.
//!
//! `ITERATIONS` (default 500); `SCRATCH` (default `<target>/sqlite-copy`)
//! is where the copies on the target's filesystem go. Prints a markdown
//! table (medians and p90 in microseconds) after a check that each method's
//! copy is a whole, normal database.

use std::ffi::{c_char, c_int, CStr, CString};
use std::path::{Path, PathBuf};
use std::ptr::null_mut;
use std::time::Instant;

use libsqlite3_sys as ffi;

/// What every connection itest opens runs first.
const PRAGMAS: &str = "PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; \
                       PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL";
const QUERY: &str = "SELECT count(*) FROM items_01";

struct Conn(*mut ffi::sqlite3);

impl Conn {
    fn open(path: &str) -> Conn {
        let c = CString::new(path).unwrap();
        let mut db = null_mut();
        // The flags sqlx opens a read-write connection with.
        let flags = ffi::SQLITE_OPEN_READWRITE
            | ffi::SQLITE_OPEN_CREATE
            | ffi::SQLITE_OPEN_NOMUTEX
            | ffi::SQLITE_OPEN_PRIVATECACHE
            | ffi::SQLITE_OPEN_URI;
        let rc = unsafe { ffi::sqlite3_open_v2(c.as_ptr(), &mut db, flags, std::ptr::null()) };
        let conn = Conn(db);
        conn.check(rc, path);
        conn
    }

    fn check(&self, rc: c_int, what: &str) {
        if rc != ffi::SQLITE_OK && rc != ffi::SQLITE_ROW && rc != ffi::SQLITE_DONE {
            panic!("{what}: {rc} {}", self.error());
        }
    }

    fn error(&self) -> String {
        unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(self.0)) }
            .to_string_lossy()
            .into_owned()
    }

    fn exec(&self, sql: &str) {
        self.try_exec(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    fn try_exec(&self, sql: &str) -> Result<(), String> {
        let c = CString::new(sql).unwrap();
        let rc = unsafe { ffi::sqlite3_exec(self.0, c.as_ptr(), None, null_mut(), null_mut()) };
        if rc == ffi::SQLITE_OK {
            Ok(())
        } else {
            Err(format!("{rc} {}", self.error()))
        }
    }

    /// The first column of the first row, as text.
    fn one(&self, sql: &str) -> String {
        self.try_one(sql).unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    fn try_one(&self, sql: &str) -> Result<String, String> {
        let c = CString::new(sql).unwrap();
        let mut stmt = null_mut();
        unsafe {
            let rc = ffi::sqlite3_prepare_v2(self.0, c.as_ptr(), -1, &mut stmt, null_mut());
            if rc != ffi::SQLITE_OK {
                return Err(format!("{rc} {}", self.error()));
            }
            let rc = ffi::sqlite3_step(stmt);
            let out = if rc == ffi::SQLITE_ROW {
                let text = ffi::sqlite3_column_text(stmt, 0);
                Ok(if text.is_null() {
                    String::new()
                } else {
                    CStr::from_ptr(text as *const c_char).to_string_lossy().into_owned()
                })
            } else {
                Err(format!("{rc} {}", self.error()))
            };
            ffi::sqlite3_finalize(stmt);
            out
        }
    }

    /// The pragmas and the one query: what makes a connection ready.
    fn ready(self) -> Conn {
        self.exec(PRAGMAS);
        assert_eq!(self.one(QUERY), "0");
        self
    }

    fn close(mut self) {
        let rc = unsafe { ffi::sqlite3_close(self.0) };
        assert_eq!(rc, ffi::SQLITE_OK, "close: {}", self.error());
        self.0 = null_mut();
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if !self.0.is_null() {
            unsafe { ffi::sqlite3_close(self.0) };
        }
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => panic!("remove {p:?}: {e}"),
        }
    }
}

fn exists(path: &Path, suffix: &str) -> bool {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    Path::new(&p).exists()
}

/// The file format bytes 18 and 19 of the header: 2 for WAL, 1 for rollback.
fn header_mode(path: &Path) -> (u8, u8) {
    let bytes = std::fs::read(path).unwrap();
    (bytes[18], bytes[19])
}

/// A migrated template as sqlx's migrator leaves it: `_sqlx_migrations` with
/// one row per migration, each migration in its own transaction; closed
/// cleanly (nothing but the file left).
fn make_template(path: &Path, journal_mode: &str) {
    remove_db(path);
    let conn = Conn::open(path_str(path));
    assert_eq!(
        conn.one(&format!("PRAGMA journal_mode={journal_mode}")),
        journal_mode.to_lowercase()
    );
    conn.exec(
        "CREATE TABLE _sqlx_migrations (
            version BIGINT PRIMARY KEY,
            description TEXT NOT NULL,
            installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            success BOOLEAN NOT NULL,
            checksum BLOB NOT NULL,
            execution_time BIGINT NOT NULL
        )",
    );
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../migrations-sqlite");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 12);
    for file in files {
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let (version, description) = name.split_once('_').unwrap();
        conn.exec("BEGIN");
        conn.exec(&std::fs::read_to_string(&file).unwrap());
        conn.exec(&format!(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES ({version}, '{description}', TRUE, randomblob(48), 1000000)"
        ));
        conn.exec("COMMIT");
    }
    conn.close();
    assert!(!exists(path, "-wal") && !exists(path, "-shm") && !exists(path, "-journal"));
}

fn backup(src: &Conn, dest: &Conn) {
    unsafe {
        let main = c"main".as_ptr();
        let b = ffi::sqlite3_backup_init(dest.0, main, src.0, main);
        assert!(!b.is_null(), "backup_init: {}", dest.error());
        let rc = ffi::sqlite3_backup_step(b, -1);
        assert_eq!(rc, ffi::SQLITE_DONE, "backup_step: {}", dest.error());
        let rc = ffi::sqlite3_backup_finish(b);
        assert_eq!(rc, ffi::SQLITE_OK, "backup_finish: {}", dest.error());
    }
}

/// Opens `uri` and deserializes `bytes` into its main schema.
fn deserialize(uri: &str, bytes: &[u8]) -> Result<Conn, String> {
    let conn = Conn::open(uri);
    unsafe {
        let p = ffi::sqlite3_malloc64(bytes.len() as u64) as *mut u8;
        assert!(!p.is_null());
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        let rc = ffi::sqlite3_deserialize(
            conn.0,
            c"main".as_ptr(),
            p,
            bytes.len() as i64,
            bytes.len() as i64,
            ffi::SQLITE_DESERIALIZE_FREEONCLOSE | ffi::SQLITE_DESERIALIZE_RESIZEABLE,
        );
        if rc != ffi::SQLITE_OK {
            return Err(format!("deserialize: {rc} {}", conn.error()));
        }
    }
    Ok(conn)
}

/// Everything one filesystem's methods copy from.
struct Place {
    name: &'static str,
    dir: PathBuf,
    /// The template in WAL mode, closed: what file copies read.
    wal: PathBuf,
    /// The same template made in rollback (DELETE) mode.
    delete: PathBuf,
    /// A third identical template, held open for the whole run, for the
    /// backup API and VACUUM INTO.
    held_path: PathBuf,
    held: Conn,
    /// A fourth, opened in place by the floor (no copy at all).
    floor: PathBuf,
    /// The rollback-mode template's bytes, read once.
    bytes: Vec<u8>,
}

impl Place {
    fn new(name: &'static str, dir: PathBuf) -> Place {
        std::fs::create_dir_all(&dir).unwrap();
        let wal = dir.join("template-wal.db");
        let delete = dir.join("template-delete.db");
        let held_path = dir.join("template-held.db");
        let floor = dir.join("template-floor.db");
        make_template(&wal, "WAL");
        make_template(&delete, "DELETE");
        make_template(&held_path, "WAL");
        make_template(&floor, "WAL");
        assert_eq!(header_mode(&wal), (2, 2));
        assert_eq!(header_mode(&delete), (1, 1));
        let held = Conn::open(path_str(&held_path)).ready();
        let bytes = std::fs::read(&delete).unwrap();
        Place { name, dir, wal, delete, held_path, held, floor, bytes }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Method {
    Floor,
    FsCopy,
    FsCopyFromDelete,
    BackupThenPragmas,
    PragmasThenBackup,
    VacuumHeld,
    VacuumFresh,
    Deserialize,
    /// A test that wrote three rows, then closed: the checkpoint at close.
    FsCopyWroteClose,
    /// The same with `PRAGMA synchronous=OFF` before closing.
    FsCopyWroteSyncOff,
}

const METHODS: [Method; 10] = [
    Method::Floor,
    Method::FsCopy,
    Method::FsCopyFromDelete,
    Method::BackupThenPragmas,
    Method::PragmasThenBackup,
    Method::VacuumHeld,
    Method::VacuumFresh,
    Method::Deserialize,
    Method::FsCopyWroteClose,
    Method::FsCopyWroteSyncOff,
];

impl Method {
    fn label(self) -> &'static str {
        match self {
            Method::Floor => "floor: open the template itself, no copy",
            Method::FsCopy => "1. `std::fs::copy` of the WAL template, open",
            Method::FsCopyFromDelete => "5. `std::fs::copy` of a DELETE-mode template, WAL on open",
            Method::BackupThenPragmas => "2. backup API into a new file, then the pragmas",
            Method::PragmasThenBackup => "2b. backup API into a new file opened with the pragmas",
            Method::VacuumHeld => "3. `VACUUM INTO` from a held template connection, open",
            Method::VacuumFresh => "3b. `VACUUM INTO` from a fresh template connection, open",
            Method::Deserialize => "4. `sqlite3_deserialize` into `:memory:` (not a file)",
            Method::FsCopyWroteClose => "1, after 3 INSERTs: close (checkpoint) and delete",
            Method::FsCopyWroteSyncOff => "1, after 3 INSERTs: `synchronous=OFF`, close, delete",
        }
    }

    fn is_file(self) -> bool {
        !matches!(self, Method::Deserialize)
    }

    /// Makes the copy at `dest` and returns a ready connection to it.
    fn produce(self, place: &Place, dest: &Path) -> Conn {
        let d = path_str(dest);
        match self {
            Method::Floor => Conn::open(path_str(&place.floor)).ready(),
            Method::FsCopy | Method::FsCopyWroteClose | Method::FsCopyWroteSyncOff => {
                std::fs::copy(&place.wal, dest).unwrap();
                Conn::open(d).ready()
            }
            Method::FsCopyFromDelete => {
                std::fs::copy(&place.delete, dest).unwrap();
                Conn::open(d).ready()
            }
            Method::BackupThenPragmas => {
                let conn = Conn::open(d);
                backup(&place.held, &conn);
                conn.ready()
            }
            Method::PragmasThenBackup => {
                let conn = Conn::open(d);
                conn.exec(PRAGMAS);
                backup(&place.held, &conn);
                assert_eq!(conn.one(QUERY), "0");
                conn
            }
            Method::VacuumHeld => {
                place.held.exec(&format!("VACUUM INTO '{d}'"));
                Conn::open(d).ready()
            }
            Method::VacuumFresh => {
                let template = Conn::open(path_str(&place.held_path));
                template.exec(&format!("VACUUM INTO '{d}'"));
                template.close();
                Conn::open(d).ready()
            }
            Method::Deserialize => deserialize(":memory:", &place.bytes).unwrap().ready(),
        }
    }

    /// Untimed work between the copy and its teardown.
    fn body(self, conn: &Conn) {
        if matches!(self, Method::FsCopyWroteClose | Method::FsCopyWroteSyncOff) {
            for i in 0..3 {
                conn.exec(&format!("INSERT INTO items_01 (name, quantity) VALUES ('item-{i}', {i})"));
            }
        }
    }

    fn close(self, conn: Conn) {
        if self == Method::FsCopyWroteSyncOff {
            conn.exec("PRAGMA synchronous=OFF");
        }
        conn.close();
    }

    fn delete(self, dest: &Path) {
        if self.is_file() && self != Method::Floor {
            remove_db(dest);
        }
    }
}

/// Makes one copy by each method and checks that it is the template: all
/// tables, foreign keys and migration rows, intact, and (for files) a WAL
/// database when opened again with nothing set.
fn verify(place: &Place) {
    eprintln!("checks on {} ({}):", place.name, place.dir.display());
    for method in METHODS {
        let dest = place.dir.join(format!("verify-{method:?}.db"));
        remove_db(&dest);
        let conn = method.produce(place, &dest);
        let check = if method.is_file() {
            conn.close();
            Conn::open(path_str(if method == Method::Floor { &place.floor } else { &dest }))
        } else {
            conn
        };
        let mode = check.one("PRAGMA journal_mode");
        let integrity = check.one("PRAGMA integrity_check");
        let tables = check.one("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
        let indexes = check.one("SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
        let fks = check.one("SELECT count(*) FROM pragma_foreign_key_list('items_12')");
        let migrations = check.one("SELECT count(*) FROM _sqlx_migrations");
        let fk_on = check.one("PRAGMA foreign_keys");
        check.close();
        eprintln!(
            "  {:<62} journal_mode={mode} integrity={integrity} tables={tables} indexes={indexes} \
             fk(items_12)={fks} migrations={migrations} foreign_keys={fk_on}",
            method.label()
        );
        assert_eq!(integrity, "ok");
        assert_eq!(tables, "14"); // 12 + _sqlx_migrations + sqlite_sequence
        assert_eq!(migrations, "12");
        assert_eq!(fks, "1");
        if method.is_file() {
            assert_eq!(mode, "wal", "{method:?}");
            method.delete(&dest);
            assert!(!exists(&dest, "") && !exists(&dest, "-wal") && !exists(&dest, "-shm"));
        }
    }
    // What each way of copying leaves before anything is set on it.
    let dest = place.dir.join("raw-vacuum.db");
    remove_db(&dest);
    place.held.exec(&format!("VACUUM INTO '{}'", path_str(&dest)));
    eprintln!("  VACUUM INTO from a WAL template writes header bytes 18,19 = {:?}", header_mode(&dest));
    remove_db(&dest);
    let conn = Conn::open(path_str(&dest));
    backup(&place.held, &conn);
    let mode = conn.one("PRAGMA journal_mode");
    conn.close();
    eprintln!(
        "  backup from a WAL template into a default connection: journal_mode={mode}, header bytes {:?}",
        header_mode(&dest)
    );
    remove_db(&dest);
}

/// Can the deserialized database be shared by several connections?
fn deserialize_sharing(place: &Place) {
    let wal_bytes = std::fs::read(&place.wal).unwrap();
    let first = deserialize(":memory:", &wal_bytes).unwrap();
    eprintln!(
        "  deserialize of the WAL template's bytes (header 2,2): count -> {:?}",
        first.try_one(QUERY)
    );
    drop(first);
    for uri in [
        ":memory:",
        "file:itest-tpl?mode=memory&cache=shared",
        "file:/itest-tpl?vfs=memdb",
    ] {
        let first = deserialize(uri, &place.bytes);
        let first = match first {
            Ok(c) => c,
            Err(e) => {
                eprintln!("  {uri}: {e}");
                continue;
            }
        };
        let mode = first.one("PRAGMA journal_mode=WAL");
        let second = Conn::open(uri);
        eprintln!(
            "  deserialize into {uri}: journal_mode=WAL gives {mode}; \
             a second connection to the same name: count -> {:?}",
            second.try_one(QUERY)
        );
        drop((first, second));
        // The same name filled by the backup API instead (from the
        // rollback-mode template: a memdb cannot read a WAL header).
        let first = Conn::open(uri);
        backup(&Conn::open(path_str(&place.delete)), &first);
        let second = Conn::open(uri);
        eprintln!(
            "  backup into {uri}: a second connection to the same name: count -> {:?}",
            second.try_one(QUERY)
        );
    }
}

fn stats(v: &mut [f64]) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[(v.len() * 9) / 10])
}

fn main() {
    let iterations: usize = std::env::var("ITERATIONS").map_or(500, |v| v.parse().unwrap());
    let target = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target"));
    let scratch = std::env::var("SCRATCH").map_or(target.join("sqlite-copy"), PathBuf::from);
    let shm = PathBuf::from(format!("/dev/shm/itest-sqlite-copy-{}", std::process::id()));
    let version = unsafe { CStr::from_ptr(ffi::sqlite3_libversion()) }.to_string_lossy();
    let places = [Place::new("target fs", scratch.clone()), Place::new("/dev/shm", shm.clone())];
    eprintln!(
        "SQLite {version}; template {} bytes; {iterations} iterations",
        places[0].bytes.len()
    );
    for place in &places {
        verify(place);
    }
    eprintln!("deserialize:");
    deserialize_sharing(&places[0]);

    // [place][method] -> (ready, close, delete) in microseconds.
    let mut samples = vec![vec![(Vec::new(), Vec::new(), Vec::new()); METHODS.len()]; places.len()];
    for i in 0..iterations {
        for (p, place) in places.iter().enumerate() {
            for k in 0..METHODS.len() {
                let m = (k + i) % METHODS.len();
                let method = METHODS[m];
                let dest = place.dir.join(format!("copy-{i}-{m}.db"));
                let t0 = Instant::now();
                let conn = method.produce(place, &dest);
                let t1 = Instant::now();
                method.body(&conn);
                let t2 = Instant::now();
                method.close(conn);
                let t3 = Instant::now();
                method.delete(&dest);
                let t4 = Instant::now();
                let s = &mut samples[p][m];
                s.0.push((t1 - t0).as_secs_f64() * 1e6);
                s.1.push((t3 - t2).as_secs_f64() * 1e6);
                s.2.push((t4 - t3).as_secs_f64() * 1e6);
            }
        }
    }

    let profile = if cfg!(debug_assertions) { "debug (SQLite's C at -O0)" } else { "release" };
    println!(
        "SQLite {version}, {profile} build, template {} KiB (12 tables + _sqlx_migrations), \
         {iterations} iterations; microseconds, median / p90.\n",
        places[0].bytes.len() / 1024
    );
    print!("| method |");
    for place in &places {
        print!(" {0} ready | {0} close | {0} delete |", place.name);
    }
    println!();
    println!("|---|{}", "---:|".repeat(3 * places.len()));
    for (m, method) in METHODS.iter().enumerate() {
        print!("| {} |", method.label());
        for p in 0..places.len() {
            let s = &mut samples[p][m];
            for v in [&mut s.0, &mut s.1, &mut s.2] {
                let (median, p90) = stats(v);
                print!(" {median:.0} / {p90:.0} |");
            }
        }
        println!();
    }

    drop(places);
    for dir in [&scratch, &shm] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

//! Append-only JSON-lines files (the activity log, the bulk journal): one line per record, each synced to disk
//! before it counts, read back line by line. A line damaged by a crash or a full disk (cut short, or not even
//! UTF-8 any more) is skipped and counted, and every line after it is still read, so one bad line never hides the
//! records behind it.

use std::fs::OpenOptions;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::{Error, ErrorCode};

/// What a file held: the records that could be read, and how many lines could not.
#[derive(Debug)]
pub struct Lines<T> {
    pub records: Vec<T>,
    pub damaged: usize,
}

/// Appends `record` as one line and syncs it to disk before returning. A file that ends inside a line (the
/// writer died mid-line) gets a newline first, so this record stays whole. `what` names the file in errors.
pub fn append<T: Serialize>(path: &Path, record: &T, what: &str) -> Result<(), Error> {
    let mut line = serde_json::to_vec(record)
        .map_err(|e| Error::new(ErrorCode::Internal, format!("{what}: {e}")))?;
    line.push(b'\n');
    let io = |e: std::io::Error| {
        Error::new(
            ErrorCode::Internal,
            format!("could not write the {what} {}: {e}", path.display()),
        )
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .map_err(io)?;
    if file.metadata().map_err(io)?.len() > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::End(-1)).map_err(io)?;
        file.read_exact(&mut last).map_err(io)?;
        if last[0] != b'\n' {
            line.insert(0, b'\n');
        }
    }
    file.write_all(&line).map_err(io)?;
    // The record must survive a crash right after it: whoever reads it trusts it.
    file.sync_data().map_err(io)
}

/// Every record in `path`, oldest first; a missing file holds none.
pub fn read<T: DeserializeOwned>(path: &Path, what: &str) -> Result<Lines<T>, Error> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Lines {
                records: Vec::new(),
                damaged: 0,
            })
        }
        Err(e) => {
            return Err(Error::new(
                ErrorCode::Internal,
                format!("could not read the {what} {}: {e}", path.display()),
            ))
        }
    };
    Ok(parse(&bytes))
}

/// The records in a file's bytes (see [`read`]).
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Lines<T> {
    let mut records = Vec::new();
    let mut damaged = 0;
    for raw in bytes.split(|b| *b == b'\n') {
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match std::str::from_utf8(raw)
            .ok()
            .and_then(|line| serde_json::from_str(line).ok())
        {
            Some(record) => records.push(record),
            None => damaged += 1,
        }
    }
    Lines { records, damaged }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_line_is_skipped_and_the_lines_after_it_are_read() {
        let mut bytes = b"{\"n\":1}\n".to_vec();
        // A line cut inside a multi-byte character (a Chinese directory name), then a line of another shape.
        bytes.extend_from_slice(&"{\"n\":2,\"name\":\"中".as_bytes()[..15]);
        bytes.extend_from_slice(b"\n{\"other\":true}\n\n{\"n\":3}\n{\"n\":");
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct R {
            n: u32,
        }
        let lines: Lines<R> = parse(&bytes);
        assert_eq!(lines.records, [R { n: 1 }, R { n: 3 }]);
        assert_eq!(lines.damaged, 3);
    }
}

//! One libFuzzer binary for every target: `FUZZ_TARGET` names which parser it feeds (`cargo xtask fuzz` sets it).
//! The core's targets are the functions of `partner_link_core::fuzzing`, which the ordinary tests also run on
//! random input; the simulator's scenario files are fuzzed here too, since the simulator is practice mode's engine.

#![no_main]

use std::sync::OnceLock;

fn scenario(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for parsed in [
        azure_sim::Scenario::from_toml_str(&text),
        azure_sim::Scenario::from_json_str(&text),
    ] {
        if let Ok(s) = parsed {
            // A scenario that parses is one the simulator accepts.
            s.validate().expect("a parsed scenario is valid");
        }
    }
}

fn target() -> fn(&[u8]) {
    static CHOSEN: OnceLock<fn(&[u8])> = OnceLock::new();
    *CHOSEN.get_or_init(|| {
        let name = std::env::var("FUZZ_TARGET").unwrap_or_default();
        if name == "scenario" {
            return scenario;
        }
        partner_link_core::fuzzing::TARGETS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
            .unwrap_or_else(|| panic!("FUZZ_TARGET={name:?} names no target"))
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    target()(data);
});

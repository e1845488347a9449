//! Golden tests: every program in `tests/golden/` and `tests/seed/` runs on the engine and
//! must print exactly what real Go printed (stdout, exit status, first stderr line).
//!
//! Programs the engine cannot run yet are listed in `PENDING` (one `name: reason` a line);
//! their tests are `#[ignore]`d with that reason, and `pending_programs_still_fail` fails
//! as soon as one of them starts passing, so the list cannot go stale. `every_program_listed`
//! fails when a `.go` file has no test.
//!
//! A `log` line with the default flags starts with the date and time: real Go prints the
//! wall clock, the engine its virtual clock (which starts at the playground's
//! 2009/11/10 23:00:00). So the first stderr line is compared with a leading
//! `YYYY/MM/DD HH:MM:SS[.micros] ` header reduced to its shape; everything else in the
//! line, and all of stdout, is compared byte for byte.

use poolscope::lang::info::GoVersion;
use poolscope::runtime::{run_source, RoundRobin, Settings};
use std::path::Path;

/// Runs `dir/name.go` and compares with the stored expectations.
fn check(dir: &str, name: &str) -> Result<(), String> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let read = |ext: &str| std::fs::read_to_string(base.join(format!("{name}.{ext}")));
    let src = read("go").map_err(|e| format!("{name}.go: {e}"))?;
    let mut s = Settings::default();
    let first = src.lines().next().unwrap_or("");
    if let Some(cfg) = first.strip_prefix("// poolscope:") {
        for part in cfg
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|p| !p.is_empty())
        {
            if let Some(v) = part.strip_prefix("go") {
                s.go = GoVersion::parse(v).unwrap_or_default();
            } else if let Some(n) = part.strip_prefix("procs=") {
                s.procs = n.parse().unwrap_or(1);
            }
        }
    }
    let out = run_source(&src, &s, &mut RoundRobin::default());
    let want_out = read("stdout").unwrap_or_default();
    let want_code: i32 = read("code")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .unwrap_or(0);
    let want_err1 = read("stderr1")
        .ok()
        .map(|s| s.lines().next().unwrap_or("").to_string());
    let mut problems = Vec::new();
    if out.stdout != want_out {
        problems.push(format!(
            "stdout differs:\n--- want\n{want_out}--- got\n{}",
            out.stdout
        ));
    }
    if out.code != want_code {
        problems.push(format!("exit status {} (want {want_code})", out.code));
    }
    let got_err1 = out.stderr.lines().next().map(str::to_string);
    if want_err1.is_some()
        && got_err1.as_deref().map(log_shape) != want_err1.as_deref().map(log_shape)
    {
        problems.push(format!(
            "first stderr line {got_err1:?} (want {want_err1:?})"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{name}: {}\nstderr:\n{}",
            problems.join("; "),
            out.stderr
        ))
    }
}

/// `line` with a leading log date and time (`2026/11/29 12:08:59 `, with or without
/// `.123456`) replaced by `YYYY/MM/DD HH:MM:SS `; any other line unchanged.
fn log_shape(line: &str) -> String {
    // The shape of each header part: 9 stands for a digit.
    let fits = |s: &str, shape: &str| {
        s.len() == shape.len()
            && s.bytes().zip(shape.bytes()).all(|(c, m)| match m {
                b'9' => c.is_ascii_digit(),
                _ => c == m,
            })
    };
    let mut rest = line;
    let mut head = String::new();
    if rest.len() >= 11 && fits(&rest[..11], "9999/99/99 ") {
        head.push_str("YYYY/MM/DD ");
        rest = &rest[11..];
    }
    if rest.len() >= 16 && fits(&rest[..16], "99:99:99.999999 ") {
        head.push_str("HH:MM:SS.micros ");
        rest = &rest[16..];
    } else if rest.len() >= 9 && fits(&rest[..9], "99:99:99 ") {
        head.push_str("HH:MM:SS ");
        rest = &rest[9..];
    }
    head + rest
}

#[test]
fn log_headers_compare_by_shape() {
    let real = "2026/11/29 12:08:59 open x: no such file or directory";
    let ours = "2009/11/10 23:00:00 open x: no such file or directory";
    assert_eq!(log_shape(real), log_shape(ours));
    assert_eq!(
        log_shape("2026/11/29 12:08:59.802487 m"),
        "YYYY/MM/DD HH:MM:SS.micros m"
    );
    // The message itself is still compared.
    assert_ne!(log_shape(real), log_shape("2009/11/10 23:00:00 open y"));
    // A timestamp needs the whole header: no header, no masking.
    assert_eq!(log_shape("12:08:59 x"), "HH:MM:SS x");
    assert_eq!(log_shape("2026/11/29x"), "2026/11/29x");
    assert_eq!(log_shape("panic: boom"), "panic: boom");
}

fn run_one(dir: &str, name: &str) {
    if let Err(e) = check(dir, name) {
        panic!("{e}");
    }
}

macro_rules! suite {
    ($dir:literal; pass: [$($p:ident),* $(,)?]; pending: [$($q:ident = $r:literal),* $(,)?]) => {
        $( #[test] fn $p() { super::run_one($dir, stringify!($p)) } )*
        $( #[test] #[ignore = $r] fn $q() { super::run_one($dir, stringify!($q)) } )*
        pub const DIR: &str = $dir;
        pub const PASS: &[&str] = &[$(stringify!($p)),*];
        pub const PENDING: &[(&str, &str)] = &[$((stringify!($q), $r)),*];
    };
}

mod golden {
    suite!("tests/golden";
        pass: [
            chan_buffered_len_cap,
            chan_buffered_producer_blocks,
            chan_close_blocked_sender,
            chan_close_errors_recovered,
            chan_close_wakes_all,
            chan_fifo_receivers,
            chan_fifo_senders,
            chan_pipeline,
            chan_producer_consumer,
            chan_recv_ok_after_close,
            chan_semaphore,
            chan_send_on_closed,
            chan_unbuffered_handoff,
            closure_capture_shared,
            closure_counter,
            compare_unsigned_nan_strings,
            control_for_forms,
            control_if_else_init,
            control_labelled_loops,
            control_multiple_results,
            control_range_string,
            control_switch_fallthrough,
            deadlock_goroutines_blocked,
            deadlock_main_receive,
            deadlock_mutex_relock,
            deadlock_nil_channel,
            deadlock_waitgroup,
            defer_args_evaluated,
            defer_func_value_evaluated,
            defer_in_loop_resources,
            defer_lifo,
            defer_loop_args,
            defer_method_value,
            defer_modify_error,
            defer_named_result,
            defer_nil_func,
            defer_nil_func_uncaught,
            defer_return_order,
            err_assign_mismatch,
            err_declared_not_used,
            err_imported_not_used,
            err_mismatched_types,
            err_missing_return,
            err_not_enough_arguments,
            err_several_at_once,
            err_too_many_arguments,
            err_undefined,
            err_unused_in_closure_and_loop,
            fmt_bad_verbs,
            fmt_bytes_buffer,
            fmt_collections,
            fmt_floats,
            fmt_nil_and_errors,
            fmt_print_spacing,
            fmt_sprintf_types,
            fmt_strings_builder,
            fmt_structs,
            fmt_verbs_basic,
            fmt_widths,
            go_blocked_goroutines_at_exit,
            go_goexit_main,
            go_goexit_runs_defers,
            go_gosched_global_queue,
            go_loopvar_goroutines,
            go_loopvar_goroutines_go121,
            go_main_returns_first,
            go_numgoroutine,
            go_panic_goroutine_defers,
            go_panic_in_goroutine,
            go_panic_recovered_in_goroutine,
            go_parallel_sum_procs4,
            go_runnext_order,
            go_runnext_results_channel,
            go_statement_args_evaluated,
            log_fatal_open_missing,
            log_fatalf_skips_defers,
            log_output_flags,
            log_panic,
            log_shortfile_defer_buffer,
            loopvar_defer_closure,
            loopvar_defer_closure_go121,
            loopvar_range_pointers,
            loopvar_range_pointers_go121,
            map_basics,
            map_struct_values,
            method_embedded_struct,
            method_promoted_through_interface,
            method_value_vs_pointer,
            method_values_expressions,
            os_open_nil_file_name,
            os_open_path_error,
            panic_custom_type,
            panic_defers_all_run,
            panic_in_defer_replaces,
            panic_in_defer_uncaught,
            panic_repanic,
            panic_repanic_new_value,
            panic_uncaught_error,
            panic_uncaught_int,
            panic_uncaught_string,
            panic_uncaught_stringer,
            pool_buffer_bytes_alias,
            pool_buffer_no_reset,
            pool_conn_bounded,
            pool_defer_put_bug,
            pool_get_order_one_p,
            pool_goroutines_one_p,
            pool_new_get_put,
            pool_private_slot,
            pool_put_nil_and_types,
            pool_setgcpercent,
            pool_victim_mixed,
            pool_victim_one_gc,
            pool_victim_two_gc,
            recover_deferred_directly,
            recover_in_nested_func_fails,
            recover_indirect,
            recover_not_panicking,
            recover_panic_nil,
            recover_print_verbs,
            recover_return_value,
            recover_runtime_error_type,
            recover_second_recover_nil,
            recover_then_continue_loop,
            runtime_assert_any_nil,
            runtime_div_zero,
            runtime_index_out_of_range,
            runtime_makeslice_huge,
            runtime_makeslice_len,
            runtime_nil_map_write,
            runtime_nil_pointer,
            runtime_os_exit_during_panic,
            runtime_os_exit_skips_defer,
            runtime_os_exit_zero_in_func,
            runtime_slice_bounds,
            runtime_stack_overflow,
            runtime_type_assertion,
            select_default,
            select_quit_loop,
            select_send_case,
            select_timeout,
            select_wakes_on_one,
            slice_append_aliasing,
            slice_append_escape,
            slice_append_inlined_helpers,
            slice_append_library_args,
            slice_append_move2heap,
            slice_append_stack_caps,
            slice_append_stack_growth,
            slice_append_struct_field,
            slice_range_forms,
            sync_defer_unlock_panic,
            sync_mutex_barging,
            sync_mutex_counter,
            sync_mutex_wake_order,
            sync_once,
            sync_once_panic,
            sync_pool_shared_buffers,
            sync_pool_use_after_put,
            sync_rwmutex,
            sync_unlock_unlocked,
            sync_waitgroup_many_waiters,
            sync_waitgroup_negative,
            sync_waitgroup_results,
            time_after_ticks,
            time_main_sleeps,
            time_sleep_order,
            time_timer_channel_cap,
            types_const_iota,
            types_interfaces,
            types_named_int_methods,
            types_package_var_init,
            types_pointers_structs,
            types_sized_int_overflow,
            types_strings_runes,
        ];
        pending: [
            slice_append_beyond_model = "gc inlines each call of a small function or closure on its own; poolscope decides once per function and does not inline closures",
        ]
    );
}

mod seed {
    suite!("tests/seed";
        pass: [
            s1_defer_lifo,
            s1_loop_closure,
            s1_loop_closure_go121,
            s1_loop_param,
            s1_pool_get_put,
            s2_1_and_2_4_buffer_pool,
            s2_5_get_reset_put,
            s3_1_defer_example,
            s3_2_defer_file_close,
            s3_3_defer_cost,
            s4_1_connection_pool,
            s4_2_process_buffer,
            s4_3_instance_pool,
        ];
        pending: [
        ]
    );
}

/// The `.go` files of a directory, sorted.
fn programs(dir: &str) -> Vec<String> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<String> = std::fs::read_dir(base)
        .map(|rd| {
            rd.filter_map(|e| {
                e.ok()?
                    .file_name()
                    .to_str()?
                    .strip_suffix(".go")
                    .map(str::to_string)
            })
            .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The `name: reason` lines of a directory's PENDING file.
fn pending_file(dir: &str) -> Vec<(String, String)> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(dir)
        .join("PENDING");
    std::fs::read_to_string(p)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            l.split_once(':')
                .map(|(n, r)| (n.trim().to_string(), r.trim().replace('"', "'")))
        })
        .collect()
}

/// A suite: its directory, the passing programs and the pending ones with reasons.
type Suite = (
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

fn suites() -> [Suite; 2] {
    [
        (golden::DIR, golden::PASS, golden::PENDING),
        (seed::DIR, seed::PASS, seed::PENDING),
    ]
}

#[test]
fn every_program_listed() {
    for (dir, pass, pending) in suites() {
        let mut listed: Vec<String> = pass
            .iter()
            .map(|s| s.to_string())
            .chain(pending.iter().map(|p| p.0.to_string()))
            .collect();
        listed.sort();
        assert_eq!(
            listed,
            programs(dir),
            "the test list of {dir} is out of date"
        );
    }
}

#[test]
fn pending_file_matches_ignored_tests() {
    for (dir, _, pending) in suites() {
        let mut want: Vec<(String, String)> = pending
            .iter()
            .map(|(n, r)| (n.to_string(), r.to_string()))
            .collect();
        let mut got = pending_file(dir);
        want.sort();
        got.sort();
        assert_eq!(got, want, "{dir}/PENDING and the ignored tests differ");
    }
}

#[test]
fn pending_programs_still_fail() {
    for (dir, _, pending) in suites() {
        for (name, _) in pending {
            assert!(
                check(dir, name).is_err(),
                "{dir}/{name} passes now: remove it from PENDING"
            );
        }
    }
}

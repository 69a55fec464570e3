//! The benchmark table as an SVG chart (`benches/results/latest.svg`): time
//! per runtime per benchmark on a log scale, and the gap closed per
//! benchmark. Written by hand: a few rectangles and labels need no crate.

use std::fmt::Write as _;

/// One benchmark: median seconds per runtime (table-column order) and the
/// gap closed (0..1), where known.
pub struct ChartRow<'a> {
    pub name: &'a str,
    pub times: [Option<f64>; 5],
    pub gap: Option<f64>,
}

const RUNTIMES: [(&str, &str); 5] = [("pylift interpreter", "#9e9e9e"), ("pylift JIT", "#e65100"), ("CPython 3.11", "#1565c0"), ("PyPy", "#6a1b9a"), ("native Rust", "#2e7d32")];

const WIDTH: f64 = 960.0;
const LEFT: f64 = 130.0;
const BAR: f64 = 9.0;
const GROUP_GAP: f64 = 12.0;
const PLOT_W: f64 = 520.0;
const GAP_LEFT: f64 = LEFT + PLOT_W + 60.0;
const GAP_W: f64 = WIDTH - GAP_LEFT - 50.0;

pub fn svg(rows: &[ChartRow<'_>], subtitle: &str) -> String {
    let all: Vec<f64> = rows.iter().flat_map(|r| r.times.iter().flatten().copied()).filter(|t| *t > 0.0).collect();
    let lo = all.iter().copied().fold(f64::INFINITY, f64::min).log10().floor();
    let hi = all.iter().copied().fold(f64::NEG_INFINITY, f64::max).log10().ceil();
    let (lo, hi) = if lo.is_finite() && hi > lo { (lo, hi) } else { (-2.0, 1.0) };
    let x = |t: f64| LEFT + (t.log10() - lo) / (hi - lo) * PLOT_W;
    let top = 90.0;
    let group_h = RUNTIMES.len() as f64 * BAR + GROUP_GAP;
    let height = top + rows.len() as f64 * group_h + 50.0;
    let mut s = String::new();
    let _ = writeln!(s, r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11">"##);
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="white"/>"##);
    let _ = writeln!(s, r##"<text x="{LEFT}" y="22" font-size="15" font-weight="bold">Wall time per benchmark (seconds, log scale; shorter is faster)</text>"##);
    let _ = writeln!(s, r##"<text x="{LEFT}" y="40" fill="#555">{}</text>"##, escape(subtitle));
    let _ = writeln!(s, r##"<text x="{GAP_LEFT}" y="22" font-size="15" font-weight="bold">Gap closed by the JIT</text>"##);
    let _ = writeln!(s, r##"<text x="{GAP_LEFT}" y="40" fill="#555">ln(interp/jit) / ln(interp/native)</text>"##);
    // Legend.
    let mut lx = LEFT;
    for (label, color) in RUNTIMES {
        let _ = writeln!(s, r##"<rect x="{lx}" y="52" width="12" height="12" fill="{color}"/><text x="{}" y="62">{label}</text>"##, lx + 16.0);
        lx += 16.0 + label.len() as f64 * 6.2 + 18.0;
    }
    // Decade grid lines.
    let bottom = top + rows.len() as f64 * group_h;
    let mut d = lo;
    while d <= hi + 1e-9 {
        let gx = x(10f64.powf(d));
        let label = format_seconds(10f64.powf(d));
        let _ =
            writeln!(s, r##"<line x1="{gx:.1}" y1="{}" x2="{gx:.1}" y2="{bottom}" stroke="#ddd"/><text x="{gx:.1}" y="{}" text-anchor="middle" fill="#555">{label}</text>"##, top - 6.0, bottom + 14.0);
        d += 1.0;
    }
    for p in [0.0, 0.5, 1.0] {
        let gx = GAP_LEFT + p * GAP_W;
        let _ = writeln!(
            s,
            r##"<line x1="{gx:.1}" y1="{}" x2="{gx:.1}" y2="{bottom}" stroke="#ddd"/><text x="{gx:.1}" y="{}" text-anchor="middle" fill="#555">{:.0}%</text>"##,
            top - 6.0,
            bottom + 14.0,
            p * 100.0
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let gy = top + i as f64 * group_h;
        let _ = writeln!(s, r##"<text x="{}" y="{:.1}" text-anchor="end" font-size="12">{}</text>"##, LEFT - 8.0, gy + RUNTIMES.len() as f64 * BAR / 2.0 + 4.0, escape(r.name));
        for (k, (label, color)) in RUNTIMES.iter().enumerate() {
            let Some(t) = r.times[k].filter(|t| *t > 0.0) else { continue };
            let y = gy + k as f64 * BAR;
            let w = (x(t) - LEFT).max(1.0);
            let _ = writeln!(
                s,
                r##"<rect x="{LEFT}" y="{y:.1}" width="{w:.1}" height="{:.1}" fill="{color}"><title>{} {label}: {t:.3} s</title></rect><text x="{:.1}" y="{:.1}" font-size="8" fill="#333">{}</text>"##,
                BAR - 1.0,
                escape(r.name),
                LEFT + w + 3.0,
                y + BAR - 2.0,
                format_seconds(t)
            );
        }
        let cy = gy + RUNTIMES.len() as f64 * BAR / 2.0;
        match r.gap {
            Some(g) => {
                let w = (g.clamp(0.0, 1.0) * GAP_W).max(1.0);
                let _ = writeln!(
                    s,
                    r##"<rect x="{GAP_LEFT}" y="{:.1}" width="{w:.1}" height="14" fill="#e65100"/><text x="{:.1}" y="{:.1}">{:.1}%</text>"##,
                    cy - 7.0,
                    GAP_LEFT + w + 4.0,
                    cy + 4.0,
                    g * 100.0
                );
            }
            None => {
                let _ = writeln!(s, r##"<text x="{GAP_LEFT}" y="{:.1}" fill="#888">no native version</text>"##, cy + 4.0);
            }
        }
    }
    s.push_str("</svg>\n");
    s
}

fn format_seconds(t: f64) -> String {
    if t >= 1.0 {
        format!("{t:.3}").trim_end_matches('0').trim_end_matches('.').to_string() + " s"
    } else {
        let ms = t * 1000.0;
        if ms >= 10.0 {
            format!("{ms:.0} ms")
        } else {
            format!("{ms:.1} ms")
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

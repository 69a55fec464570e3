//! N-body simulation of the Jovian planets (mirrors `programs/nbody.py`).
//! Floating-point operations are performed in the same order as the Python
//! program so the results are bit-identical.

use std::f64::consts::PI;
use std::fmt::Write;
use std::hint::black_box;

const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

#[derive(Clone, Copy)]
struct Body {
    pos: [f64; 3],
    vel: [f64; 3],
    mass: f64,
}

// The constants are spelled exactly as in nbody.py (and the classic benchmark).
#[allow(clippy::excessive_precision)]
fn initial_bodies() -> Vec<Body> {
    let planet = |pos: [f64; 3], vel: [f64; 3], mass: f64| Body { pos, vel: vel.map(|v| v * DAYS_PER_YEAR), mass: mass * SOLAR_MASS };
    vec![
        Body { pos: [0.0; 3], vel: [0.0; 3], mass: SOLAR_MASS },
        planet([4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01], [1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05], 9.54791938424326609e-04),
        planet([8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01], [-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05], 2.85885980666130812e-04),
        planet([1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01], [2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05], 4.36624404335156298e-05),
        planet([1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01], [2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05], 5.15138902046611451e-05),
    ]
}

fn make_pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).collect()
}

fn offset_momentum(bodies: &mut [Body]) {
    let mut p = [0.0f64; 3];
    for b in bodies.iter() {
        for (pk, vk) in p.iter_mut().zip(b.vel) {
            *pk += vk * b.mass;
        }
    }
    bodies[0].vel = p.map(|pk| -pk / SOLAR_MASS);
}

fn energy(bodies: &[Body], pairs: &[(usize, usize)]) -> f64 {
    let mut e = 0.0;
    for b in bodies {
        let v = b.vel;
        e += 0.5 * b.mass * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }
    for &(i, j) in pairs {
        let (b1, b2) = (&bodies[i], &bodies[j]);
        let dx = b1.pos[0] - b2.pos[0];
        let dy = b1.pos[1] - b2.pos[1];
        let dz = b1.pos[2] - b2.pos[2];
        e -= b1.mass * b2.mass / (dx * dx + dy * dy + dz * dz).sqrt();
    }
    e
}

fn advance(bodies: &mut [Body], pairs: &[(usize, usize)], dt: f64, steps: usize) {
    for _ in 0..steps {
        for &(i, j) in pairs {
            let (head, tail) = bodies.split_at_mut(j);
            let (b1, b2) = (&mut head[i], &mut tail[0]);
            let d = [b1.pos[0] - b2.pos[0], b1.pos[1] - b2.pos[1], b1.pos[2] - b2.pos[2]];
            let d2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
            let mag = dt / (d2 * d2.sqrt());
            let m1 = b1.mass * mag;
            let m2 = b2.mass * mag;
            for ((v1, v2), dk) in b1.vel.iter_mut().zip(b2.vel.iter_mut()).zip(d) {
                *v1 -= dk * m2;
                *v2 += dk * m1;
            }
        }
        for b in bodies.iter_mut() {
            for (p, v) in b.pos.iter_mut().zip(b.vel) {
                *p += dt * v;
            }
        }
    }
}

pub fn run() -> String {
    let mut bodies = initial_bodies();
    let pairs = make_pairs(bodies.len());
    offset_momentum(&mut bodies);
    let mut out = String::new();
    writeln!(out, "{:.9}", energy(&bodies, &pairs)).unwrap();
    advance(&mut bodies, &pairs, 0.01, black_box(200_000));
    writeln!(out, "{:.9}", energy(&bodies, &pairs)).unwrap();
    out
}

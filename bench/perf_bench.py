#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The RollGuide authors
# SPDX-License-Identifier: MIT
"""RollGuide side by side with bare Qt programs: launch, memory, idle and playing costs.

Runs in a private Xvfb (1280x800), interleaving the programs round by round (the order turns every
round), and prints medians, min..max and the median of the per-round ratios:

  launch    launch to the first frame on screen (X DAMAGE on the program's window), to the window's
            map, peak memory (VmHWM), and CPU and wakeups over an idle second after the first frame;
            RollGuide against bench_bare_window at 400x300 and at RollGuide's own size (1200x760)
  play      CPU (% of a core, all threads, from schedstat) and wakeups (voluntary context switches
            of all threads) while "Full back" plays with sound and voice off, against
            bench_bare_animation (a 300x300 circle at 60 frames a second); and how late each segment
            started against the plan (the player's own "late=" log lines)
  list      rollguide --list-routines with 625 to 5,000 routine files in the folder
  session   (only when asked for) one whole routine played to its end: every segment's lateness
            against the plan, the session's planned and actual length, and CPU and wakeups over
            the whole session; "Short session" (4:35) unless --routine names another
  background (only when asked for) rollguide --background with reminders on and its window closed,
            waiting for the next planned time, against bench_bare_window left idle: CPU and wakeups
            over --idle-seconds (60) a round, on a private session bus

  bench/perf_bench.py BUILD_DIR [--rounds N] [--play-rounds N] [--only launch|play|list]
  bench/perf_bench.py BUILD_DIR --only session [--routine ID]
  bench/perf_bench.py BUILD_DIR --only background [--background-rounds N] [--idle-seconds S]

Needs python3-xlib and xvfb (./scripts/test installs them). Figures only: it asserts nothing about time.
"""
import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from Xlib import X, display
from Xlib.ext import damage

SETTINGS = """[safety]
disclaimerAcknowledged=true
[screening]
answered=true
conditions=@Invalid()
[cues]
sounds=false
breathTones=false
voice=false
"""


def start_xvfb():
    r, w = os.pipe()
    xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(w), '-screen', '0', '1280x800x24', '-nolisten', 'tcp', '-noreset'],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    number = b''
    while not number.endswith(b'\n'):
        chunk = os.read(r, 16)
        if not chunk:
            raise SystemExit('Xvfb did not start')
        number += chunk
    os.close(r)
    return xvfb, ':' + number.decode().strip()


class FirstFrame(threading.Thread):
    """Watches the root window: the first top-level created after start() that maps, and its first damage."""

    def __init__(self, disp_name):
        super().__init__(daemon=True)
        self.d = display.Display(disp_name)
        if not self.d.has_extension('DAMAGE'):
            raise SystemExit('the X server has no DAMAGE extension')
        self.d.damage_query_version()
        self.d.screen().root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.d.sync()
        self.map_t = self.paint_t = None
        self.done = threading.Event()
        self.stop = False

    def run(self):
        watched = set()
        fd = self.d.fileno()
        while not self.stop and not self.done.is_set():
            if not self.d.pending_events():
                select.select([fd], [], [], 0.05)
            while self.d.pending_events():
                e = self.d.next_event()
                t = time.perf_counter()
                if e.type == X.CreateNotify:
                    e.window.damage_create(damage.DamageReportNonEmpty)
                    watched.add(e.window.id)
                    self.d.flush()
                elif e.type == X.MapNotify and e.window.id in watched and self.map_t is None:
                    self.map_t = t
                elif e.__class__.__name__ == 'DamageNotify' and self.map_t is not None:
                    if self.paint_t is None:
                        self.paint_t = t
                        self.done.set()
        self.d.close()


def task_counters(pid):
    """(CPU ns, voluntary switches) summed over the threads of `pid`."""
    cpu = switches = 0
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            with open(f'/proc/{pid}/task/{tid}/schedstat') as f:
                cpu += int(f.read().split()[0])
            with open(f'/proc/{pid}/task/{tid}/status') as f:
                for line in f:
                    if line.startswith('voluntary_ctxt_switches'):
                        switches += int(line.split()[1])
        except OSError:
            pass
    return cpu, switches


def peak_rss_mib(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmHWM'):
                return int(line.split()[1]) / 1024
    return float('nan')


def environment(disp, home):
    env = dict(os.environ, DISPLAY=disp, XDG_CONFIG_HOME=f'{home}/config', XDG_DATA_HOME=f'{home}/data',
               XDG_RUNTIME_DIR=f'{home}/run', LC_ALL='C.UTF-8')
    env.pop('WAYLAND_DISPLAY', None)
    env.pop('QT_QPA_PLATFORM', None)
    return env


def make_home(root, name):
    home = os.path.join(root, name)
    os.makedirs(f'{home}/config/rollguide', exist_ok=True)
    os.makedirs(f'{home}/data', exist_ok=True)
    os.makedirs(f'{home}/run', mode=0o700, exist_ok=True)
    with open(f'{home}/config/rollguide/rollguide.conf', 'w') as f:
        f.write(SETTINGS)
    return home


def run_once(disp, cmd, env, settle, window, log=None):
    """Launches `cmd`, waits for its first frame, then measures `window` s after `settle` s."""
    watcher = FirstFrame(disp)
    watcher.start()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=log if log is not None else subprocess.DEVNULL)
    try:
        deadline = time.perf_counter() + 10
        while not watcher.done.wait(0.05):
            if proc.poll() is not None:
                raise SystemExit(f'{cmd[0]} exited with status {proc.returncode} before its first frame')
            if time.perf_counter() > deadline:
                raise SystemExit(f'no frame from {cmd[0]} within 10 s')
        out = {'map': (watcher.map_t - t0) * 1e3, 'paint': (watcher.paint_t - t0) * 1e3}
        time.sleep(settle)
        c0, s0 = task_counters(proc.pid)
        w0 = time.perf_counter()
        time.sleep(window)
        c1, s1 = task_counters(proc.pid)
        span = time.perf_counter() - w0
        out['cpu'] = (c1 - c0) / 1e9 / span * 100
        out['wakeups'] = (s1 - s0) / span
        out['rss'] = peak_rss_mib(proc.pid)
        return out
    finally:
        watcher.stop = True
        stop(proc)


def stop(proc):
    """Ends `proc` as a desktop session would (SIGTERM), and kills it if it does not go within 5 s."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def spread(values):
    return f'{statistics.median(values):9.1f} [{min(values):.1f}..{max(values):.1f}]'


def report(title, rows, names, metrics, base):
    """rows[name] = list of per-round dicts; ratios are per round against `base`."""
    print(f'\n{title}')
    print(f'  {"":22}' + ''.join(f'{n:>28}' for n in names))
    for key, label in metrics:
        line = f'  {label:22}'
        for n in names:
            line += f'{spread([r[key] for r in rows[n]]):>28}'
        print(line)
        for n in names:
            if n == base:
                continue
            ratios = [a[key] / b[key] for a, b in zip(rows[n], rows[base]) if b[key] > 0]
            if ratios:
                print(f'  {"":22}  {n} / {base}: median ratio {statistics.median(ratios):.2f} '
                      f'[{min(ratios):.2f}..{max(ratios):.2f}]')


def launch_bench(build, disp, root, rounds):
    programs = {
        'rollguide': [f'{build}/rollguide'],
        'bare 400x300': [f'{build}/bench/bench_bare_window'],
        'bare 1200x760': [f'{build}/bench/bench_bare_window', '--size', '1200x760'],
    }
    homes = {n: make_home(root, f'launch-{i}') for i, n in enumerate(programs)}
    rows = {n: [] for n in programs}
    names = list(programs)
    for r in range(rounds + 1):  # round 0 warms the page cache and is not counted
        order = names if r % 2 == 0 else names[::-1]
        for n in order:
            res = run_once(disp, programs[n], environment(disp, homes[n]), settle=0.5, window=1.0)
            if r > 0:
                rows[n].append(res)
        time.sleep(0.2)
    report(f'launch, {rounds} rounds (ms; MiB; idle: % of a core and wakeups/s over 1 s after 0.5 s)', rows,
           names, [('map', 'launch to map, ms'), ('paint', 'launch to first frame, ms'),
                   ('rss', 'peak memory, MiB'), ('cpu', 'idle CPU, %'), ('wakeups', 'idle wakeups/s')],
           'bare 400x300')
    print('  (ratios against the same-size bare window:)')
    for key in ('map', 'paint', 'rss'):
        ratios = [a[key] / b[key] for a, b in zip(rows['rollguide'], rows['bare 1200x760'])]
        print(f'    {key}: rollguide / bare 1200x760 median ratio {statistics.median(ratios):.2f} '
              f'[{min(ratios):.2f}..{max(ratios):.2f}]')


def play_bench(build, disp, root, rounds):
    home = make_home(root, 'play')
    bare_home = make_home(root, 'play-bare')
    rows = {'rollguide playing': [], 'bare animation': []}
    late = []
    for r in range(rounds):
        for n in (['rollguide playing', 'bare animation'] if r % 2 == 0 else ['bare animation', 'rollguide playing']):
            if n == 'rollguide playing':
                with tempfile.TemporaryFile('w+') as log:
                    # The first segment (getting into position) shows a still picture; the breathing
                    # guide moves from the first roll on, 15 s in.
                    res = run_once(disp, [f'{build}/rollguide', '--routine', 'full-back', '--start',
                                          '--log-level', 'info'], environment(disp, home), settle=17, window=10,
                                   log=log)
                    log.seek(0)
                    for line in log:
                        if ' late=' in line:
                            late.append(int(line.rsplit('late=', 1)[1].split()[0]))
            else:
                res = run_once(disp, [f'{build}/bench/bench_bare_animation'], environment(disp, bare_home),
                               settle=2, window=10)
            rows[n].append(res)
    report(f'playing, {rounds} rounds of 10 s (sound and voice off)', rows, list(rows),
           [('cpu', 'CPU, % of a core'), ('wakeups', 'wakeups/s'), ('rss', 'peak memory, MiB')],
           'bare animation')
    if late:
        print(f'  segment starts against the plan: {len(late)} segments, late by median {statistics.median(late)} ms, '
              f'worst {max(late)} ms')
    else:
        print('  segment starts against the plan: no "late=" lines were logged')


def session_bench(build, disp, root, routine):
    home = make_home(root, 'session')
    env = environment(disp, home)
    with tempfile.TemporaryFile('w+') as log:
        proc = subprocess.Popen([f'{build}/rollguide', '--routine', routine, '--start', '--log-level', 'info'],
                                env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            started = finished = None
            c0, s0 = task_counters(proc.pid)
            w0 = time.perf_counter()
            while finished is None:
                time.sleep(0.5)
                if proc.poll() is not None:
                    raise SystemExit(f'rollguide exited with status {proc.returncode} during the session')
                log.seek(0)
                for line in log:
                    if 'session started:' in line:
                        started = line
                    elif 'session finished:' in line:
                        finished = line
                if started is None and time.perf_counter() - w0 > 20:
                    raise SystemExit(f'the session "{routine}" did not start within 20 s')
                if time.perf_counter() - w0 > 3600:
                    raise SystemExit('the session did not finish within an hour')
            c1, s1 = task_counters(proc.pid)
            span = time.perf_counter() - w0
            rss = peak_rss_mib(proc.pid)
            log.seek(0)
            late = [int(line.rsplit('late=', 1)[1].split()[0]) for line in log if ' late=' in line]
        finally:
            stop(proc)
    print(f'\nwhole session: {routine}, played to its end (sound and voice off)')
    print(f'  {started.split("session started: ", 1)[1].strip()}')
    print(f'  {finished.split("session finished: ", 1)[1].strip()}')
    if late:
        print(f'  segment starts against the plan: {len(late)} segments, late by median {statistics.median(late)} ms, '
              f'worst {max(late)} ms')
    else:
        print('  segment starts against the plan: no "late=" lines were logged')
    print(f'  over {span:.0f} s: CPU {(c1 - c0) / 1e9 / span * 100:.1f} % of a core, '
          f'{(s1 - s0) / span:.1f} wakeups/s; peak memory {rss:.1f} MiB')
    # Every step's outcome was written to the history while the session played; show what it holds.
    hist = subprocess.run([f'{build}/rollguide', '--history'], env=env, capture_output=True, text=True, timeout=30)
    print(f'  recorded in the history (rollguide --history): {hist.stdout.strip() or hist.stderr.strip()}')


def background_bench(build, disp, root, rounds, seconds):
    home = make_home(root, 'background')
    # Reminders on, planned an hour ago on every day: the next one is about 23 hours away.
    planned = time.strftime('%H:%M', time.localtime(time.time() - 3600))
    with open(f'{home}/config/rollguide/rollguide.conf', 'a') as f:
        f.write(f'[reminders]\non=true\ndays=mon, tue, wed, thu, fri, sat, sun\ntime={planned}\n')
    bare_home = make_home(root, 'background-bare')
    bus = subprocess.Popen(['dbus-daemon', '--session', '--nofork', '--print-address=1'], stdout=subprocess.PIPE,
                           text=True)
    address = bus.stdout.readline().strip()
    rows = {'rollguide --background': [], 'bare window': []}
    try:
        for r in range(rounds):
            for n in (list(rows) if r % 2 == 0 else list(rows)[::-1]):
                if n == 'bare window':
                    cmd, env = [f'{build}/bench/bench_bare_window'], environment(disp, bare_home)
                else:
                    cmd, env = [f'{build}/rollguide', '--background'], environment(disp, home)
                env['DBUS_SESSION_BUS_ADDRESS'] = address
                proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    time.sleep(3)
                    if proc.poll() is not None:
                        raise SystemExit(f'{cmd[0]} exited with status {proc.returncode}')
                    c0, s0 = task_counters(proc.pid)
                    w0 = time.perf_counter()
                    time.sleep(seconds)
                    c1, s1 = task_counters(proc.pid)
                    span = time.perf_counter() - w0
                    rows[n].append({'cpu': (c1 - c0) / 1e9 / span * 100, 'wakeups': (s1 - s0) / span,
                                    'per_minute': (s1 - s0) / span * 60, 'rss': peak_rss_mib(proc.pid)})
                finally:
                    stop(proc)
    finally:
        bus.terminate()
        bus.wait()
    report(f'waiting in the background, {rounds} rounds of {seconds} s (reminders on, window closed)', rows,
           list(rows), [('cpu', 'CPU, % of a core'), ('wakeups', 'wakeups/s'), ('per_minute', 'wakeups a minute'),
                        ('rss', 'peak memory, MiB')], 'bare window')


def list_bench(build, root):
    print('\n--list-routines with N routine files, median of 5 (ms)')
    env = dict(os.environ, XDG_CONFIG_HOME=f'{root}/list/config', XDG_DATA_HOME=f'{root}/list/data', LC_ALL='C.UTF-8')
    env.pop('DISPLAY', None)
    folder = f'{root}/list/data/rollguide/routines'
    for count in (625, 1250, 2500, 5000):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([f'{build}/bench/rollguide_scale_bench', '--write-routines', folder, str(count)], env=env,
                       check=True, stderr=subprocess.DEVNULL)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            out = subprocess.run([f'{build}/rollguide', '--list-routines'], env=env, capture_output=True, text=True)
            times.append((time.perf_counter() - t0) * 1e3)
            if out.returncode != 0:
                raise SystemExit(f'--list-routines failed: {out.stderr}')
        lines = len(out.stdout.splitlines())
        print(f'  {count:6} files: {statistics.median(times):8.1f} ms [{min(times):.1f}..{max(times):.1f}], '
              f'{lines} routines listed ({lines - count} built in), {statistics.median(times) / count * 1000:.0f} µs a file')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('build')
    ap.add_argument('--rounds', type=int, default=12)
    ap.add_argument('--play-rounds', type=int, default=5)
    ap.add_argument('--only', choices=['launch', 'play', 'list', 'session', 'background'])
    ap.add_argument('--background-rounds', type=int, default=3)
    ap.add_argument('--idle-seconds', type=int, default=60)
    ap.add_argument('--routine', default='short-session', help='the routine --only session plays')
    a = ap.parse_args()
    build = os.path.abspath(a.build)
    root = tempfile.mkdtemp(prefix='rollguide-bench-')
    xvfb, disp = start_xvfb()
    try:
        if a.only in (None, 'launch'):
            launch_bench(build, disp, root, a.rounds)
        if a.only in (None, 'play'):
            play_bench(build, disp, root, a.play_rounds)
        if a.only in (None, 'list'):
            list_bench(build, root)
        if a.only == 'session':
            session_bench(build, disp, root, a.routine)
        if a.only == 'background':
            background_bench(build, disp, root, a.background_rounds, a.idle_seconds)
    finally:
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == '__main__':
    main()

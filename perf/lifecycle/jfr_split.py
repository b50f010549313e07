#!/usr/bin/env python3
"""Where the lifecycle benchmark's threads spend their time: in the engine, or in our delegates and listeners.

Reads a JFR recording of `mvn -B -Pbenchmark test` (see README.md here) with the JDK's `jfr` tool.
Java samples (ExecutionSample, every 10 ms) and native samples (NativeMethodSample, every 20 ms: mostly
waiting for PostgreSQL) of the job executor's threads and the harness thread are weighted by their
period. A sample whose stack holds a frame of ours (fi.hva.grants, harness classes excluded) counts
for our code; PDF rendering is shown apart; everything else is the engine's own work, including
its SQL and the commit.
"""
import collections
import re
import subprocess
import sys

HARNESS = ('.benchmark.', '.process.ProcessFixtures', '.process.CallDriver')
EVENTS = (('jdk.ExecutionSample', 10), ('jdk.NativeMethodSample', 20))


def samples(recording, event):
    text = subprocess.run(['jfr', 'print', '--events', event, '--stack-depth', '128', recording],
                          check=True, capture_output=True, text=True).stdout
    for sample in text.split(event + ' {')[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', sample)
        yield (thread.group(1) if thread else ''), re.findall(r'^\s+([\w.$<>]+)\(', sample, re.M)


def kind(frames):
    ours = [f for f in frames if f.startswith('fi.hva.grants.') and not any(h in f for h in HARNESS)]
    if not ours:
        return 'engine (SQL, history, jobs, commit)', None
    if any('.document.HtmlPdf' in f for f in ours):
        return 'ours: PDF rendering', None
    # The outermost frame of ours names the delegate or listener the engine called.
    return 'ours: delegates and listeners', ours[-1].rsplit('.', 1)[0].replace('$$SpringCGLIB$$0', '')


def main(recording):
    totals = collections.Counter()
    callers = collections.Counter()
    for event, millis in EVENTS:
        for thread, frames in samples(recording, event):
            if thread.startswith('camundaTaskExecutor'):
                where = 'job executor'
            elif thread == 'main':
                where = 'harness thread'
            else:
                continue
            what, caller = kind(frames)
            totals[(where, what)] += millis
            if caller:
                callers[caller] += millis
    for where in ('job executor', 'harness thread'):
        spent = sum(v for (w, _), v in totals.items() if w == where)
        print(f'{where}: {spent / 1000:.1f} s sampled')
        for (w, what), v in sorted(totals.items(), key=lambda item: -item[1]):
            if w == where:
                print(f'  {what:40s} {v / 1000:7.1f} s  {100 * v / spent:5.1f} %')
    print('our classes the engine called, both threads:')
    for caller, v in callers.most_common(15):
        print(f'  {caller:70s} {v / 1000:6.2f} s')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: jfr_split.py recording.jfr')
    main(sys.argv[1])

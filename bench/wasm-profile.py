#!/usr/bin/env python3
"""Where the wasm's bytes go, by crate: reads a wasm file's code section
(each function body's size) and its name section (each function's name),
and the data section (constant bytes: strings, tables). twiggy 0.7 cannot
read wasm that uses bulk-memory instructions, which rustc 1.95 emits; this
needs nothing but Python.

Usage: wasm-profile.py FILE.wasm   (a build that keeps its name section:
scripts/bench.sh makes one with `cargo build --release`, before
wasm-bindgen and wasm-opt strip the names)."""
import re
import sys
from collections import defaultdict


def leb(buf, i):
    result = shift = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def sections(buf):
    i = 8
    while i < len(buf):
        sid = buf[i]
        size, j = leb(buf, i + 1)
        yield sid, buf[j:j + size]
        i = j + size


def crate_of(name):
    """The crate a mangled function name belongs to: the first path segment
    of a legacy (`_ZN`) or v0 (`_R`) Rust symbol; for a trait impl
    (`<T as Trait>`), the crate of T."""
    if name.startswith('_ZN'):
        m = re.match(r'_ZN(\d+)', name)
        if not m:
            return '?'
        start = m.end()
        segment = name[start:start + int(m.group(1))]
        if segment.startswith('_$LT$'):
            segment = segment[5:]
            segment = re.sub(r'^(\$RF\$|\$BP\$|mut\$u20\$|dyn\$u20\$)+', '', segment)
        return re.split(r'\.\.|\$', segment)[0] or '?'
    if name.startswith('_R'):
        m = re.search(r'C(?:s[0-9A-Za-z]*_)?(\d+)', name)
        if m:
            start = m.end()
            return name[start:start + int(m.group(1))]
        return '?'
    # Demangled (wasm-bindgen keeps the names demangled): `<T as a::B>`,
    # `<&dyn core::Fn>`, `yew::html::…`, `core[hash]::…`.
    name = re.sub(r'^[<&*\s]*(?:(?:dyn|mut|const) )*', '', name)
    name = re.sub(r'^[A-Z]\w* as ', '', name)
    name = re.sub(r'^[<&*\s]*(?:(?:dyn|mut|const) )*', '', name)
    head = re.split(r'::|<|>|\s', name)[0]
    return re.sub(r'\[[0-9a-f]+\]$', '', head) or '?'


def main(path):
    buf = open(path, 'rb').read()
    imported = 0
    bodies, names, data = [], {}, 0
    for sid, body in sections(buf):
        if sid == 2:  # imports: functions among them shift the indices
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, i = leb(body, i)
                    i += n
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                else:
                    i += 2
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, i = leb(body, i)
                bodies.append(size)
                i += size
        elif sid == 11:
            data = len(body)
        elif sid == 0:
            n, i = leb(body, 0)
            if body[i:i + n] != b'name':
                continue
            i += n
            while i < len(body):
                kind = body[i]
                size, j = leb(body, i + 1)
                if kind == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k:k + ln].decode('utf-8', 'replace')
                        k += ln
                i = j + size
    by_crate = defaultdict(lambda: [0, 0])
    for n, size in enumerate(bodies):
        crate = crate_of(names.get(imported + n, '?'))
        by_crate[crate][0] += size
        by_crate[crate][1] += 1
    total = sum(bodies) + data
    print(f'{path}: {len(buf) / 1024:.1f} KB; code {sum(bodies) / 1024:.1f} KB in {len(bodies)} functions, data {data / 1024:.1f} KB')
    print(f'{"crate (or data)":<28}{"KB":>8}{"share":>8}{"functions":>11}')
    rows = sorted(by_crate.items(), key=lambda kv: -kv[1][0])
    rows.append(('(data: strings, tables)', [data, 0]))
    rows.sort(key=lambda kv: -kv[1][0])
    for crate, (size, count) in rows[:18]:
        print(f'{crate:<28}{size / 1024:>8.1f}{100 * size / total:>7.1f}%{count or "":>11}')
    rest = sum(v[0] for _, v in rows[18:])
    if rest:
        print(f'{"(everything else)":<28}{rest / 1024:>8.1f}{100 * rest / total:>7.1f}%')


if __name__ == '__main__':
    main(sys.argv[1])

#!/usr/bin/env python3
"""What takes the space in a WebAssembly file: code bytes per crate and per function.

    scripts/wasm-sizes.py FILE.wasm [--top N] [--prefix PATH]

Reads the code section (each function body's size) and the `name` section (the functions'
names, as rustc leaves them before wasm-bindgen and wasm-opt strip them), demangles Rust's
legacy `_ZN…E` names and sums the bytes by crate and by function. A stand-in for twiggy when
it is not installed; build the input with names kept:

    cargo build -p app --lib --features hydrate --target wasm32-unknown-unknown \
      --profile wasm-release
    scripts/wasm-sizes.py target/wasm32-unknown-unknown/wasm-release/app.wasm

The sizes are before wasm-opt, so they add up to more than the file served; their shares are
what to read. Generic code is counted where it is defined (a `Vec` of our type is `alloc`),
as twiggy counts it; `--prefix` sums the functions whose path contains PATH anywhere.
"""
import argparse
import collections
import re
import sys


def leb(data, at):
    """An unsigned LEB128 at `at`: (value, next position)."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    if data[:4] != b"\0asm":
        sys.exit("wasm-sizes: not a WebAssembly file")
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb(data, at + 1)
        yield kind, data[at : at + size]
        at += size


def imported_functions(body):
    count, at = leb(body, 0)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module and field names
            length, at = leb(body, at)
            at += length
        kind = body[at]
        at += 1
        if kind == 0:  # function: a type index
            _, at = leb(body, at)
            functions += 1
        elif kind == 1:  # table: element type, limits
            at += 1
            flags, at = leb(body, at)
            _, at = leb(body, at)
            if flags & 1:
                _, at = leb(body, at)
        elif kind == 2:  # memory: limits
            flags, at = leb(body, at)
            _, at = leb(body, at)
            if flags & 1:
                _, at = leb(body, at)
        elif kind == 3:  # global: type, mutability
            at += 2
        else:
            sys.exit(f"wasm-sizes: unknown import kind {kind}")
    return functions


def body_sizes(body):
    count, at = leb(body, 0)
    sizes = []
    for _ in range(count):
        size, at = leb(body, at)
        sizes.append(size)
        at += size
    return sizes


def function_names(body):
    names = {}
    at = 0
    while at < len(body):
        kind = body[at]
        size, at = leb(body, at + 1)
        end = at + size
        if kind == 1:
            count, at = leb(body, at)
            for _ in range(count):
                index, at = leb(body, at)
                length, at = leb(body, at)
                names[index] = body[at : at + length].decode("utf-8", "replace")
                at += length
        at = end
    return names


def demangle(name):
    """`_ZN4core3fmt5write17h…E` → `core::fmt::write`; other names as they are."""
    if not name.startswith("_ZN"):
        return name
    parts, at = [], 3
    while at < len(name) and name[at] != "E":
        digits = re.match(r"\d+", name[at:])
        if not digits:
            break
        length = int(digits.group())
        at += len(digits.group())
        parts.append(name[at : at + length])
        at += length
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    text = "::".join(parts)
    for code, char in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"),
                       ("$C$", ","), ("$u7b$", "{"), ("$u7d$", "}"), ("$BP$", "*"),
                       ("..", "::")):
        text = text.replace(code, char)
    return text


def crate_of(name):
    text = name.lstrip("<&* ")
    if text.startswith("_<"):
        text = text[2:]
    return re.split(r"::|<| ", text, maxsplit=1)[0] or "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wasm")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--prefix", action="append", default=[])
    args = parser.parse_args()
    data = open(args.wasm, "rb").read()
    imports, sizes, names = 0, [], {}
    other = collections.Counter()
    for kind, body in sections(data):
        if kind == 2:
            imports = imported_functions(body)
        elif kind == 10:
            sizes = body_sizes(body)
        elif kind == 0:
            length, at = leb(body, 0)
            if body[at : at + length] == b"name":
                names = function_names(body[at + length :])
            else:
                other[f"custom section {body[at:at + length].decode()}"] += len(body)
        elif kind == 11:
            other["data (strings, tables)"] += len(body)
    functions = [(demangle(names.get(imports + i, f"#{imports + i}")), size)
                 for i, size in enumerate(sizes)]
    total = len(data)
    code = sum(size for _, size in functions)
    print(f"{args.wasm}: {total:,} bytes; code {code:,}; {len(functions):,} functions")
    for what, size in other.most_common():
        print(f"  {what}: {size:,}")
    by_crate = collections.Counter()
    for name, size in functions:
        by_crate[crate_of(name)] += size
    print(f"\ncode by crate (top {args.top}):")
    for crate, size in by_crate.most_common(args.top):
        print(f"  {size:>9,}  {100 * size / code:5.1f}%  {crate}")
    for prefix in args.prefix:
        size = sum(s for n, s in functions if prefix in n)
        print(f"\nfunctions naming {prefix!r}: {size:,} ({100 * size / code:.1f}%)")
    by_function = collections.Counter()
    for name, size in functions:
        by_function[name] += size
    print(f"\nlargest functions (top {args.top}):")
    for name, size in by_function.most_common(args.top):
        print(f"  {size:>9,}  {name[:150]}")


if __name__ == "__main__":
    main()

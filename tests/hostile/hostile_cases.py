# hostile_cases.py — the hostile-input corpus for the Python runners
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads text.cases and dates.cases (format at the top of text.cases) and
# works out what a text field must do with each case, as hostile-cases.c
# does for the C runners.
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BLANKS = ' \t\r\n\u3000'


def decode(value):
    out = bytearray()
    i = 0
    while i < len(value):
        ch = value[i]
        if ch != '\\':
            out += ch.encode()
            i += 1
            continue
        nxt = value[i + 1]
        if nxt in '\\tnr':
            out += {'\\': b'\\', 't': b'\t', 'n': b'\n', 'r': b'\r'}[nxt]
            i += 2
        elif nxt == 'x':
            out.append(int(value[i + 2:i + 4], 16))
            i += 4
        elif nxt == 'u':
            end = value.index('}', i)
            out += chr(int(value[i + 3:end], 16)).encode()
            i = end + 1
        else:
            raise ValueError('bad escape in %r' % value)
    return bytes(out)


class Case:
    def __init__(self, ident, expect, value):
        self.id = ident
        self.expect = expect
        self.value = value          # bytes, maybe not UTF-8

    def __repr__(self):
        return 'Case(%s)' % self.id


def load(name):
    cases = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            value = decode(fields[2])
            if len(fields) == 4:
                value *= int(re.fullmatch(r'×(\d+)', fields[3]).group(1))
            cases.append(Case(fields[0], fields[1], value))
    return cases


class Field:
    """A text field's rules, as its store checks them."""

    def __init__(self, max_chars, required, multiline, pattern=None, width=False,
                 blank_either=False):
        self.max_chars = max_chars
        self.required = required
        self.multiline = multiline
        self.pattern = pattern      # a code: only text matching this regex
        self.width = width          # full-width ASCII is stored as ASCII
        self.blank_either = blank_either  # blank may be refused or stored


# What a blank_either field may do with a blank case.
EITHER = object()


def narrow(text):
    """Full-width ASCII as ASCII, as daicho_text_normalize_width does."""
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E
                   else ' ' if c == '\u3000' else c for c in text)


def expect(case, field):
    """The bytes a field must store for @case, or None when it must refuse."""
    if case.expect == 'refuse':
        return None
    text = case.value.decode()
    if field.width:
        text = narrow(text)
    clean = text.strip(BLANKS)
    if case.expect == 'blank':
        return None if field.required else b''
    if len(clean) > field.max_chars:
        return None
    if case.expect == 'multiline' and not field.multiline:
        return None
    if field.pattern is not None and not re.fullmatch(field.pattern, clean):
        return None
    if case.expect == 'trim' or field.width:
        return clean.encode()
    return case.value

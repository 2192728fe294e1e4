#!/usr/bin/python3
# test-hostile-cli.py — every text-taking daicho-cli command with every hostile text
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-hostile-cli.py PATH/TO/daicho-cli
#
# Each case of text.cases goes into each text option of the commands below,
# each case of dates.cases into `date` and into a date option that is
# stored, and both into options that name an existing thing (an office
# code, an employee number, …). What must happen:
#   refused  exit 1 or 2 with exactly one line on stderr, readable (valid
#            UTF-8, no control or invisible characters, at most 300
#            characters), and the database byte for byte as it was;
#   accepted exit 0, the text stored byte for byte as the corpus says (SQL
#            metacharacters are ordinary text), and `daicho-cli check` passes.
#   Never a crash (a signal) or another exit code.
# Prints TAP, one line per command and case.
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_cases as hc  # noqa: E402

CLI = sys.argv[1]
OPERATOR = '100001'
SHORT, LONG = 100, 2000
V = object()                 # where the hostile value goes in a command line

n = 0
failed = 0


def tap(ok, description, diag=''):
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, description))
    if not ok and diag:
        for line in diag.splitlines()[:12]:
            print('#   ' + line[:300])
    sys.stdout.flush()


def run(db, args, operator=OPERATOR):
    argv = [CLI, '--db', db]
    if operator is not None:
        argv += ['--operator', operator]
    env = dict(os.environ)
    env.pop('DAICHO_DB', None)
    env.pop('DAICHO_OPERATOR', None)
    p = subprocess.run(argv + args, capture_output=True, env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def dump(db):
    con = sqlite3.connect(db)
    try:
        return '\n'.join(con.iterdump())
    finally:
        con.close()


def ident(db, sql):
    """The id the query finds, as text."""
    row = query(db, sql)
    if row is None:
        print('Bail out! the demo data has nothing for: ' + sql)
        sys.exit(99)
    return str(row[0])


def query(db, sql, params=()):
    con = sqlite3.connect(db)
    con.text_factory = bytes
    try:
        return con.execute(sql, params).fetchone()
    finally:
        con.close()


def readable_problem(stderr):
    """Why @stderr is not one readable line, or None."""
    try:
        text = stderr.decode()
    except UnicodeDecodeError:
        return 'stderr is not UTF-8'
    if not text.endswith('\n') or text.count('\n') != 1:
        return 'stderr is not exactly one line'
    line = text[:-1]
    if not line.startswith('daicho-cli'):
        return 'stderr does not start with daicho-cli'
    if len(line) > 300:
        return 'the message is %d characters long' % len(line)
    for ch in line:
        if unicodedata.category(ch) in ('Cc', 'Cf') or ch in '\u2028\u2029':
            return 'the message holds U+%04X' % ord(ch)
    return None


def show(b):
    return repr(b[:80]) + ('…' if len(b) > 80 else '')


# --- the database every case starts from ---------------------------------

tmp = tempfile.mkdtemp(prefix='daicho-hostile-cli-')
template = os.path.join(tmp, 'template.sqlite3')
work = os.path.join(tmp, 'work.sqlite3')


def setup_ok(args, what, operator=OPERATOR):
    code, out, err = run(template, args, operator)
    if code != 0:
        print('Bail out! setting up %s: %s' % (what, err.decode(errors='replace')))
        sys.exit(99)
    return out.decode()


def first_id(out):
    return re.search(r'(\d+)\s*\)?\s*\.?\s*$', out.strip()).group(1)


today = date.today()
setup_ok(['init'], 'the database', None)
setup_ok(['demo'], 'the demo data', None)
last_meeting = query(template, 'SELECT max(meeting_date) FROM meeting')[0].decode()
meeting_day = (date.fromisoformat(last_meeting) + timedelta(days=7)).isoformat()
meeting = first_id(setup_ok(['meeting', 'new', '--date', meeting_day], 'a meeting'))
item = first_id(setup_ok(['agenda', 'add', '--meeting', meeting, '--title', '議題',
                          '--area', '1'], 'an agenda item'))
held = ident(template, "SELECT id FROM meeting WHERE state = 'held' ORDER BY id LIMIT 1")
action = ident(template, "SELECT id FROM meeting_action WHERE meeting_id = %s"
                         " AND withdrawn_at IS NULL ORDER BY id LIMIT 1" % held)
entry = re.search(r'id (\d+)', setup_ok(
    ['ledger', 'add', '--office', '131', '--form', '住民票の写し', '--date', today.isoformat(),
     '--printed-by', '100013', '--basis', '請求書', '--basis-ref', 'HX-1',
     '--place', '書庫A（施錠）', '--retention', '5'], 'a ledger entry')).group(1)
designation = ident(template, "SELECT d.id FROM designation d JOIN office o ON o.id = d.office_id"
                              " WHERE d.end_date IS NULL AND o.code = '131'"
                              " ORDER BY d.id LIMIT 1")
inspection = ident(template, "SELECT id FROM inspection WHERE state = 'draft'"
                             " ORDER BY id DESC LIMIT 1")
template_dump = dump(template)
with open(template, 'rb') as f:
    template_bytes = f.read()


def unchanged(before):
    """The work database still holds what the template holds."""
    if not os.path.exists(work + '-wal') or os.path.getsize(work + '-wal') == 0:
        with open(work, 'rb') as f:
            if f.read() == template_bytes:
                return True
    return dump(work) == before


class Spec:
    """A command line with V where the value goes; the field's rules; the
    SQL (one parameter-free query) that reads back what was stored."""

    def __init__(self, name, args, field=None, read=None, operator=OPERATOR):
        self.name = name
        self.args = args
        self.field = field      # None: a key that names nothing, always refused
        self.read = read
        self.operator = operator

    def argv(self, value):
        return [value if a is V else a for a in self.args]


F = hc.Field
short_req, short_opt = F(SHORT, True, False), F(SHORT, False, False)
long_req, long_opt = F(LONG, True, True), F(LONG, False, True)
new = 'ORDER BY id DESC LIMIT 1'

text_specs = [
    Spec('office add --name', ['office', 'add', '--code', 'HX1', '--name', V], short_req,
         "SELECT name FROM office WHERE code = 'HX1'"),
    Spec('office add --code', ['office', 'add', '--code', V, '--name', 'HX試験課'], F(20, True, False),
         "SELECT code FROM office WHERE name = 'HX試験課'"),
    Spec('staff add --name', ['staff', 'add', '--emp-no', 'HX1', '--office', '131', '--name', V],
         short_req, "SELECT name FROM staff WHERE emp_no = 'HX1'"),
    Spec('staff add --kana', ['staff', 'add', '--emp-no', 'HX1', '--office', '131', '--name', '試験',
                              '--kana', V], short_opt,
         "SELECT kana FROM staff WHERE emp_no = 'HX1'"),
    Spec('staff add --title', ['staff', 'add', '--emp-no', 'HX1', '--office', '131', '--name', '試験',
                               '--title', V], short_opt,
         "SELECT title FROM staff WHERE emp_no = 'HX1'"),
    Spec('staff add --emp-no', ['staff', 'add', '--office', '131', '--name', 'HX試験', '--emp-no', V],
         F(20, True, False, r'[A-Za-z0-9_-]+', width=True),
         "SELECT emp_no FROM staff WHERE name = 'HX試験'"),
    Spec('place add --name', ['place', 'add', '--office', '131', '--name', V], short_req,
         'SELECT name FROM place ' + new),
    Spec('retention add --name', ['retention', 'add', '--code', 'HX', '--years', '5', '--name', V],
         short_req, "SELECT name FROM retention_class WHERE code = 'HX'"),
    Spec('designation end --note', ['designation', 'end', designation, '--on', today.isoformat(),
                                    '--reason', 'transfer', '--note', V],
         # Required when the designation is under review, else optional.
         F(LONG, False, True, blank_either=True),
         'SELECT end_note FROM designation WHERE id = ' + designation),
    Spec('ledger add --form', ['ledger', 'add', '--office', '131', '--date', today.isoformat(),
                               '--printed-by', '100013', '--basis', '請求書', '--basis-ref', 'HX-2',
                               '--place', '書庫A（施錠）', '--retention', '5', '--form', V],
         short_req, 'SELECT form_name FROM ledger_entry ' + new),
    Spec('ledger add --basis-ref', ['ledger', 'add', '--office', '131', '--date', today.isoformat(),
                                    '--printed-by', '100013', '--basis', '請求書', '--form', '戸籍',
                                    '--place', '書庫A（施錠）', '--retention', '5',
                                    '--basis-ref', V],
         short_req, 'SELECT basis_ref FROM ledger_entry ' + new),
    Spec('ledger add --note', ['ledger', 'add', '--office', '131', '--date', today.isoformat(),
                               '--printed-by', '100013', '--basis', '請求書', '--form', '戸籍',
                               '--basis-ref', 'HX-3', '--place', '書庫A（施錠）',
                               '--retention', '5', '--note', V],
         long_opt, 'SELECT note FROM ledger_entry ' + new),
    Spec('ledger void --reason', ['ledger', 'void', entry, '--reason', V], long_req,
         'SELECT void_reason FROM ledger_entry WHERE id = ' + entry),
    Spec('inspection answer --finding', ['inspection', 'answer', inspection, '--item', '1',
                                         '--result', '該当なし', '--finding', V], long_opt,
         'SELECT finding FROM inspection_answer WHERE inspection_id = %s'
         ' ORDER BY answered_at DESC, id DESC LIMIT 1' % inspection),
    Spec('inspection checklist add TEXT',
         ['inspection', 'checklist', 'add', '--article', '第9条', '--', V],
         F(LONG // 4, True, False), 'SELECT text FROM inspection_item ' + new),
    Spec('committee name NAME', ['committee', 'name', '--', V], short_req, None),
    Spec('committee post --add', ['committee', 'post', '--add', V], short_req,
         "SELECT name FROM post WHERE role = 'committee' " + new),
    Spec('meeting edit --place', ['meeting', 'edit', meeting, '--place', V], short_opt,
         'SELECT place FROM meeting WHERE id = ' + meeting),
    Spec('meeting edit --next', ['meeting', 'edit', meeting, '--next', V], long_opt,
         'SELECT next_meeting FROM meeting WHERE id = ' + meeting),
    Spec('meeting cancel --reason', ['meeting', 'cancel', meeting, '--reason', V], long_req,
         'SELECT cancel_reason FROM meeting WHERE id = ' + meeting),
    Spec('meeting invite --name',
         ['meeting', 'invite', meeting, '--affiliation', '外部', '--name', V],
         short_req, 'SELECT name FROM meeting_invitee ' + new),
    Spec('meeting invite --affiliation', ['meeting', 'invite', meeting, '--name', '招待',
                                          '--affiliation', V],
         short_req, 'SELECT affiliation FROM meeting_invitee ' + new),
    Spec('agenda add --title', ['agenda', 'add', '--meeting', meeting, '--area', '2', '--title', V],
         short_req, 'SELECT title FROM agenda_item ' + new),
    Spec('agenda add --presenter', ['agenda', 'add', '--meeting', meeting, '--area', '2',
                                    '--title', '議題2', '--presenter', V],
         short_opt, 'SELECT presenter FROM agenda_item ' + new),
    Spec('agenda add --materials', ['agenda', 'add', '--meeting', meeting, '--area', '2',
                                    '--title', '議題2', '--materials', V],
         long_opt, 'SELECT materials FROM agenda_item ' + new),
    Spec('agenda withdraw --reason', ['agenda', 'withdraw', item, '--reason', V], long_req,
         'SELECT withdraw_reason FROM agenda_item WHERE id = ' + item),
    Spec('action add --text', ['action', 'add', '--meeting', held, '--owner', '100013',
                               '--due', (today + timedelta(days=400)).isoformat(), '--text', V],
         long_req, 'SELECT text FROM meeting_action ' + new),
    Spec('action withdraw --reason', ['action', 'withdraw', action, '--reason', V], long_req,
         'SELECT withdraw_reason FROM meeting_action WHERE id = ' + action),
]

key_specs = [
    Spec('staff add --office CODE', ['staff', 'add', '--emp-no', 'HX1', '--name', '試験',
                                     '--office', V]),
    Spec('place add --office CODE', ['place', 'add', '--name', '試験', '--office', V]),
    Spec('ledger add --printed-by EMPNO', ['ledger', 'add', '--office', '131', '--form', '戸籍',
                                           '--date', today.isoformat(), '--basis', '請求書',
                                           '--basis-ref', 'HX-4', '--place', '書庫A（施錠）',
                                           '--retention', '5', '--printed-by', V]),
    Spec('ledger add --place NAME', ['ledger', 'add', '--office', '131', '--form', '戸籍',
                                     '--date', today.isoformat(), '--basis', '請求書',
                                     '--basis-ref', 'HX-5', '--printed-by', '100013',
                                     '--retention', '5', '--place', V]),
    Spec('designation history EMPNO', ['designation', 'history', '--', V]),
    Spec('inspection checklist retire KEY', ['inspection', 'checklist', 'retire', '--', V]),
    Spec('--operator EMPNO', ['place', 'add', '--office', '131', '--name', '試験'], operator=V),
]


def fresh():
    shutil.copyfile(template, work)
    for suffix in ('-wal', '-shm'):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)


def check_refusal(desc, code, err, before):
    problem = None
    if code not in (1, 2):
        problem = 'exit %d, expected 1 or 2' % code
    else:
        problem = readable_problem(err)
    if problem is None and not unchanged(before):
        problem = 'the database changed'
    tap(problem is None, desc, '%s\nstderr: %s' % (problem, show(err)))
    return problem is None


def run_case(spec, case):
    """Runs one case; returns True when the database may have changed."""
    desc = '%s: %s' % (spec.name, case.id)
    args = spec.argv(case.value)
    operator = case.value if spec.operator is V else spec.operator
    code, out, err = run(work, args, operator)
    if code < 0:
        tap(False, desc, 'killed by signal %d\nstderr: %s' % (-code, show(err)))
        return True
    want = hc.expect(case, spec.field) if spec.field else None
    if want is not None and spec.field.blank_either and case.expect == 'blank':
        want = hc.EITHER
    if code != 0:
        ok = check_refusal(desc + (' (refused)' if want is None else ''), code, err,
                           template_dump)
        if ok and want is not None and want is not hc.EITHER:
            tap(False, desc + ' is stored', 'refused text that must be stored: %s\nstderr: %s'
                % (show(case.value), show(err)))
        return not ok
    if want is None:
        tap(False, desc + ' (refused)', 'accepted text that must be refused: %s\nstdout: %s'
            % (show(case.value), show(out)))
        return True
    if spec.read is None:
        stored = run(work, ['committee', 'name'])[1].rstrip(b'\n')
    else:
        row = query(work, spec.read)
        stored = row[0] if row else b'<no row>'
    if stored is None:
        stored = b''
    problem = None
    if stored != want and not (want is hc.EITHER and stored == b''):
        problem = 'stored %s, expected %s' % (show(stored), show(want))
    else:
        ccode, cout, cerr = run(work, ['check'])
        if ccode != 0:
            problem = 'check fails: %s' % show(cout + cerr)
    tap(problem is None, desc + ' (stored)', problem or '')
    return True


texts = hc.load('text.cases')
dates = hc.load('dates.cases')
try:
    fresh()
    for spec in text_specs:
        for case in texts:
            if run_case(spec, case):
                fresh()
    for spec in key_specs:
        for case in texts + dates:
            if run_case(spec, case):
                fresh()

    # Dates: `date` prints the ISO date or refuses; a stored date option
    # stores exactly that date or refuses (the designation may not end then).
    for case in dates:
        code, out, err = run(work, ['date', case.value], operator=None)
        desc = 'date: %s' % case.id
        if case.expect == 'error':
            check_refusal(desc + ' (refused)', code, err, template_dump)
        else:
            tap(code == 0 and out.split(b'\t')[0] == case.expect.encode(), desc,
                'exit %d\nstdout: %s\nstderr: %s' % (code, show(out), show(err)))
        code, out, err = run(work, ['designation', 'end', designation, '--reason', 'transfer',
                                    '--on', case.value])
        desc = 'designation end --on: %s' % case.id
        if code == 0:
            stored = query(work, 'SELECT end_date FROM designation WHERE id = ' + designation)[0]
            tap(case.expect != 'error' and stored == case.expect.encode(), desc + ' (stored)',
                'stored %s for %s' % (show(stored or b''), case.expect))
            fresh()
        elif code < 0:
            tap(False, desc, 'killed by signal %d' % -code)
            fresh()
        elif not check_refusal(desc + ' (refused)', code, err, template_dump):
            fresh()

    # Formula-looking text ("=cmd|…", "+…", "@…", "-…") is stored as it was
    # typed, and the xlsx export writes it as text, never as a formula that
    # Excel would run when the workbook is opened.
    fresh()
    formulas = [c.value.decode() for c in texts if c.id.startswith('csv-formula')]
    for i, text in enumerate(formulas):
        run(work, ['ledger', 'add', '--office', '131', '--date', today.isoformat(),
                   '--printed-by', '100013', '--basis', '請求書', '--basis-ref', 'HX-F%d' % i,
                   '--place', '書庫A（施錠）', '--retention', '5', '--form', text])
    xlsx = os.path.join(tmp, 'form1.xlsx')
    code, out, err = run(work, ['export', 'form1', '--office', '131', '--output', xlsx,
                                '--from', today.isoformat(), '--to', today.isoformat()])
    cells = {}
    if code == 0:
        try:
            import openpyxl
            sheet = openpyxl.load_workbook(xlsx).active
            cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row
                     if isinstance(c.value, str)}
        except ImportError:
            cells = None
    if cells is None:
        print('ok %d - formula cells in the xlsx export # SKIP no openpyxl' % (n + 1))
        n += 1
    else:
        for text in formulas:
            tap(cells.get(text) == 's', 'xlsx export: %r is a text cell' % text,
                'exit %d, cell type %r\nstderr: %s' % (code, cells.get(text), show(err)))
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print('1..%d' % n)
sys.exit(1 if failed else 0)

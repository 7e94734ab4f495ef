"""Service errors shown entirely in the user's language, and no planner/ message untranslated."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from planner import errors
from planner.models import Role
from planner.services import people, seating, sites
from tests.planner.factories import person, small_site
from ui import error_details
from ui.error_details import CONCURRENT, FIELD_LABELS, PROBLEMS, STATE_PROBLEMS
from ui.errors import error_message
from ui.i18n import fix_particles, install_language, load_translations

PLANNER_ROOT = Path(__file__).resolve().parents[2] / "planner"
ERROR_CLASSES = {"ValidationError", "DuplicateValue"}
# validation.py's helpers and the services' lookups, whose field or "what" ends in a message.
FIELD_TAKING_HELPERS = {"text", "email", "day", "period", "integer", "number"}
STATE_ERRORS = {"InUse", "InvalidTransition", "ReadOnly", "FinalReportsMissing"}
# Messages glued from parts elsewhere, by the function that raises them (none any more: the
# renewal workflow's problem list is CycleCannotAdvance, translated in ui/errors.py).
KNOWN_UNTEMPLATED_STATES: set[tuple[str, str]] = set()
HOW_TO_RAISE = (
    "raise ValidationError.from_template(field, template, *values) (or InUse.from_template("
    "template, *values)) with a literal template, %1, %2, … where the values go"
)


def _template(node: ast.AST) -> str | None:
    """A literal message as is; an f-string with %1, %2, … where its values go."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, count = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                count += 1
                parts.append(f"%{count}")
        return "".join(parts)
    return None


def _literal(node: ast.AST | None) -> str | None:
    """A template must be written out: a plain string, never an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _error_call(call: ast.Call) -> tuple[str, bool] | None:
    """(error class, whether through ``from_template``) for ``ValidationError(…)``,
    ``errors.InUse(…)``, ``DuplicateValue.from_template(…)``, …; None for other calls."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "from_template":
        owner = func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        return (name, True) if name in ERROR_CLASSES | STATE_ERRORS else None
    name = _call_name(call)
    return (name, False) if name in ERROR_CLASSES | STATE_ERRORS else None


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _returned_templates(trees: dict[Path, ast.Module], function: str) -> set[str] | None:
    """The templates ``function`` returns as ``(template, *values)``; None if one is unreadable."""
    found: set[str] = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == function:
                for ret in ast.walk(node):
                    if not isinstance(ret, ast.Return) or ret.value is None:
                        continue
                    if isinstance(ret.value, ast.Constant) and ret.value.value is None:
                        continue
                    value = ret.value
                    text = _literal(value.elts[0]) if isinstance(value, ast.Tuple) else None
                    if text is None:
                        return None
                    found.add(text)
    return found


def _scopes(tree: ast.Module) -> list[ast.AST]:
    """Each function (and the module for top-level code), innermost last."""
    return [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))]


def _parse_planner() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PLANNER_ROOT.rglob("*.py"))
    }


def _where(path: Path, call: ast.Call) -> str:
    return f"{path.relative_to(PLANNER_ROOT.parent).as_posix()}:{call.lineno}"


def _problem_template(
    trees: dict[Path, ast.Module],
    body: list[ast.stmt],
    call: ast.Call,
    from_template: bool,
    position: int,
) -> tuple[set[str], str | None]:
    """(the templates a raise site passes, why it passes none readable); the template is the
    argument at ``position`` of ``from_template``, else the ``problem=`` keyword."""
    template = call.args[position] if from_template and len(call.args) > position else None
    if not from_template:
        template = _keyword(call, "problem")
        if template is None:
            return set(), "builds its message without a template"
    if isinstance(template, ast.Starred) and isinstance(template.value, ast.Name):
        # problem = polygon_problem(…); raise ValidationError.from_template("polygon", *problem)
        name = template.value.id
        sources = {
            node.value.func.id
            for stmt in body
            for node in ast.walk(stmt)
            if isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == name for t in node.targets)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
        }
        returned = [_returned_templates(trees, source) for source in sources]
        if not returned or any(found is None for found in returned):
            return set(), "passes a template the scan cannot read"
        return set().union(*returned), None
    text = _literal(template)
    if text is None:
        return set(), "passes a template that is not a plain string literal"
    return {text}, None


def planner_messages(
    trees: dict[Path, ast.Module] | None = None,
) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(problem templates, field names, raise sites without a readable template), each with
    where it was found."""
    trees = _parse_planner() if trees is None else trees
    problems: dict[str, str] = {}
    fields: dict[str, str] = {}
    unreadable: list[str] = []
    for path, tree in trees.items():
        for scope in _scopes(tree):
            body = scope.body if isinstance(scope, ast.FunctionDef) else tree.body
            calls = [node for stmt in body for node in ast.walk(stmt) if isinstance(node, ast.Call)]
            literals_here = {
                element.value
                for stmt in body
                for node in ast.walk(stmt)
                if isinstance(node, ast.Tuple | ast.Set | ast.List)
                for element in node.elts
                if isinstance(element, ast.Constant) and isinstance(element.value, str)
            }
            for call in calls:
                name, args, where = _call_name(call), call.args, _where(path, call)
                error = _error_call(call)
                if error is not None and error[0] in ERROR_CLASSES:
                    if not args:
                        unreadable.append(f"{where}: names no field")
                        continue
                    texts, why = _problem_template(trees, body, call, error[1], 1)
                    if why:
                        unreadable.append(f"{where}: {why}")
                    for text in texts:
                        problems.setdefault(text, where)
                    field = args[0]
                    if isinstance(field, ast.Constant):
                        fields.setdefault(field.value, where)
                    else:
                        # for key in ("name_ko", "organisation_id", "role"): … is required
                        for literal in literals_here:
                            fields.setdefault(literal, where)
                elif name in FIELD_TAKING_HELPERS and isinstance(call.func, ast.Attribute):
                    if (
                        args
                        and isinstance(args[0], ast.Constant)
                        and isinstance(args[0].value, str)
                    ):
                        fields.setdefault(args[0].value, where)
                elif name == "flush" and len(args) == 2 and _template(args[1]) is not None:
                    fields.setdefault(str(_template(args[1])), where)  # "desk %1"
                elif name == "get" and len(args) == 4 and isinstance(args[3], ast.Constant):
                    fields.setdefault(args[3].value, where)
                elif name == "get" and len(args) == 3 and isinstance(args[1], ast.Name):
                    fields.setdefault(args[1].id, where)  # NotFound names the model class
                elif name == "NotFound" and args and isinstance(args[0], ast.Constant):
                    fields.setdefault(args[0].value, where)
    # A call inside a function is seen from the module's scope too: name it once.
    return problems, fields, list(dict.fromkeys(unreadable))


def planner_state_messages(
    trees: dict[Path, ast.Module] | None = None,
) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(InUse/InvalidTransition/ReadOnly templates, ConcurrentEdit subjects, raise sites
    without a readable template)."""
    trees = _parse_planner() if trees is None else trees
    states: dict[str, str] = {}
    subjects: dict[str, str] = {}
    unreadable: list[str] = []
    for path, tree in trees.items():
        for scope in _scopes(tree):
            body = scope.body if isinstance(scope, ast.FunctionDef) else tree.body
            # Calls in nested functions belong to those functions' own scopes.
            nested = {
                id(node)
                for stmt in body
                for inner in ast.walk(stmt)
                if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef)
                for node in ast.walk(inner)
            }
            calls = [
                node
                for stmt in body
                for node in ast.walk(stmt)
                if isinstance(node, ast.Call) and id(node) not in nested
            ]
            for call in calls:
                error, where = _error_call(call), _where(path, call)
                if error is not None and error[0] in STATE_ERRORS:
                    texts, why = _problem_template(trees, body, call, error[1], 0)
                    scope_name = getattr(scope, "name", "")
                    known = (where.split(":")[0], scope_name) in KNOWN_UNTEMPLATED_STATES
                    if why and not (known and not error[1]):
                        unreadable.append(f"{where}: {why}")
                    for text in texts:
                        states.setdefault(text, where)
                elif _call_name(call) == "ConcurrentEdit" and call.args:
                    text = _template(call.args[0])
                    if text is not None:
                        subjects.setdefault(text, where)
    return states, subjects, unreadable


def test_the_scan_finds_planner_messages():
    problems, fields, unreadable = planner_messages()
    # A scan that silently found nothing would let everything pass.
    assert {
        "is required",
        "is longer than %1 characters",
        "ends (%1) before it starts (%2)",
        "a corner lies outside the floor (%1 × %2 m)",  # through polygon_problem's tuple
    } <= set(problems)
    assert {"name_ko", "email", "stay_end", "desk", "organisation_id"} <= set(fields)
    assert len(problems) > 60 and len(fields) > 80
    assert not unreadable, (
        f"raise sites without a template; {HOW_TO_RAISE}:\n" + "\n".join(unreadable)
    )
    states, subjects, unreadable_states = planner_state_messages()
    assert "Move plan '%1' is %2, not a draft." in states and "This seating" in subjects
    assert len(states) >= len(STATE_PROBLEMS)
    assert not unreadable_states, (
        f"state errors without a template; {HOW_TO_RAISE}:\n" + "\n".join(unreadable_states)
    )


@pytest.mark.parametrize(
    "raise_site",
    [
        'raise ValidationError("name", f"is longer than {n} characters")',
        'raise errors.DuplicateValue("code", f"desk code {code} is given twice")',
        'raise ValidationError("name", "is required")',  # a template only in the English text
        'raise ValidationError.from_template("name", f"is longer than {n} characters")',
        'raise ValidationError("name", message, problem=template)',
        'raise InUse(f"Desk {code} has {n} assignment(s); mark it out of service instead.")',
        'raise ReadOnly.from_template(sentence, year)',
    ],
)
def test_the_scan_rejects_messages_without_a_template(raise_site):
    """The old style, where the UI had to recover the template from the English text."""
    tree = ast.parse(f"def check(n, code, message, template, sentence, year):\n    {raise_site}")
    trees = {PLANNER_ROOT / "services" / "example.py": tree}
    _, _, unreadable = planner_messages(trees)
    _, _, unreadable_states = planner_state_messages(trees)
    assert [where.split(": ")[0] for where in unreadable + unreadable_states] == [
        "planner/services/example.py:2"
    ]


def test_the_scan_reads_templates_given_at_the_raise_site():
    source = """
def check(n, code):
    raise ValidationError.from_template("name", "is longer than %1 characters", n)
    raise errors.DuplicateValue("code", "desk code 1 is given twice",
                                problem="desk code %1 is given twice", values=(1,))
    raise InUse.from_template("Desk %1 has %2 assignment(s); mark it out of service instead.",
                              code, n)
"""
    trees = {PLANNER_ROOT / "services" / "example.py": ast.parse(source)}
    problems, fields, unreadable = planner_messages(trees)
    states, _, unreadable_states = planner_state_messages(trees)
    assert set(problems) == {"is longer than %1 characters", "desk code %1 is given twice"}
    assert set(fields) == {"name", "code"}
    assert list(states) == ["Desk %1 has %2 assignment(s); mark it out of service instead."]
    assert not unreadable and not unreadable_states


def test_every_planner_message_and_field_has_a_korean_translation():
    problems, fields, _ = planner_messages()
    table = load_translations("ko")

    def korean(source: str) -> str:
        forms = table.get((error_details.CONTEXT, source), ())
        return forms[0] if forms else ""

    missing = [
        f"problem {text!r} ({where}): add it to ui/error_details.PROBLEMS"
        for text, where in problems.items()
        if text not in PROBLEMS
    ] + [
        f"field {field!r} ({where}): add it to ui/error_details.FIELD_LABELS"
        for field, where in fields.items()
        if field not in FIELD_LABELS
    ]
    states, subjects, _ = planner_state_messages()
    missing += [
        f"message {text!r} ({where}): add it to ui/error_details.STATE_PROBLEMS"
        for text, where in states.items()
        if text not in STATE_PROBLEMS
    ] + [
        f"ConcurrentEdit({text!r}) ({where}): add it to ui/error_details.CONCURRENT"
        for text, where in subjects.items()
        if text not in CONCURRENT
    ]
    shown = {
        *PROBLEMS.values(),
        *FIELD_LABELS.values(),
        *STATE_PROBLEMS.values(),
        *CONCURRENT.values(),
        error_details._NOT_FOUND,
    }
    missing += [
        f"{source!r}: translate it in resources/translations/errors_ko.ts"
        for source in sorted(shown)
        if not korean(source).strip()
    ]
    assert not missing, "\n".join(missing)


def test_translations_keep_every_placeholder():
    table = load_translations("ko")
    for template, shown in [*PROBLEMS.items(), *FIELD_LABELS.items(), *STATE_PROBLEMS.items()]:
        korean = table[(error_details.CONTEXT, shown)][0]
        placeholders = set(re.findall(r"%\d+", template))
        if "{field}" not in shown:  # "{field}" may stand for %1 (the record it names)
            assert set(re.findall(r"%\d+", shown)) == placeholders, shown
        assert set(re.findall(r"%\d+", korean)) == set(re.findall(r"%\d+", shown)), korean
        assert ("{field}" in korean) == ("{field}" in shown), korean


def _raised(sessions, work) -> errors.PlannerError:
    with pytest.raises(errors.PlannerError) as caught, sessions() as s, s.begin():
        work(s)
    return caught.value


def _person(s, org_id: int, **values) -> None:
    people.create_person(s, organisation_id=org_id, role=Role.RESEARCHER, **values)


@pytest.fixture
def org_id(sqlite_sessions) -> int:
    with sqlite_sessions() as s, s.begin():
        return people.create_organisation(s, "KAIST", "KAIST").id


def test_end_before_start_is_said_in_korean_and_in_english(sqlite_sessions, org_id):
    error = _raised(
        sqlite_sessions,
        lambda s: _person(
            s,
            org_id,
            name_ko="김민준",
            stay_start=dt.date(2026, 3, 1),
            stay_end=dt.date(2026, 1, 31),
        ),
    )
    assert error_message(error) == (
        "체류 기간의 종료일(2026-01-31)은 시작일(2026-03-01)보다 빠를 수 없습니다."
    )
    install_language("en")
    assert error_message(error) == "Stay ends (2026-01-31) before it starts (2026-03-01)."
    # The command line keeps the service's own words.
    assert str(error) == "stay: ends (2026-01-31) before it starts (2026-03-01)"


def test_bad_email_and_too_long_name_are_said_in_korean(sqlite_sessions, org_id):
    bad_email = _raised(
        sqlite_sessions, lambda s: _person(s, org_id, name_ko="김민준", email="kim@")
    )
    assert error_message(bad_email) == "'kim@'은(는) 올바른 이메일 주소가 아닙니다."
    too_long = _raised(sqlite_sessions, lambda s: _person(s, org_id, name_ko="김" * 101))
    assert error_message(too_long) == "이름(한글)은 100자를 넘을 수 없습니다."
    missing = _raised(sqlite_sessions, lambda s: _person(s, org_id, name_ko="  "))
    assert error_message(missing) == "이름(한글)은 필수 항목입니다."
    install_language("en")
    assert error_message(bad_email) == "'kim@' is not an e-mail address."
    assert error_message(too_long) == "Korean name is longer than 100 characters."


def test_duplicate_desk_code_is_said_in_korean(sessions):
    with sessions() as s, s.begin():
        site = small_site(s, desks=1)

    def add_same_code(s) -> None:
        sites.create_desk(s, site.floor_id, zone_id=site.zone_id, code="3F-A-001", x=10, y=5)

    error = _raised(sessions, add_same_code)
    assert isinstance(error, errors.DuplicateValue)
    assert error_message(error) == (
        "좌석 3F-A-001: 같은 코드, 이름 또는 이메일을 가진 항목이 이미 있습니다."
    )
    install_language("en")
    assert error_message(error) == (
        "Desk 3F-A-001: a record with this code, name or e-mail already exists."
    )


def test_a_message_without_translation_falls_back_to_lead_and_english_details():
    odd = errors.ValidationError("mystery_field", "is required")
    assert (
        error_message(odd) == "입력한 값을 그대로 저장할 수 없습니다.\nmystery_field: is required"
    )
    unknown_problem = errors.ValidationError("email", "is shaped oddly")
    assert error_message(unknown_problem).endswith("email: is shaped oddly")


def test_other_errors_are_said_in_korean():
    assert error_message(errors.DeskInactive("3F-A-012")) == "좌석 3F-A-012는 사용 중지 상태입니다."
    assert error_message(errors.NotFound("person", 12)) == (
        "인원을 찾을 수 없습니다: 12. 다른 사용자가 삭제했을 수 있습니다."
    )
    assert error_message(errors.NotSeated("김민준", dt.date(2026, 3, 1))) == (
        "김민준 님은 2026-03-01에 배정된 좌석이 없습니다."
    )
    install_language("en")
    assert error_message(errors.ZoneOverCapacity("A", 40)) == "Zone A is full (40 seats)."
    assert error_message(errors.NotFound("person", 12)) == (
        "Person not found: 12; someone may have deleted it."
    )


def test_particles_follow_the_last_syllable():
    assert fix_particles("퇴거일은(는) 필수") == "퇴거일은 필수"
    assert fix_particles("이메일은(는) 필수") == "이메일은 필수"
    assert fix_particles("사번이(가) 이미") == "사번이 이미"
    assert fix_particles("소속을(를) 찾을") == "소속을 찾을"
    assert fix_particles("구역이(가) 이미") == "구역이 이미"
    assert fix_particles("좌석 코드 3F-A-012은(는)") == "좌석 코드 3F-A-012는"  # 이 reads 2
    assert fix_particles("'kim@'은(는)") == "'kim@'은(는)"  # a Latin word: both forms stay
    assert fix_particles("‘체결’(으)로 갈") == "‘체결’로 갈"  # ㄹ takes 로, quotes skipped
    assert fix_particles("3층(으)로") == "3층으로"
    assert fix_particles("‘합의’(으)로") == "‘합의’로"
    assert fix_particles("backup-3.sqlite3(으)로") == "backup-3.sqlite3으로"  # 삼
    assert fix_particles("plan-1(으)로") == "plan-1로"  # 일


def test_deleting_a_desk_with_history_is_said_in_korean(sqlite_sessions):
    with sqlite_sessions() as s, s.begin():
        site = small_site(s, desks=1)
        person_id = person(s, site.org_id, "김민준")
        seating.assign_desk(s, person_id, site.desks[0], start=dt.date(2026, 3, 1))
    error = _raised(sqlite_sessions, lambda s: sites.delete_desk(s, site.desks[0]))
    assert isinstance(error, errors.InUse)
    assert error_message(error) == (
        "좌석 3F-A-001에는 배정 기록이 1건 있습니다. 삭제하는 대신 사용 중지로 표시해 주십시오."
    )
    install_language("en")
    assert error_message(error) == (
        "Desk 3F-A-001 has 1 assignment(s); mark it out of service instead."
    )


def test_a_status_inside_a_message_is_shown_with_its_label():
    error = errors.InvalidTransition.from_template(
        "Move plan '%1' is %2, not a draft.", "3월 이동", "applied"
    )
    assert str(error) == "Move plan '3월 이동' is applied, not a draft."
    assert error_message(error) == "이동 계획 '3월 이동'은 초안이 아니라 '적용됨' 상태입니다."
    in_use = errors.InUse.from_template(
        "%1 still has %2 desk assignment(s) in its history.", "Site 본관", 3
    )
    assert str(in_use) == "Site 본관 still has 3 desk assignment(s) in its history."
    assert error_message(in_use) == ("사이트 본관에는 좌석 배정 기록이 아직 3건 남아 있습니다.")


def test_values_are_never_read_back_from_the_english_text():
    # A name holding the template's own words stays one value.
    plan = "x' is draft, not a draft. Move plan 'y"
    error = errors.InvalidTransition.from_template(
        "Move plan '%1' is %2, not applied.", plan, "draft"
    )
    assert error_message(error) == f"이동 계획 '{plan}'은(는) 적용된 상태가 아니라 '초안' 상태입니다."
    value_with_placeholder = errors.ValidationError.from_template(
        "email", "'%1' is not an e-mail address", "%1@%2"
    )
    assert str(value_with_placeholder) == "email: '%1@%2' is not an e-mail address"
    # Without a template the English text is shown, even when it reads like a known one.
    untemplated = errors.InUse("Desk 3F-A-001 has 1 assignment(s); mark it out of service instead.")
    assert error_message(untemplated) == (
        "아직 사용 중입니다.\nDesk 3F-A-001 has 1 assignment(s); mark it out of service instead."
    )


def test_a_move_plan_with_problems_is_explained_in_korean(sqlite_sessions):
    from planner.errors import MovePlanHasProblems
    from planner.services.move_plan_checks import DESK_TAKEN, MoveProblem
    from ui.errors import error_message

    problem = MoveProblem(1, "김민수", DESK_TAKEN, "3F-A-001", "이서연", "Desk 3F-A-001 is taken")
    text = error_message(MovePlanHasProblems("3월 입주", [problem]))
    assert text.splitlines()[0] == "이동 계획 ‘3월 입주’를 적용할 수 없어 아무것도 바꾸지 않았습니다:"
    assert "김민수" in text and "3F-A-001" in text and "이서연" in text
    assert "taken" not in text

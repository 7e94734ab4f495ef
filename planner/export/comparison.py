"""신구대조표: the agreement compared with an earlier one, clause by clause and row by row.

:func:`compare_agreements` takes two :class:`AgreementData` (last year's and this year's, or
two versions of one year's) and lists every change as old wording | new wording | reason:
the title, every paragraph of the articles (aligned section by section, paragraph by
paragraph), the signature blocks, every row of 별표 1 (the tasks in force and their totals)
and, between versions of one year, every row of 별표 2. The wording is the agreement's own:
each side's template filled from its own data (:func:`planner.export.agreement_wording.filled`),
the annex cells written by the same helpers as the PDF's annexes. Changed words are marked
(:func:`marked`, difflib over words).

The reason of a clause says why it reads otherwise: its wording was changed (the template's
line differs; the template versions are named), or the figures it states changed (the
placeholders of its line whose values differ, by name). The reason of an annex row is the
task's recorded reason.

:func:`comparison_story` lays the list out as a document (PDF, HWPX, DOCX through
:mod:`planner.export.story`).
"""

from __future__ import annotations

import difflib
import re
import string
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from planner.export.agreement_annex import (
    ANNEX1_HEAD,
    ANNEX2_HEAD,
    ITEM_LABELS_EN,
    _period,
    _signed,
    _thousands,
    _value,
    annex1_tasks,
    annex2_rows,
)
from planner.export.agreement_data import (
    DECISION_LABELS,
    FINGERPRINT_LENGTH,
    TRACK_LABELS,
    AgreementData,
    TaskLine,
    fingerprint,
)
from planner.export.agreement_signature import LABELS as SIGNATURE_LABELS
from planner.export.agreement_signature import REPRESENTATIVE, SIGNER, party_lines
from planner.export.agreement_wording import (
    amount_text,
    filled,
    in_language,
    placeholder_values,
    reason,
)
from planner.export.templates import FilledAgreement, parse_template
from planner.models.enums import Track

KINDS = ("title", "clause", "signature", "annex1", "annex2")

WORDS = {
    "ko": {
        "title": "제목",
        "preamble": "전문",
        "closing": "맺음말",
        "paragraph": "{n}번째 문단",
        "signature": "서명란",
        "annex1": "별표 1",
        "annex2": "별표 2",
        "subtotal": "{track} 소계",
        "total": "합계",
        "wording": "협약 문안 변경(문안 버전 {old} → {new})",
        "added": "조항 신설",
        "removed": "조항 삭제",
        "figures": "{names} 변경 반영",
        "signature_reason": "서명란 기재 사항 변경",
        "new_task": "신규 과제",
        "ended_task": "과제 종료",
        "totals_reason": "과제별 변경 반영",
        "heading": "{year}년도 협약서 신구대조표",
        "against_year": "{new}년도 협약과 {old}년도 협약의 비교",
        "against_version": "{year}년도 협약 버전 {new}과 버전 {old}의 비교",
        "side": "{year}년도 협약 버전 {version}{draft}",
        "draft": " (초안)",
        "old": "당초",
        "new": "변경",
        "where": "조항",
        "why": "변경사유",
        "marked": "밑줄: 달라진 부분",
        "none": "달라진 조항이 없음",
        "text": "협약 본문",
        "annex2_note": "별표 2(전년도 대비 변경 내역)는 그 자체가 전년도와의 비교이므로 연도 간 "
        "대조에서는 제외함",
        "fingerprint": "지문",
    },
    "en": {
        "title": "Title",
        "preamble": "Preamble",
        "closing": "Closing",
        "paragraph": "paragraph {n}",
        "signature": "Signature block",
        "annex1": "Annex 1",
        "annex2": "Annex 2",
        "subtotal": "{track} subtotal",
        "total": "Total",
        "wording": "Wording changed (wording version {old} → {new})",
        "added": "Clause added",
        "removed": "Clause removed",
        "figures": "Reflects the change of {names}",
        "signature_reason": "Signature block details changed",
        "new_task": "New task",
        "ended_task": "Task concluded",
        "totals_reason": "Follows the task changes",
        "heading": "Comparison table of the {year} agreement",
        "against_year": "The {new} agreement compared with the {old} agreement",
        "against_version": "Version {new} of the {year} agreement compared with version {old}",
        "side": "{year} agreement, version {version}{draft}",
        "draft": " (draft)",
        "old": "Before",
        "new": "After",
        "where": "Clause",
        "why": "Reason",
        "marked": "Underlined: what changed",
        "none": "No clause differs",
        "text": "Articles",
        "annex2_note": "Annex 2 (changes from the previous year) is itself a comparison with the "
        "previous year and is left out between years",
        "fingerprint": "Fingerprint",
    },
}

# What each placeholder of the templates states, for the reason of a changed clause.
PLACEHOLDER_LABELS = {
    "ko": {
        "year": "협약 연도",
        "doc_number": "문서번호",
        "version": "버전",
        "period": "협약기간",
        "period_start": "협약기간",
        "period_end": "협약기간",
        "task_count": "과제 수",
        "foundational_count": "원천기술 과제 수",
        "industrial_count": "산업AI 과제 수",
        "concluded_count": "종료 과제 수",
        "new_count": "신규 과제 수",
        "decision_summary": "과제별 결정",
        "total_words": "연구비 총액",
        "total_krw": "연구비 총액",
        "total_thousand": "연구비 총액",
        "first_instalment": "제1차 지급액",
        "second_instalment": "제2차 지급액",
        "seats_committed": "제공 좌석 수",
        "seats_in_use": "사용 좌석 수",
        "seats_as_of": "좌석 현황 기준일",
        "gpu_total": "GPU 총 배정량",
        "headcount_total": "참여 인원",
        "kt_institution": "KT 기관명",
        "kaist_institution": "KAIST 기관명",
    },
    "en": {
        "year": "the year",
        "doc_number": "the document number",
        "version": "the version",
        "period": "the term",
        "period_start": "the term",
        "period_end": "the term",
        "task_count": "the number of tasks",
        "foundational_count": "the number of foundational tasks",
        "industrial_count": "the number of industrial AI tasks",
        "concluded_count": "the number of concluded tasks",
        "new_count": "the number of new tasks",
        "decision_summary": "the decisions per task",
        "total_words": "the total research funds",
        "total_krw": "the total research funds",
        "total_thousand": "the total research funds",
        "first_instalment": "the first instalment",
        "second_instalment": "the second instalment",
        "seats_committed": "the desks provided",
        "seats_in_use": "the desks in use",
        "seats_as_of": "the day the desks were counted",
        "gpu_total": "the GPUs allocated",
        "headcount_total": "the researchers",
        "kt_institution": "KT's name",
        "kaist_institution": "KAIST's name",
    },
}
CIRCLED = re.compile(r"^([\u2460-\u2473]|\(\d+\)|\d+\.)\s")
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Segment:
    text: str
    changed: bool


@dataclass(frozen=True)
class ComparedItem:
    """One line of the table: where, the old and new wording ('' where there is none), why."""

    kind: str  # one of KINDS
    key: tuple[Any, ...]  # stable identity: ('clause', heading, n), ('annex1', code), …
    where: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class Side:
    """One agreement of the comparison: its data and whether it is a draft."""

    data: AgreementData
    draft: bool


@dataclass(frozen=True)
class AgreementComparison:
    old: Side
    new: Side
    lang: str
    items: tuple[ComparedItem, ...]

    @property
    def same_year(self) -> bool:
        return self.old.data.year == self.new.data.year

    def of_kind(self, kind: str) -> list[ComparedItem]:
        return [item for item in self.items if item.kind == kind]


# --- marking --------------------------------------------------------------------------------


def marked(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts as segments, the words that differ marked (difflib over words)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    left: list[Segment] = []
    right: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        left += [Segment(t, not same and not t.isspace()) for t in a[i1:i2]]
        right += [Segment(t, not same and not t.isspace()) for t in b[j1:j2]]
    return _joined(left), _joined(right)


def _joined(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for segment in segments:
        if out and (out[-1].changed == segment.changed or segment.text.isspace()):
            out[-1] = Segment(out[-1].text + segment.text, out[-1].changed)
        else:
            out.append(segment)
    return out


# --- clauses --------------------------------------------------------------------------------


def _section_name(key: str, lang: str) -> str:
    if key == "@preamble":
        return WORDS[lang]["preamble"]
    if key == "@closing":
        return WORDS[lang]["closing"]
    return key


def _clause_name(section: str, paragraph: str, number: int, lang: str) -> str:
    found = CIRCLED.match(paragraph)
    tail = found.group(1) if found else WORDS[lang]["paragraph"].format(n=number + 1)
    return f"{section} {tail}"


def _values(data: AgreementData, lang: str, text: FilledAgreement) -> dict[str, str]:
    values = {k: str(v) for k, v in placeholder_values(data, lang).items()}
    return values | dict(text.names)


class _Clauses:
    """Pairs the paragraphs of two filled agreements and says why each pair differs."""

    def __init__(self, old: Side, new: Side, lang: str) -> None:
        self.lang = lang
        self.old, self.new = old.data, new.data
        self.old_text, self.new_text = filled(self.old, lang), filled(self.new, lang)
        self.old_template = parse_template(self.old.templates[lang].text, "old")
        self.new_template = parse_template(self.new.templates[lang].text, "new")
        self.old_values = _values(self.old, lang, self.old_text)
        self.new_values = _values(self.new, lang, self.new_text)

    def _line(self, template: Any, section: int, paragraph: int | None) -> str:
        part = template.sections[section]
        return part.heading.text if paragraph is None else part.paragraphs[paragraph].text

    def _reason(self, old_at: tuple[int, int | None], new_at: tuple[int, int | None]) -> str:
        words = WORDS[self.lang]
        old_line = self._line(self.old_template, *old_at)
        new_line = self._line(self.new_template, *new_at)
        if old_line != new_line:
            return words["wording"].format(
                old=self.old.templates[self.lang].version, new=self.new.templates[self.lang].version
            )
        changed = []
        for _literal, name, _spec, _conversion in string.Formatter().parse(new_line):
            if name and self.old_values.get(name) != self.new_values.get(name):
                label = PLACEHOLDER_LABELS[self.lang].get(name, name)
                if label not in changed:
                    changed.append(label)
        separator = "·" if self.lang == "ko" else ", "
        return words["figures"].format(names=separator.join(changed)) if changed else ""

    def _added_or_removed(self, added: bool, template_changed: bool) -> str:
        words = WORDS[self.lang]
        base = words["added" if added else "removed"]
        if template_changed:
            return f"{base}: " + words["wording"].format(
                old=self.old.templates[self.lang].version, new=self.new.templates[self.lang].version
            )
        return base

    def items(self) -> list[ComparedItem]:
        out: list[ComparedItem] = []
        old_title, new_title = self.old_text.names["title"], self.new_text.names["title"]
        if old_title != new_title:
            reason_text = self._title_reason()
            out.append(
                ComparedItem(
                    "title", ("title",), WORDS[self.lang]["title"], old_title, new_title,
                    reason_text,
                )
            )
        old_sections, new_sections = self.old_text.sections, self.new_text.sections
        matcher = difflib.SequenceMatcher(
            None, [s.key for s in old_sections], [s.key for s in new_sections], autojunk=False
        )
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            pairs = list(zip(range(i1, i2), range(j1, j2), strict=False))
            for i, j in pairs:
                out += self._section_pair(i, j)
            for i in range(i1 + len(pairs), i2):
                out += self._section_alone(i, added=False)
            for j in range(j1 + len(pairs), j2):
                out += self._section_alone(j, added=True)
            del tag
        return out

    def _title_reason(self) -> str:
        old_line = self.old_template.names["title"].text
        new_line = self.new_template.names["title"].text
        words = WORDS[self.lang]
        if old_line != new_line:
            return words["wording"].format(
                old=self.old.templates[self.lang].version, new=self.new.templates[self.lang].version
            )
        changed = [
            PLACEHOLDER_LABELS[self.lang].get(name, name)
            for _l, name, _s, _c in string.Formatter().parse(new_line)
            if name and self.old_values.get(name) != self.new_values.get(name)
        ]
        return words["figures"].format(names="·".join(dict.fromkeys(changed))) if changed else ""

    def _section_pair(self, i: int, j: int) -> list[ComparedItem]:
        old, new = self.old_text.sections[i], self.new_text.sections[j]
        name = _section_name(new.key, self.lang)
        out: list[ComparedItem] = []
        if old.heading != new.heading:
            out.append(
                ComparedItem(
                    "clause", ("clause", new.key, "heading"), name, old.heading or "",
                    new.heading or "", self._reason((i, None), (j, None)),
                )
            )
        matcher = difflib.SequenceMatcher(None, old.paragraphs, new.paragraphs, autojunk=False)
        for tag, a1, a2, b1, b2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            pairs = list(zip(range(a1, a2), range(b1, b2), strict=False))
            for a, b in pairs:
                out.append(
                    ComparedItem(
                        "clause",
                        ("clause", new.key, b),
                        _clause_name(name, new.paragraphs[b], b, self.lang),
                        old.paragraphs[a],
                        new.paragraphs[b],
                        self._reason((i, a), (j, b)),
                    )
                )
            changed_wording = self._template_section_differs(i, j)
            for a in range(a1 + len(pairs), a2):
                out.append(
                    ComparedItem(
                        "clause", ("clause", old.key, f"old {a}"),
                        _clause_name(_section_name(old.key, self.lang), old.paragraphs[a], a,
                                     self.lang),
                        old.paragraphs[a], "", self._added_or_removed(False, changed_wording),
                    )
                )
            for b in range(b1 + len(pairs), b2):
                out.append(
                    ComparedItem(
                        "clause", ("clause", new.key, b),
                        _clause_name(name, new.paragraphs[b], b, self.lang),
                        "", new.paragraphs[b], self._added_or_removed(True, changed_wording),
                    )
                )
        return out

    def _template_section_differs(self, i: int, j: int) -> bool:
        old = [p.text for p in self.old_template.sections[i].paragraphs]
        new = [p.text for p in self.new_template.sections[j].paragraphs]
        return old != new

    def _section_alone(self, index: int, *, added: bool) -> list[ComparedItem]:
        text = self.new_text if added else self.old_text
        section = text.sections[index]
        name = _section_name(section.key, self.lang)
        reason_text = self._added_or_removed(added, True)
        out = []
        lines = ([section.heading] if section.heading else []) + list(section.paragraphs)
        for number, line in enumerate(lines):
            out.append(
                ComparedItem(
                    "clause",
                    ("clause", section.key, f"{'new' if added else 'old'} {number}"),
                    name if number == 0 else _clause_name(name, line, number, self.lang),
                    "" if added else line,
                    line if added else "",
                    reason_text,
                )
            )
        return out


# --- the signature blocks -------------------------------------------------------------------


def _signature_items(old: AgreementData, new: AgreementData, lang: str) -> list[ComparedItem]:
    out = []
    labels = SIGNATURE_LABELS[lang]
    for party in new.parties:
        try:
            before = old.party(party.key)
        except StopIteration:
            continue
        old_lines = dict(party_lines(before))
        new_lines = dict(party_lines(party))
        for which in sorted(set(old_lines) | set(new_lines)):
            name_like = which in (REPRESENTATIVE, SIGNER)
            a = in_language(old_lines[which], lang, name=name_like) if which in old_lines else ""
            b = in_language(new_lines[which], lang, name=name_like) if which in new_lines else ""
            a, b = a.replace("\n", " "), b.replace("\n", " ")
            if a != b:
                out.append(
                    ComparedItem(
                        "signature",
                        ("signature", party.key, which),
                        f"{WORDS[lang]['signature']} {party.key.upper()} {labels[which]}",
                        a,
                        b,
                        WORDS[lang]["signature_reason"],
                    )
                )
    return out


# --- 별표 1 ---------------------------------------------------------------------------------


ANNEX1_COLUMNS = (1, 3, 4, 5, 6, 7, 8, 9, 10)  # of ANNEX1_HEAD: what a row states of its task


def annex1_cells(task: TaskLine, lang: str, thousands: bool) -> list[str]:
    """The cells of a row of 별표 1 (ANNEX1_COLUMNS), written as the PDF writes them."""
    return [
        TRACK_LABELS[lang][task.track],
        in_language((task.title_ko, task.title_en), lang),
        in_language((task.pi_ko, task.pi_en), lang, name=True),
        in_language((task.kt_ko, task.kt_en), lang, name=True),
        _period(lang, task.period_start, task.period_end),
        amount_text(task.budget_krw, thousands),
        str(task.headcount),
        str(task.gpu_allocation),
        DECISION_LABELS[lang][task.decision],
    ]


def annex1_row_text(task: TaskLine, lang: str, thousands: bool) -> str:
    """A row of 별표 1 as one line: each column's heading and its cell."""
    head = ANNEX1_HEAD[lang]
    cells = annex1_cells(task, lang, thousands)
    return "; ".join(f"{head[c]}: {v}" for c, v in zip(ANNEX1_COLUMNS, cells, strict=True))


def _changed_columns(before: TaskLine, after: TaskLine, lang: str, thousands: tuple) -> str:
    """'연구기간·결정 변경': the columns of a row that changed, when no reason is recorded."""
    head = ANNEX1_HEAD[lang]
    old = annex1_cells(before, lang, thousands[0])
    new = annex1_cells(after, lang, thousands[1])
    names = [head[c] for c, a, b in zip(ANNEX1_COLUMNS, old, new, strict=True) if a != b]
    if lang == "ko":
        return "·".join(names) + " 변경"
    return "Changed: " + ", ".join(name.lower() if name != "GPUs" else name for name in names)


def _totals_text(data: AgreementData, track: Track | None, lang: str, thousands: bool) -> str:
    totals = data.totals.overall if track is None else data.totals.track(track)
    head = ANNEX1_HEAD[lang]
    tasks = f"{totals.tasks}개 과제" if lang == "ko" else f"{totals.tasks} tasks"
    return (
        f"{tasks}; {head[7]}: {amount_text(totals.budget_krw, thousands)}; "
        f"{head[8]}: {totals.headcount}; {head[9]}: {totals.gpu_allocation}"
    )


def _annex1_items(old: AgreementData, new: AgreementData, lang: str) -> list[ComparedItem]:
    words = WORDS[lang]
    thousands_old, thousands_new = _thousands(old), _thousands(new)
    before = {t.code: t for t in annex1_tasks(old)}
    after = {t.code: t for t in annex1_tasks(new)}
    every = {t.code: t for t in new.tasks}
    order = [t.code for t in annex1_tasks(new)] + sorted(set(before) - set(after))
    out = []
    for code in order:
        a = annex1_row_text(before[code], lang, thousands_old) if code in before else ""
        b = annex1_row_text(after[code], lang, thousands_new) if code in after else ""
        if a == b:
            continue
        line = every.get(code)
        why = reason(line, lang) if line else ""
        if not why:
            why = (
                words["new_task"]
                if not a
                else words["ended_task"]
                if not b
                else _changed_columns(
                    before[code], after[code], lang, (thousands_old, thousands_new)
                )
            )
        title_task = after.get(code) or before[code]
        title = in_language((title_task.title_ko, title_task.title_en), lang)
        out.append(
            ComparedItem("annex1", ("annex1", code), f"{words['annex1']} {code} {title}", a, b,
                         why)
        )
    for track in (*Track, None):
        a = _totals_text(old, track, lang, thousands_old)
        b = _totals_text(new, track, lang, thousands_new)
        if a != b:
            label = (
                words["total"]
                if track is None
                else words["subtotal"].format(track=TRACK_LABELS[lang][track])
            )
            out.append(
                ComparedItem(
                    "annex1", ("annex1", track.value if track else "total"),
                    f"{words['annex1']} {label}", a, b, words["totals_reason"],
                )
            )
    return out


# --- 별표 2 (between versions of one year) --------------------------------------------------


def _annex2_texts(data: AgreementData, lang: str) -> dict[tuple[str, str], str]:
    thousands = _thousands(data)
    head = ANNEX2_HEAD[lang]
    out = {}
    for row in annex2_rows(data):
        item = row.change.item
        before = _value(lang, row, "before", thousands)
        after = _value(lang, row, "after", thousands)
        text = f"{head[2]}: {before}; {head[3]}: {after}"
        if row.delta_krw is not None:
            text += f"; {head[4]}: {_signed(row.delta_krw, thousands)}"
        out[row.task.task_code, item] = text
    return out


def _annex2_items(old: AgreementData, new: AgreementData, lang: str) -> list[ComparedItem]:
    words = WORDS[lang]
    before, after = _annex2_texts(old, lang), _annex2_texts(new, lang)
    lines = {t.code: t for t in new.tasks}
    out = []
    for key in list(after) + [k for k in before if k not in after]:
        a, b = before.get(key, ""), after.get(key, "")
        if a == b:
            continue
        code, item = key
        label = ITEM_LABELS_EN.get(item, item) if lang == "en" else item
        line = lines.get(code)
        out.append(
            ComparedItem(
                "annex2", ("annex2", code, item), f"{words['annex2']} {code} {label}", a, b,
                reason(line, lang) if line else "",
            )
        )
    return out


def compare_agreements(old: Side, new: Side, lang: str) -> AgreementComparison:
    """Every difference between the agreement ``old`` and ``new`` in ``lang`` ('ko', 'en')."""
    if lang not in ("ko", "en"):
        raise ValueError(f"unknown language {lang!r}")
    items = _Clauses(old, new, lang).items()
    items += _signature_items(old.data, new.data, lang)
    items += _annex1_items(old.data, new.data, lang)
    if old.data.previous_year == new.data.previous_year:
        items += _annex2_items(old.data, new.data, lang)
    return AgreementComparison(old, new, lang, tuple(items))


# --- the document ---------------------------------------------------------------------------


def side_label(side: Side, lang: str) -> str:
    words = WORDS[lang]
    return words["side"].format(
        year=side.data.year, version=side.data.version, draft=words["draft"] if side.draft else ""
    )


def _markup(segments: list[Segment]) -> str:
    return "".join(
        f"<u><b>{escape(s.text)}</b></u>" if s.changed else escape(s.text) for s in segments
    )


def comparison_story(comparison: AgreementComparison) -> Any:
    """The comparison as a document: title, what is compared with what, and the table
    (clause | old | new | reason) with the changed words underlined."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, Spacer, Table

    from planner.export.agreement import latin_markup
    from planner.export.agreement_annex import _grid_style
    from planner.export.layout import HEADER_FILL, MM, SUBTOTAL_FILL, PageFurniture, styles
    from planner.export.story import StoryDocument

    lang = comparison.lang
    words = WORDS[lang]
    old, new = comparison.old, comparison.new
    s = styles()
    margins = (24.0, 16.0, 22.0, 16.0)
    width = landscape(A4)[0] - (margins[1] + margins[3]) * MM

    def text(markup_or_plain: str, style: Any, *, plain: bool = True) -> Any:
        body = escape(markup_or_plain) if plain else markup_or_plain
        if lang == "en" and plain:
            body = latin_markup(markup_or_plain)
        return Paragraph(body, style)

    title = words["heading"].format(year=new.data.year)
    subtitle = (
        words["against_version"].format(
            year=new.data.year, new=new.data.version, old=old.data.version
        )
        if comparison.same_year
        else words["against_year"].format(new=new.data.year, old=old.data.year)
    )
    story: list[Any] = [
        text(title, s.title),
        text(subtitle, s.subtitle),
        text(f"{words['old']}: {side_label(old, lang)} · {words['new']}: {side_label(new, lang)}",
             s.note),
        text(words["marked"], s.note),
        Spacer(1, 4),
    ]
    fixed = [46, 0, 0, 52]
    share = (width / MM - sum(fixed)) / 2
    widths = [(w or share) * MM for w in fixed]
    head = [text(h, s.cell_head) for h in (words["where"], words["old"], words["new"],
                                           words["why"])]
    rows: list[list[Any]] = [head]
    extra: list[tuple] = []
    groups = (
        (words["text"], ("title", "clause")),
        (words["signature"], ("signature",)),
        (words["annex1"], ("annex1",)),
        (words["annex2"], ("annex2",)),
    )
    for label, kinds in groups:
        items = [i for i in comparison.items if i.kind in kinds]
        if not items:
            continue
        rows.append([text(label, s.cell_bold), "", "", ""])
        extra += [
            ("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
            ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), Color(*SUBTOTAL_FILL)),
        ]
        for item in items:
            before, after = marked(item.old, item.new)
            rows.append(
                [
                    text(item.where, s.cell),
                    text(_markup(before), s.cell, plain=False) if item.old else text("–", s.cell),
                    text(_markup(after), s.cell, plain=False) if item.new else text("–", s.cell),
                    text(item.reason or "–", s.cell),
                ]
            )
    if len(rows) == 1:
        rows.append([text(words["none"], s.cell_centre), "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    extra += [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0),
                                                     Color(*HEADER_FILL))]
    story.append(
        Table(rows, colWidths=widths, repeatRows=1, style=_grid_style(extra), hAlign="CENTER")
    )
    if not comparison.same_year:
        story += [Spacer(1, 4), text(f"※ {words['annex2_note']}", s.note)]
    short_old = fingerprint(old.data)[:FINGERPRINT_LENGTH]
    short_new = fingerprint(new.data)[:FINGERPRINT_LENGTH]
    furniture = PageFurniture(
        header_left=title,
        header_right=new.data.doc_number,
        footer_left=subtitle,
        footer_right=f"{words['fingerprint']} {short_old} → {short_new}",
    )
    del width
    created = max(old.data.taken_at, new.data.taken_at)
    return StoryDocument(
        story=story,
        furniture=furniture,
        created=created,
        title=title,
        subject=new.data.doc_number,
        author="KT-KAIST AI·SW 연구소" if lang == "ko" else "KT-KAIST AI·SW Research Institute",
        keywords=f"{new.data.doc_number}; comparison; {old.data.year} v{old.data.version} → "
        f"{new.data.year} v{new.data.version}",
        lang=lang,
        margins_mm=margins,
        show_outline=False,
        landscape=True,
    )


"""The agreement's words: its templates filled from the data, in Korean or English.

Every ``{name}`` a template may use is made here, from :class:`AgreementData` alone. The
English copy prints no Hangul: names without an English form on record are romanised
(:mod:`planner.export.romanize`). Amounts are stated exactly: the instalments add up to the
total to the won, and tables switch from 천원 to 원 when an amount is not whole thousands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.export.agreement_data import (
    DECISION_LABELS,
    AgreementData,
    Bilingual,
    Party,
    TaskLine,
    TemplateText,
)
from planner.export.korean import (
    date_en,
    date_ko,
    period_en,
    period_ko,
    won_in_english_words,
    won_in_words,
)
from planner.export.romanize import has_hangul, romanize, romanize_name
from planner.export.templates import (
    FilledAgreement,
    TemplateError,
    fill,
    parse_template,
)
from planner.models.enums import Decision, Track

NO_ENGLISH_REASON = "(no English reason recorded)"


def english(text: Bilingual | tuple[str, str], *, name: bool = False) -> str:
    """The English form, or the Korean one romanised when no English form is recorded."""
    ko, en = (text.ko, text.en) if isinstance(text, Bilingual) else text
    if en.strip():
        return romanize(en) if has_hangul(en) else en
    return romanize_name(ko) if name else romanize(ko)


def in_language(text: Bilingual | tuple[str, str], lang: str, *, name: bool = False) -> str:
    ko = text.ko if isinstance(text, Bilingual) else text[0]
    return english(text, name=name) if lang == "en" else ko


def reason(task: TaskLine, lang: str) -> str:
    if lang != "en":
        return task.reason_ko
    if task.reason_en.strip():
        return task.reason_en
    return NO_ENGLISH_REASON if task.reason_ko.strip() else ""


def instalments(total: int) -> tuple[int, int]:
    """Two payments that add up to ``total`` exactly: half rounded down to a thousand won,
    then the rest."""
    first = (total // 2) // 1000 * 1000
    return first, total - first


def whole_thousands(amounts: Iterable[int]) -> bool:
    """Whether every amount can be stated in 천원 without rounding (else tables use 원)."""
    return all(amount % 1000 == 0 for amount in amounts)


def amount_text(amount: int, thousands: bool) -> str:
    return f"{amount // 1000:,}" if thousands else f"{amount:,}"


def _decision_summary(data: AgreementData, lang: str) -> str:
    counts = data.decision_counts()
    order = (Decision.CONTINUE, Decision.MODIFY, Decision.NEW, Decision.CONCLUDE, None)
    if lang == "ko":
        parts = [f"{DECISION_LABELS['ko'][d]} {counts[d]}개" for d in order if counts.get(d)]
    else:
        words = {
            Decision.CONTINUE: "continued",
            Decision.MODIFY: "modified",
            Decision.NEW: "new",
            Decision.CONCLUDE: "concluded",
            None: "undecided",
        }
        parts = [f"{counts[d]} {words[d]}" for d in order if counts.get(d)]
    return ", ".join(parts) if parts else ("없음" if lang == "ko" else "none")


def _institution(party: Party, lang: str) -> str:
    return in_language(party.institution, lang) or party.key.upper()


def placeholder_values(data: AgreementData, lang: str) -> dict[str, object]:
    """Every ``{name}`` the templates may use, already written in ``lang`` ('ko' or 'en')."""
    start, end = data.period
    ko = lang == "ko"
    total = data.total_krw
    first, second = instalments(total)
    words = won_in_words if ko else won_in_english_words
    day = date_ko if ko else date_en
    totals = data.totals
    return {
        "year": data.year,
        "doc_number": data.doc_number,
        "version": data.version,
        "period": period_ko(start, end) if ko else period_en(start, end),
        "period_start": day(start),
        "period_end": day(end),
        "task_count": totals.tasks,
        "foundational_count": totals.track(Track.FOUNDATIONAL).tasks,
        "industrial_count": totals.track(Track.INDUSTRIAL).tasks,
        "concluded_count": sum(1 for t in data.tasks if t.concluded),
        "new_count": sum(1 for t in data.tasks if t.decision == Decision.NEW),
        "decision_summary": _decision_summary(data, lang),
        "total_words": words(total),
        "total_krw": f"{total:,}",
        "total_thousand": amount_text(total, True) if total % 1000 == 0 else f"{total / 1000:,}",
        "first_instalment": words(first),
        "second_instalment": words(second),
        # None (not 0) when nothing is recorded: the template refuses to print a blank term.
        "seats_committed": data.seats_committed or None,
        "seats_in_use": data.seats_in_use,
        "seats_as_of": day(data.seats_as_of),
        "gpu_total": totals.gpu_allocation,
        "headcount_total": totals.headcount,
        "kt_institution": _institution(data.party("kt"), lang),
        "kaist_institution": _institution(data.party("kaist"), lang),
    }


def filled(data: AgreementData, lang: str, source: str | None = None) -> FilledAgreement:
    """The data's own template of ``lang`` with every placeholder filled in (``source`` names
    the text in error messages; default: the template's language and version)."""
    template = data.templates[lang]
    source = source or _source(lang, template)
    return fill(parse_template(template.text, source), placeholder_values(data, lang))


def _source(lang: str, template: TemplateText) -> str:
    name = f"agreement_{lang}.txt"
    return name if template.version == 0 else f"{name} (version {template.version})"


def check_pairs(ko: FilledAgreement, en: FilledAgreement, source: str = "agreement_en.txt") -> None:
    """The bilingual edition pairs paragraphs one to one, so both texts need the same shape."""
    if len(ko.sections) != len(en.sections):
        raise TemplateError(
            source,
            None,
            f"has {len(en.sections)} sections, the Korean text {len(ko.sections)}; "
            "the bilingual edition needs the same",
        )
    for k, e in zip(ko.sections, en.sections, strict=True):
        if len(k.paragraphs) != len(e.paragraphs):
            raise TemplateError(
                source,
                None,
                f"'{e.key}' has {len(e.paragraphs)} paragraphs, its Korean '{k.key}' "
                f"{len(k.paragraphs)}",
            )


def check_templates(
    texts: dict[str, str], sample: AgreementData, sources: dict[str, str] | None = None
) -> None:
    """Refuse wording that could not make an agreement: parse both, fill both from
    ``sample`` and pair them. Raises :class:`TemplateError` naming ``sources[lang]`` (default
    ``agreement_<lang>.txt``) and the line."""
    from dataclasses import replace

    names = {lang: f"agreement_{lang}.txt" for lang in ("ko", "en")} | (sources or {})
    templates = {lang: TemplateText(1, text) for lang, text in texts.items()}
    data = replace(sample, templates={**sample.templates, **templates})
    ko, en = filled(data, "ko", names["ko"]), filled(data, "en", names["en"])
    check_pairs(ko, en, names["en"])


def sample_data() -> AgreementData:
    """A small agreement to try wording on (the template editor's check, without a cycle)."""
    from planner.export.templates import shipped_text

    def task(code: str, track: Track, decision: Decision, budget: int) -> TaskLine:
        return TaskLine(
            code=code,
            track=track,
            title_ko="표본 과제",
            title_en="Sample task",
            pi_ko="홍길동",
            pi_en="Gil-dong Hong",
            kt_ko="김철수",
            kt_en="Cheol-su Kim",
            period_start=dt.date(2025, 3, 1),
            period_end=dt.date(2026, 2, 28),
            budget_krw=budget,
            headcount=5,
            gpu_allocation=8,
            decision=decision,
            reason_ko="표본 사유",
            reason_en="Sample reason",
        )

    party = Party(
        key="kt",
        institution=Bilingual("주식회사 케이티", "KT Corporation"),
        address=Bilingual("경기도 성남시 분당구 불정로 90", "90 Buljeong-ro, Seongnam"),
        position=Bilingual("대표이사", "Chief Executive Officer"),
        name=Bilingual("홍길동", "Gil-dong Hong"),
    )
    return AgreementData(
        year=2025,
        version=1,
        taken_at=dt.datetime(2025, 2, 1, 9, 0),
        tasks=(task("F-01", Track.FOUNDATIONAL, Decision.CONTINUE, 500_000_000),),
        previous_year=2024,
        previous_tasks=(task("F-01", Track.FOUNDATIONAL, Decision.NEW, 400_000_000),),
        parties=(party, Party("kaist", *(Bilingual("카이스트", "KAIST"),) * 4)),
        seats_committed=200,
        seats_in_use=180,
        seats_as_of=dt.date(2025, 2, 1),
        templates={lang: TemplateText(0, shipped_text(lang)) for lang in ("ko", "en")},
    )

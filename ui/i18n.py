"""Translations read straight from the Qt Linguist source (.ts) files.

STYLE.md forbids committed generated files, so no compiled .qm is shipped: the .ts files are
parsed with ElementTree when the language is chosen (a few milliseconds) and served through
a QTranslator subclass. ``planner_<lang>.ts`` holds the window's strings; a part of the UI
built separately may bring its own ``<part>_<lang>.ts`` next to it, merged at load time.
Qt's own strings (dialog buttons, …) come from the .qm files PySide6 installs, if present.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

SOURCE_LANGUAGE = "en"  # the source strings in the code are English


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``source`` for translation in ``context`` and returns it unchanged.

    PySide6's own function does the same but is typed as returning ``object``.
    """
    return source


def translation_file(lang: str) -> Path:
    return resources.path("translations", f"planner_{lang}.ts")


def translation_files(lang: str) -> list[Path]:
    """planner_<lang>.ts first, then any other <part>_<lang>.ts in resources/translations;
    empty if there is no planner_<lang>.ts."""
    try:
        main = translation_file(lang)
    except FileNotFoundError:
        return []
    others = sorted(p for p in main.parent.glob(f"*_{lang}.ts") if p != main)
    return [main, *others]


def load_translations(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for path in translation_files(lang):
        for key, forms in parse_ts(path).items():
            table.setdefault(key, forms)  # planner_<lang>.ts wins over the parts
    return table


def parse_ts(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> translation forms; unfinished or empty translations are skipped."""
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if not forms:
                forms = (translation.text or "",)
            if any(forms):
                table[(name, source)] = forms
    return table


class TsTranslator(QTranslator):
    """A QTranslator over a parsed .ts file."""

    def __init__(
        self, table: dict[tuple[str, str], tuple[str, ...]], language: str, parent=None
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._language = language

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self._table.get((context, source))
        if not forms:
            # None (a null QString), not "": Qt then asks the next translator (Qt's own
            # strings) and finally falls back to the English source; "" would win.
            return None
        # Korean has one plural form; elsewhere the first is the singular, the second the plural.
        if n < 0 or len(forms) == 1 or n == 1:
            return forms[0]
        return forms[1]

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._table

    def language(self) -> str:
        return self._language

    def __len__(self) -> int:
        return len(self._table)


_installed: list[QTranslator] = []


def install_language(lang: str) -> str:
    """Make ``lang`` the UI language; widgets then receive a LanguageChange event.

    Returns the language actually installed (English when there is no file for ``lang``).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    installed = SOURCE_LANGUAGE
    if lang != SOURCE_LANGUAGE:
        ours = TsTranslator(load_translations(lang), lang)
        if not ours.isEmpty():
            qt_own = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{lang}", qt_dir):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
            app.installTranslator(ours)
            _installed.append(ours)
            installed = lang
    locale = QLocale(QLocale.Language.Korean if installed == "ko" else QLocale.Language.English)
    QLocale.setDefault(locale)
    _relocalise_open_windows(app, locale)
    return installed


def _relocalise_open_windows(app: QCoreApplication, locale: QLocale) -> None:
    """Widgets take the default locale when created; those already open (the calendar of a
    date field, a file dialog's dates) follow a language switch through their window."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - QtCore alone has no widgets

    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            window.setLocale(locale)


def current_language() -> str:
    for translator in _installed:
        if isinstance(translator, TsTranslator):
            return translator.language()
    return SOURCE_LANGUAGE


def in_language(korean: str, english: str | None) -> str:
    """A name kept in both languages (a task's title, an organisation's name) as the window
    reads it: the English one in the English window when there is one, else the Korean."""
    return english if english and current_language() == "en" else korean


def fill(text: str, *values: object) -> str:
    """``QString.arg`` for Python strings: replaces %1, %2, … (translators may reorder them),
    then picks the Korean particles written as "은(는)", "(으)로", … for what now precedes them."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return fix_particles(text) if "(" in text else text


# (with final consonant, without) for the particles translations write as "은(는)".
_PARTICLES = {
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(이)나": ("이나", "나"),
    "(이)라": ("이라", "라"),
    "(으)로": ("으로", "로"),  # after ㄹ it is 로, as after a vowel (see _ends_in_rieul)
}
_PARTICLE = re.compile("|".join(re.escape(marker) for marker in _PARTICLES))
# Sino-Korean readings of digits: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGIT_HAS_FINAL = {"0": True, "1": True, "3": True, "6": True, "7": True, "8": True}
# Latin letters read one by one (KT 케이티, KAIST 카이스트, 3F-A-012): 엘 엠 엔 알 end in a consonant.
_LETTER_HAS_FINAL = {"L": True, "M": True, "N": True, "R": True}
_LETTER_RIEUL = "LR"  # 엘, 알


def _has_final_consonant(text: str) -> bool | None:
    """Whether ``text`` is read ending in a consonant; None when it cannot be told."""
    word = text.rstrip("'\")] ’”")
    if not word:
        return None
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28 != 0
    if last.isdigit():
        return _DIGIT_HAS_FINAL.get(last, False)
    if "A" <= last <= "Z" and _acronym(word):
        return _LETTER_HAS_FINAL.get(last, False)
    if "a" <= last.lower() <= "z" and not _quoted(text):
        return _english_has_final(_latin_tail(word).lower())
    return None  # typed text in quotes ('kim@kaist'): keep "은(는)", which always reads right


def _quoted(word: str) -> bool:
    """A value quoted as typed ('bad-mail'): whatever it is, not a name one can read aloud."""
    return word.rstrip()[-1:] in "'\"’”"


def _latin_tail(word: str) -> str:
    tail = re.search(r"[A-Za-z]+$", word)
    return tail[0] if tail else ""


def _acronym(word: str) -> bool:
    """"KT", "KAIST", "3F-A": letters read one by one."""
    return _latin_tail(word).isupper() and len(_latin_tail(word)) <= 6


def _english_has_final(word: str) -> bool:
    """How a Latin word is read in Korean, by its ending: Kim 김, Lab 랩, Hall 홀 end in a
    consonant; Lee 리, Voice 보이스, Park 파크, Robolink 로보링크 in a vowel."""
    if word.endswith(("ng", "m", "n", "l")):
        return True
    if word.endswith(("ck", "k", "ke", "ce", "se", "ve", "ge", "the", "s", "x", "z", "sh", "ch")):
        return False  # 크, 스, 브, 지, 즈, 시, 치
    return word.endswith(("b", "p", "t", "d", "g"))  # 랩, 팁, 캣, 패드: a final consonant


def _ends_in_rieul(word: str) -> bool:
    """"서울", "1" (일), "7" (칠), "8" (팔): read ending in ㄹ, which takes 로, not 으로."""
    word = word.rstrip("'\")] ’”")
    if not word:
        return False
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - ord("가")) % 28 == 8
    if "A" <= last <= "Z" and _acronym(word):
        return last in _LETTER_RIEUL
    if "a" <= last.lower() <= "z":
        return _latin_tail(word).lower().endswith("l")
    return last in "178"


def fix_particles(text: str) -> str:
    """Picks each particle: "퇴거일은(는)" -> "퇴거일은", "사번이(가)" -> "사번이",
    "‘체결’(으)로" -> "‘체결’로", "3층(으)로" -> "3층으로"."""

    def choose(match: re.Match[str]) -> str:
        before = text[: match.start()]
        final = _has_final_consonant(before)
        if final is None:
            return match[0]
        if match[0] == "(으)로" and _ends_in_rieul(before):
            return "로"
        with_final, without = _PARTICLES[match[0]]
        return with_final if final else without

    return _PARTICLE.sub(choose, text)

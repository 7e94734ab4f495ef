"""Agreement wording as plain text, so that staff can change it without code.

The wording lives in the database, versioned (planner.services.agreement_templates); the files
``resources/templates/agreement_<lang>.txt`` are the shipped defaults. The format:

- a line starting with ``;`` is a note for whoever edits the file and is never printed;
- ``@name = text`` before the first section sets a named text (title, party names, …);
- ``## heading`` starts a section. ``## @preamble`` and ``## @closing`` are the unheaded text
  before the first and after the last article; any other heading is printed as written
  (``## 제1조(목적)``);
- every other non-blank line is one paragraph;
- ``{name}`` is filled in from the data (``{{`` is a literal brace). Only plain names: an
  attribute, an index, a conversion or a format (``{title.__class__}``, ``{x[0]}``,
  ``{x!r}``, ``{x:>999999}``) is refused, as is an unknown name or a name without a value —
  a :class:`TemplateError` that names the placeholder, the source and the line: a document
  never goes out with a blank in it, and a template can reach nothing but the values given.

A template is text from users, so it is held to limits (size, lines, sections, characters,
length once filled) that keep a hostile one from costing more than a moment to refuse.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlannerError

REQUIRED_NAMES = (
    "title",
    "kt_label",
    "kaist_label",
    "annex1_title",
    "annex1_facts",
    "annex2_title",
    "annex2_no_changes",
    "annex2_first_year",
    "unit_note",
    "unit_note_won",
)
REQUIRED_SECTIONS = ("@preamble", "@closing")

MAX_CHARS = 200_000  # the shipped templates are about 12,000
MAX_LINE = 4_000
MAX_SECTIONS = 80
MAX_PARAGRAPHS = 600
MAX_FILLED = 12_000  # characters of one line once its placeholders are filled
# C0/C1 controls, and the bidirectional overrides that make a line print otherwise than it reads.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TemplateError(PlannerError):
    """An agreement template that cannot be filled in as written."""

    code = "template"

    def __init__(self, source: str, line: int | None, message: str) -> None:
        where = f"{source} line {line}" if line else source
        super().__init__(f"Agreement template {where}: {message}")
        self.source = source
        self.line = line


@dataclass(frozen=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True)
class Section:
    heading: Line
    paragraphs: tuple[Line, ...]

    @property
    def special(self) -> bool:
        return self.heading.text.startswith("@")


@dataclass(frozen=True)
class AgreementTemplate:
    source: str
    names: Mapping[str, Line]
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class FilledSection:
    key: str  # "@preamble", "@closing" or the filled heading
    heading: str | None  # None for the unheaded preamble and closing
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class FilledAgreement:
    names: Mapping[str, str]
    sections: tuple[FilledSection, ...]

    def section(self, key: str) -> FilledSection:
        return next(s for s in self.sections if s.key == key)

    @property
    def articles(self) -> tuple[FilledSection, ...]:
        return tuple(s for s in self.sections if s.heading is not None)


def parse_template(text: str, source: str) -> AgreementTemplate:
    if len(text) > MAX_CHARS:
        raise TemplateError(
            source, None, f"is {len(text):,} characters long; at most {MAX_CHARS:,} are accepted"
        )
    names: dict[str, Line] = {}
    sections: list[Section] = []
    heading: Line | None = None
    paragraphs: list[Line] = []
    count = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > MAX_LINE:
            raise TemplateError(source, number, f"is longer than {MAX_LINE:,} characters")
        bad = FORBIDDEN.search(raw)
        if bad:
            raise TemplateError(
                source, number, f"contains the control character U+{ord(bad.group()):04X}"
            )
        stripped = raw.strip()
        if not stripped or stripped.startswith(";"):
            continue
        count += 1
        if len(sections) >= MAX_SECTIONS or count > MAX_PARAGRAPHS + MAX_SECTIONS + 40:
            raise TemplateError(
                source,
                number,
                f"too many sections or paragraphs (at most {MAX_SECTIONS} "
                f"sections and {MAX_PARAGRAPHS} paragraphs)",
            )
        if stripped.startswith("## "):
            if heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = Line(number, stripped[3:].strip()), []
        elif stripped.startswith("@") and heading is None:
            name, sep, value = stripped[1:].partition("=")
            if not sep or not name.strip().isidentifier():
                raise TemplateError(source, number, "expected '@name = text'")
            names[name.strip()] = Line(number, value.strip())
        elif heading is None:
            raise TemplateError(source, number, "text before the first '## ' section")
        else:
            paragraphs.append(Line(number, stripped))
    if heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))
    for name in REQUIRED_NAMES:
        if name not in names:
            raise TemplateError(source, None, f"'@{name} = …' is missing")
    present = {s.heading.text for s in sections}
    for key in REQUIRED_SECTIONS:
        if key not in present:
            raise TemplateError(source, None, f"the section '## {key}' is missing")
    return AgreementTemplate(source, names, tuple(sections))


def shipped_text(lang: str) -> str:
    """The default wording of ``lang`` ('ko' or 'en') shipped with the application."""
    import resources

    return resources.path("templates", f"agreement_{lang}.txt").read_text(encoding="utf-8")


def read_template_file(path: Path) -> str:
    """A template file's text; a file that is too large or not UTF-8 is a TemplateError."""
    try:
        size = path.stat().st_size
        if size > MAX_CHARS * 4:  # UTF-8 takes at most 4 bytes a character
            raise TemplateError(path.name, None, f"is {size:,} bytes; too large for a template")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TemplateError(
            path.name, None, f"is not UTF-8 text (byte {error.start:,} cannot be read)"
        ) from None
    except OSError as error:
        raise TemplateError(path.name, None, f"cannot be read ({error.strerror})") from None


def load_template(lang: str, folder: Path | None = None) -> AgreementTemplate:
    """The template of ``lang`` ('ko' or 'en') from ``folder`` (default: the shipped one)."""
    if folder is None:
        return parse_template(shipped_text(lang), f"agreement_{lang}.txt")
    path = folder / f"agreement_{lang}.txt"
    return parse_template(read_template_file(path), path.name)


_FORMATTER = string.Formatter()


def fill_line(line: Line, values: Mapping[str, object], source: str) -> str:
    try:
        parts = list(_FORMATTER.parse(line.text))
    except ValueError as error:  # an unmatched brace
        raise TemplateError(
            source, line.number, f"{error} (write {{{{ or }}}} for a literal brace)"
        ) from None
    out = []
    length = 0
    for literal, field, spec, conversion in parts:
        out.append(literal)
        length += len(literal)
        if field is None:
            continue
        if not field.isidentifier():
            raise TemplateError(
                source,
                line.number,
                f"placeholder {{{field}}} is not a plain name: attribute and index access "
                "are not allowed",
            )
        if spec or conversion:
            written = (
                field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            )
            raise TemplateError(
                source,
                line.number,
                f"placeholder {{{written}}} may not carry a conversion or format; "
                f"write {{{field}}}",
            )
        if field not in values:
            known = ", ".join(sorted(values))
            raise TemplateError(
                source, line.number, f"unknown placeholder {{{field}}}; known: {known}"
            )
        value = values[field]
        if value is None or value == "":
            raise TemplateError(source, line.number, f"placeholder {{{field}}} has no value")
        text = str(value)
        length += len(text)
        if length > MAX_FILLED:
            raise TemplateError(
                source, line.number, f"grows past {MAX_FILLED:,} characters once filled in"
            )
        out.append(text)
    return "".join(out)


def fill(template: AgreementTemplate, values: Mapping[str, object]) -> FilledAgreement:
    """Every placeholder replaced; the template's own ``@names`` may be used as placeholders too."""
    names: dict[str, str] = {}
    for name, line in template.names.items():
        names[name] = fill_line(line, {**values, **names}, template.source)
    everything = {**values, **names}
    sections = []
    for section in template.sections:
        heading = (
            None if section.special else fill_line(section.heading, everything, template.source)
        )
        sections.append(
            FilledSection(
                key=section.heading.text if section.special else str(heading),
                heading=heading,
                paragraphs=tuple(
                    fill_line(p, everything, template.source) for p in section.paragraphs
                ),
            )
        )
    return FilledAgreement(names, tuple(sections))

"""Agreement wording kept in plain text files, so that staff can change it without code.

The format of ``resources/templates/agreement_<lang>.txt``:

- a line starting with ``;`` is a note for whoever edits the file and is never printed;
- ``@name = text`` before the first section sets a named text (title, party names, …);
- ``## heading`` starts a section. ``## @preamble`` and ``## @closing`` are the unheaded text
  before the first and after the last article; any other heading is printed as written
  (``## 제1조(목적)``);
- every other non-blank line is one paragraph;
- ``{name}`` is filled in from the data (``string.Formatter`` syntax, so ``{{`` is a literal
  brace). An unknown name, or a name without a value, is a :class:`TemplateError` that names
  the placeholder, the file and the line: a document never goes out with a blank in it.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlannerError

REQUIRED_NAMES = (
    "title",
    "kt_label",
    "kt_name",
    "kt_address",
    "kt_representative",
    "kaist_label",
    "kaist_name",
    "kaist_address",
    "kaist_representative",
    "annex1_title",
    "annex2_title",
)
REQUIRED_SECTIONS = ("@preamble", "@closing")


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
    names: dict[str, Line] = {}
    sections: list[Section] = []
    heading: Line | None = None
    paragraphs: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith(";"):
            continue
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


def load_template(lang: str, folder: Path | None = None) -> AgreementTemplate:
    """The template of ``lang`` ('ko' or 'en') from ``folder`` (default: the bundled one)."""
    import resources

    path = (
        (folder / f"agreement_{lang}.txt")
        if folder
        else resources.path("templates", f"agreement_{lang}.txt")
    )
    return parse_template(path.read_text(encoding="utf-8"), path.name)


_FORMATTER = string.Formatter()


def fill_line(line: Line, values: Mapping[str, object], source: str) -> str:
    try:
        parts = list(_FORMATTER.parse(line.text))
    except ValueError as error:  # an unmatched brace
        raise TemplateError(
            source, line.number, f"{error} (write {{{{ or }}}} for a literal brace)"
        ) from None
    out = []
    for literal, field, spec, conversion in parts:
        out.append(literal)
        if field is None:
            continue
        if not field.isidentifier():
            raise TemplateError(source, line.number, f"placeholder {{{field}}} is not a plain name")
        if field not in values:
            known = ", ".join(sorted(values))
            raise TemplateError(
                source, line.number, f"unknown placeholder {{{field}}}; known: {known}"
            )
        value = values[field]
        if value is None or value == "":
            raise TemplateError(source, line.number, f"placeholder {{{field}}} has no value")
        if conversion:
            value = _FORMATTER.convert_field(value, conversion)
        out.append(format(value, spec or ""))
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

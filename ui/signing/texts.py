"""Words about electronic signatures for a partnership officer, in the user's language.

planner.signing says what it found in flags (intact, trusted, coverage, what changed after);
here those become sentences. A refusal of the signing service (not agreed yet, KAIST before
KT, a wrong password, an expired certificate, …) is said from its template.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.signing import FIELDS, SignatureCheck
from ui.errors import error_message
from ui.i18n import QT_TRANSLATE_NOOP, fill

CONTEXT = "SigningTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def party_name(party: str) -> str:
    return {"kt": _tr("KT (Party A)"), "kaist": _tr("KAIST (Party B)")}[party]


def language_name(lang: str) -> str:
    return {
        "ko": _tr("Korean"),
        "en": _tr("English"),
        "both": _tr("Korean and English"),
    }[lang]


def field_name(field: str) -> str:
    """The signature field as the officer knows it: whose signature it holds."""
    for party, name in FIELDS.items():
        if field == name:
            return fill(_tr("%1 signature"), party_name(party))
    return field


def yes_no(value: bool) -> str:
    return _tr("yes") if value else _tr("no")


def coverage(check: SignatureCheck) -> str:
    if check.coverage == "ENTIRE_FILE":
        return _tr("the whole file")
    if check.coverage == "ENTIRE_REVISION":
        return _tr("the file as it was then")
    return _tr("part of the file only")


def verdict(check: SignatureCheck) -> str:
    """What the officer should conclude from one signature."""
    if not check.intact:
        return _tr(
            "Not intact: the file was changed after this signature, so what was signed is not "
            "what you have. Ask the signer for the file as they signed it."
        )
    if not check.trusted:
        return _tr(
            "The signature matches the file, but the signer's certificate does not come from an "
            "authority you trust. Add its root certificate in the signature settings if you "
            "know where it comes from."
        )
    text = _tr("Valid: the file is as signed, by a trusted certificate.")
    if check.coverage == "ENTIRE_REVISION" and check.modification_level == "FORM_FILLING":
        text += " " + _tr("Only further signatures were added after it.")
    elif check.modification_level not in ("NONE", "FORM_FILLING", "LTA_UPDATES"):
        text = _tr(
            "The signature is valid, but the file was changed after signing in a way that is "
            "not a signature: look at the later changes before relying on it."
        )
    return text


def summary(checks: list[SignatureCheck]) -> str:
    if not checks:
        return _tr("This file carries no electronic signature.")
    bad = sum(not check.good for check in checks)
    if not bad:
        return fill(_tr("All %1 signature(s) are intact and trusted."), len(checks))
    return fill(_tr("%1 of %2 signature(s) cannot be relied on."), bad, len(checks))


# The signing service's refusals (planner.services.signatures, planner.signing): template ->
# sentence with %1, %2, … where the service put its values.
_REFUSALS = {
    "only an agreed agreement can be signed; the %1 cycle is %2": QT_TRANSLATE_NOOP(
        CONTEXT,
        "Only an agreed (frozen) agreement can be signed. Move the %1 cycle to “agreed” first.",
    ),
    "%1 has already signed the %2 agreement (%3): %4": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 has already signed the %2 agreement (%3): %4."
    ),
    "KT signs first: the %1 agreement (%2) has no KT signature yet": QT_TRANSLATE_NOOP(
        CONTEXT, "KT signs first: the %1 agreement (%2) has no KT signature yet."
    ),
    "%1 expired on %2: sign with a valid certificate": QT_TRANSLATE_NOOP(
        CONTEXT, "The certificate in %1 expired on %2. Sign with a valid certificate."
    ),
    "%1 is valid only from %2": QT_TRANSLATE_NOOP(
        CONTEXT, "The certificate in %1 is valid only from %2."
    ),
}


def refusal(error: BaseException) -> str:
    """Why signing was refused, in the user's language."""
    template = getattr(error, "problem", None)
    if template in _REFUSALS:
        values = [str(value) for value in getattr(error, "values", ())]
        if template.startswith("%1 has already signed"):
            values[0] = party_name(values[0].lower())
        return fill(_tr(_REFUSALS[template]), *values)
    return error_message(error)

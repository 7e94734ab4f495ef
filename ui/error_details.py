"""Service error details said in the user's language.

A :class:`planner.errors.ValidationError` names a ``field`` and carries the problem's English
template ("is longer than %1 characters") and its values, as the raise site gave them. Here
each field name used in ``planner/`` gets a label and each problem template a sentence with
``{field}`` where the label goes and %1, %2, … where the values go; the sentences are translated
through ``errors_ko.ts``. ``describe`` returns None when the error has no template or a field or
a problem has no entry, and the caller then shows the English details.

Korean particles after a label or a value (은/는, 이/가, 을/를) depend on the last syllable,
so translations write ``은(는)`` and :func:`ui.i18n.fill` picks the one that fits.
"""

from __future__ import annotations

import enum
import re

from PySide6.QtCore import QCoreApplication

from planner import errors
from planner.models import enums
from ui.i18n import QT_TRANSLATE_NOOP, fill
from ui.labels import label

CONTEXT = "ErrorDetails"

# Field names of planner/ (raise sites, validation helpers, flush(…, what), get(…, what)).
FIELD_LABELS: dict[str, str] = {
    # Participants, KPIs, IP (issue #20) and desks out of use, leave (issue #21).
    "participant": QT_TRANSLATE_NOOP(CONTEXT, "Participant"),
    "KPI": QT_TRANSLATE_NOOP(CONTEXT, "KPI"),
    "unit": QT_TRANSLATE_NOOP(CONTEXT, "Unit"),
    "unit_en": QT_TRANSLATE_NOOP(CONTEXT, "Unit (English)"),
    "inventors": QT_TRANSLATE_NOOP(CONTEXT, "Inventors"),
    "actual": QT_TRANSLATE_NOOP(CONTEXT, "Actual"),
    "ip": QT_TRANSLATE_NOOP(CONTEXT, "IP disclosures file"),
    "filing_no": QT_TRANSLATE_NOOP(CONTEXT, "Filing number"),
    "kpis": QT_TRANSLATE_NOOP(CONTEXT, "KPI file"),
    "participants": QT_TRANSLATE_NOOP(CONTEXT, "Participants file"),
    "rate_pct": QT_TRANSLATE_NOOP(CONTEXT, "Participation rate"),
    "kpi_name": QT_TRANSLATE_NOOP(CONTEXT, "KPI name"),
    "target": QT_TRANSLATE_NOOP(CONTEXT, "Target"),
    "disclosed_on": QT_TRANSLATE_NOOP(CONTEXT, "Disclosed on"),
    "kt_share_pct": QT_TRANSLATE_NOOP(CONTEXT, "KT share"),
    "kaist_share_pct": QT_TRANSLATE_NOOP(CONTEXT, "KAIST share"),
    "from": QT_TRANSLATE_NOOP(CONTEXT, "From"),
    "to": QT_TRANSLATE_NOOP(CONTEXT, "To"),
    "out of use": QT_TRANSLATE_NOOP(CONTEXT, "Out of use"),
    "leave": QT_TRANSLATE_NOOP(CONTEXT, "Leave"),
    "shares": QT_TRANSLATE_NOOP(CONTEXT, "Shares"),
    "IP disclosure": QT_TRANSLATE_NOOP(CONTEXT, "IP disclosure"),
    "cap_pct": QT_TRANSLATE_NOOP(CONTEXT, "Participation cap"),
    "participation cap": QT_TRANSLATE_NOOP(CONTEXT, "Participation cap"),
    # Deliverables and the review before agreement (issue #20).
    "deliverable": QT_TRANSLATE_NOOP(CONTEXT, "Deliverable"),
    "title": QT_TRANSLATE_NOOP(CONTEXT, "Title"),
    "due_date": QT_TRANSLATE_NOOP(CONTEXT, "Due date"),
    "state": QT_TRANSLATE_NOOP(CONTEXT, "State"),
    "waived_reason": QT_TRANSLATE_NOOP(CONTEXT, "Reason waived"),
    "evidence": QT_TRANSLATE_NOOP(CONTEXT, "Evidence file"),
    "evidence_link": QT_TRANSLATE_NOOP(CONTEXT, "Evidence link"),
    "missing_reports_reason": QT_TRANSLATE_NOOP(CONTEXT, "Reason for the missing final reports"),
    "review item": QT_TRANSLATE_NOOP(CONTEXT, "Review item"),
    "label_ko": QT_TRANSLATE_NOOP(CONTEXT, "Item (Korean)"),
    "label_en": QT_TRANSLATE_NOOP(CONTEXT, "Item (English)"),
    "p12": QT_TRANSLATE_NOOP(CONTEXT, "Certificate file"),
    "trust": QT_TRANSLATE_NOOP(CONTEXT, "Trusted root certificate"),
    "signature of %1 on the %2 agreement": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature of %1 on the %2 agreement"
    ),
    "template": QT_TRANSLATE_NOOP(CONTEXT, "Agreement wording files"),
    "Building": QT_TRANSLATE_NOOP(CONTEXT, "Building"),  # get() without a name: the model's
    "Site": QT_TRANSLATE_NOOP(CONTEXT, "Site"),
    "active": QT_TRANSLATE_NOOP(CONTEXT, "In service"),
    "address": QT_TRANSLATE_NOOP(CONTEXT, "Address"),
    "adjacency_m": QT_TRANSLATE_NOOP(CONTEXT, "Adjacency distance"),
    "allow_moves": QT_TRANSLATE_NOOP(CONTEXT, "Allowed moves"),
    "area": QT_TRANSLATE_NOOP(CONTEXT, "Research area"),
    "area_m2": QT_TRANSLATE_NOOP(CONTEXT, "Area"),
    "assignment": QT_TRANSLATE_NOOP(CONTEXT, "Assignment"),
    "background": QT_TRANSLATE_NOOP(CONTEXT, "Background image"),
    "background_path": QT_TRANSLATE_NOOP(CONTEXT, "Background image file"),
    "background_scale": QT_TRANSLATE_NOOP(CONTEXT, "Background scale"),
    "budget_krw": QT_TRANSLATE_NOOP(CONTEXT, "Budget"),
    "building": QT_TRANSLATE_NOOP(CONTEXT, "Building"),
    "calibration": QT_TRANSLATE_NOOP(CONTEXT, "Scale calibration"),
    "capacity_seats": QT_TRANSLATE_NOOP(CONTEXT, "Seat capacity"),
    "code": QT_TRANSLATE_NOOP(CONTEXT, "Code"),
    "consultation_deadline": QT_TRANSLATE_NOOP(CONTEXT, "Consultation deadline"),
    "consultation": QT_TRANSLATE_NOOP(CONTEXT, "Consultation"),
    "cycle": QT_TRANSLATE_NOOP(CONTEXT, "Renewal cycle"),
    "database": QT_TRANSLATE_NOOP(CONTEXT, "Database"),
    "decision": QT_TRANSLATE_NOOP(CONTEXT, "Decision"),
    "depth_m": QT_TRANSLATE_NOOP(CONTEXT, "Depth"),
    "description": QT_TRANSLATE_NOOP(CONTEXT, "Description"),
    "desk": QT_TRANSLATE_NOOP(CONTEXT, "Desk"),
    "effective_date": QT_TRANSLATE_NOOP(CONTEXT, "Effective date"),
    "email": QT_TRANSLATE_NOOP(CONTEXT, "E-mail"),
    "employee_no": QT_TRANSLATE_NOOP(CONTEXT, "Employee number"),
    "end": QT_TRANSLATE_NOOP(CONTEXT, "End date"),
    "features": QT_TRANSLATE_NOOP(CONTEXT, "Desk features"),
    "floor": QT_TRANSLATE_NOOP(CONTEXT, "Floor"),
    "floor background": QT_TRANSLATE_NOOP(CONTEXT, "Floor background"),
    "goals": QT_TRANSLATE_NOOP(CONTEXT, "Goals"),
    "gpu_allocation": QT_TRANSLATE_NOOP(CONTEXT, "GPU allocation"),
    "headcount": QT_TRANSLATE_NOOP(CONTEXT, "Headcount"),
    "host": QT_TRANSLATE_NOOP(CONTEXT, "Server name"),
    "imported desks": QT_TRANSLATE_NOOP(CONTEXT, "Imported desks"),
    "imported people": QT_TRANSLATE_NOOP(CONTEXT, "Imported people"),
    "kind": QT_TRANSLATE_NOOP(CONTEXT, "Kind"),
    "kt_contact_id": QT_TRANSLATE_NOOP(CONTEXT, "KT counterpart"),
    "lang": QT_TRANSLATE_NOOP(CONTEXT, "Language"),
    # the comparison table (planner.services.agreement_copies)
    "against": QT_TRANSLATE_NOOP(CONTEXT, "Year to compare with"),
    "version": QT_TRANSLATE_NOOP(CONTEXT, "Agreement version"),
    "agreement version": QT_TRANSLATE_NOOP(CONTEXT, "Agreement version"),
    "last_day": QT_TRANSLATE_NOOP(CONTEXT, "Last day"),
    "level": QT_TRANSLATE_NOOP(CONTEXT, "Floor level"),
    "members": QT_TRANSLATE_NOOP(CONTEXT, "Members"),
    "move plan": QT_TRANSLATE_NOOP(CONTEXT, "Move plan"),
    "move-out": QT_TRANSLATE_NOOP(CONTEXT, "Move-out"),
    "name": QT_TRANSLATE_NOOP(CONTEXT, "Name"),
    "name_en": QT_TRANSLATE_NOOP(CONTEXT, "English name"),
    "name_ko": QT_TRANSLATE_NOOP(CONTEXT, "Korean name"),
    "needs": QT_TRANSLATE_NOOP(CONTEXT, "Needs"),
    "note": QT_TRANSLATE_NOOP(CONTEXT, "Note"),
    "notes": QT_TRANSLATE_NOOP(CONTEXT, "Notes"),
    "on": QT_TRANSLATE_NOOP(CONTEXT, "Date"),
    "organisation": QT_TRANSLATE_NOOP(CONTEXT, "Organisation"),
    "organisation_id": QT_TRANSLATE_NOOP(CONTEXT, "Organisation"),
    "output": QT_TRANSLATE_NOOP(CONTEXT, "Output file"),
    "people": QT_TRANSLATE_NOOP(CONTEXT, "People"),
    "period": QT_TRANSLATE_NOOP(CONTEXT, "Period"),
    "period_end": QT_TRANSLATE_NOOP(CONTEXT, "Period end"),
    "period_start": QT_TRANSLATE_NOOP(CONTEXT, "Period start"),
    "person": QT_TRANSLATE_NOOP(CONTEXT, "Person"),
    "person with e-mail": QT_TRANSLATE_NOOP(CONTEXT, "Person with the e-mail"),
    "phone": QT_TRANSLATE_NOOP(CONTEXT, "Phone"),
    "pi_id": QT_TRANSLATE_NOOP(CONTEXT, "KAIST PI"),
    "planned move": QT_TRANSLATE_NOOP(CONTEXT, "Planned move"),
    "polygon": QT_TRANSLATE_NOOP(CONTEXT, "Zone outline"),
    "port": QT_TRANSLATE_NOOP(CONTEXT, "Port"),
    "position": QT_TRANSLATE_NOOP(CONTEXT, "Position"),
    "prefix": QT_TRANSLATE_NOOP(CONTEXT, "Role name prefix"),
    "reason": QT_TRANSLATE_NOOP(CONTEXT, "Reason"),
    "renewal cycle": QT_TRANSLATE_NOOP(CONTEXT, "Renewal cycle"),
    "research task": QT_TRANSLATE_NOOP(CONTEXT, "Research task"),
    "role": QT_TRANSLATE_NOOP(CONTEXT, "Role"),
    "rotation": QT_TRANSLATE_NOOP(CONTEXT, "Rotation"),
    "scale": QT_TRANSLATE_NOOP(CONTEXT, "Size"),
    "signatory_kaist": QT_TRANSLATE_NOOP(CONTEXT, "KAIST signatory"),
    "signatory_kt": QT_TRANSLATE_NOOP(CONTEXT, "KT signatory"),
    "signed_on": QT_TRANSLATE_NOOP(CONTEXT, "Signing date"),
    "signing": QT_TRANSLATE_NOOP(CONTEXT, "Signing"),
    "signing_target": QT_TRANSLATE_NOOP(CONTEXT, "Target signing date"),
    "site": QT_TRANSLATE_NOOP(CONTEXT, "Site"),
    "start": QT_TRANSLATE_NOOP(CONTEXT, "Start date"),
    "start_year": QT_TRANSLATE_NOOP(CONTEXT, "Start year"),
    "status": QT_TRANSLATE_NOOP(CONTEXT, "Status"),
    "stay": QT_TRANSLATE_NOOP(CONTEXT, "Stay"),
    "stay_end": QT_TRANSLATE_NOOP(CONTEXT, "Move-out date"),
    "stay_start": QT_TRANSLATE_NOOP(CONTEXT, "Move-in date"),
    "swap": QT_TRANSLATE_NOOP(CONTEXT, "Swap"),
    "task": QT_TRANSLATE_NOOP(CONTEXT, "Research task"),
    "task renewal": QT_TRANSLATE_NOOP(CONTEXT, "Task renewal"),
    "time_limit": QT_TRANSLATE_NOOP(CONTEXT, "Time limit"),
    "title_en": QT_TRANSLATE_NOOP(CONTEXT, "English title"),
    "title_ko": QT_TRANSLATE_NOOP(CONTEXT, "Korean title"),
    "tls": QT_TRANSLATE_NOOP(CONTEXT, "TLS mode"),
    "track": QT_TRANSLATE_NOOP(CONTEXT, "Track"),
    "url": QT_TRANSLATE_NOOP(CONTEXT, "Server address"),
    "user": QT_TRANSLATE_NOOP(CONTEXT, "User name"),
    "who": QT_TRANSLATE_NOOP(CONTEXT, "Who"),
    "width_m": QT_TRANSLATE_NOOP(CONTEXT, "Width"),
    "x": QT_TRANSLATE_NOOP(CONTEXT, "X position"),
    "y": QT_TRANSLATE_NOOP(CONTEXT, "Y position"),
    "year": QT_TRANSLATE_NOOP(CONTEXT, "Year"),
    "zone": QT_TRANSLATE_NOOP(CONTEXT, "Zone"),
    "zone_id": QT_TRANSLATE_NOOP(CONTEXT, "Zone"),
    # flush(session, f"desk {code}"): the record that broke a database rule, named with its key.
    "agreement %1 (%2) version %3": QT_TRANSLATE_NOOP(CONTEXT, "Agreement %1 (%2), version %3"),
    "building %1": QT_TRANSLATE_NOOP(CONTEXT, "Building %1"),
    "Building %1": QT_TRANSLATE_NOOP(CONTEXT, "Building %1"),
    "Floor %1": QT_TRANSLATE_NOOP(CONTEXT, "Floor %1"),
    "Site %1": QT_TRANSLATE_NOOP(CONTEXT, "Site %1"),
    "desk %1": QT_TRANSLATE_NOOP(CONTEXT, "Desk %1"),
    "organisation %1": QT_TRANSLATE_NOOP(CONTEXT, "Organisation %1"),
    "person %1": QT_TRANSLATE_NOOP(CONTEXT, "Person %1"),
    "renewal cycle %1": QT_TRANSLATE_NOOP(CONTEXT, "Renewal cycle %1"),
    "task %1": QT_TRANSLATE_NOOP(CONTEXT, "Research task %1"),
    "snapshot": QT_TRANSLATE_NOOP(CONTEXT, "Frozen agreement"),
    "language": QT_TRANSLATE_NOOP(CONTEXT, "Language of the wording"),
    "party": QT_TRANSLATE_NOOP(CONTEXT, "Party"),
    "file": QT_TRANSLATE_NOOP(CONTEXT, "File"),
    "reason_en": QT_TRANSLATE_NOOP(CONTEXT, "English reason"),
    "seats_committed": QT_TRANSLATE_NOOP(CONTEXT, "Desks provided"),
    "agreement template": QT_TRANSLATE_NOOP(CONTEXT, "Agreement wording"),
    "agreement template (%1) version %2": QT_TRANSLATE_NOOP(
        CONTEXT, "Agreement wording (%1) version %2"
    ),
    "%1 signature block": QT_TRANSLATE_NOOP(CONTEXT, "%1 signature block"),
    "agreement %1 version %2": QT_TRANSLATE_NOOP(CONTEXT, "Agreement %1, version %2"),
    "frozen agreement of cycle": QT_TRANSLATE_NOOP(CONTEXT, "Frozen agreement of the cycle"),
    "party_institution_ko": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: institution (Korean)"),
    "party_institution_en": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: institution (English)"),
    "party_address_ko": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: address (Korean)"),
    "party_address_en": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: address (English)"),
    "party_position_ko": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: representative's position (Korean)"
    ),
    "party_position_en": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: representative's position (English)"
    ),
    "party_name_ko": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: representative's name (Korean)"),
    "party_name_en": QT_TRANSLATE_NOOP(CONTEXT, "Signature block: representative's name (English)"),
    "party_signer_position_ko": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: signing delegate's position (Korean)"
    ),
    "party_signer_position_en": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: signing delegate's position (English)"
    ),
    "party_signer_name_ko": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: signing delegate's name (Korean)"
    ),
    "party_signer_name_en": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: signing delegate's name (English)"
    ),
    "party_delegation_ko": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: basis of delegation (Korean)"
    ),
    "party_delegation_en": QT_TRANSLATE_NOOP(
        CONTEXT, "Signature block: basis of delegation (English)"
    ),
    # Budget by category (planner.services.budget)
    "amount_krw": QT_TRANSLATE_NOOP(CONTEXT, "Amount"),
    "basis": QT_TRANSLATE_NOOP(CONTEXT, "Basis of the indirect-cost rate"),
    "budget category": QT_TRANSLATE_NOOP(CONTEXT, "Budget category"),
    "budget file": QT_TRANSLATE_NOOP(CONTEXT, "Budget lines file"),
    "budget line": QT_TRANSLATE_NOOP(CONTEXT, "Budget line"),
    "category": QT_TRANSLATE_NOOP(CONTEXT, "Budget category"),
    "indirect rate": QT_TRANSLATE_NOOP(CONTEXT, "Indirect-cost rate"),
    "override_reason": QT_TRANSLATE_NOOP(CONTEXT, "Reason for the indirect cost set by hand"),
    "rate_bp": QT_TRANSLATE_NOOP(CONTEXT, "Indirect-cost rate (hundredths of a percent)"),
}

# The problem as planner/ writes it (values as %1, %2, …) -> the sentence shown.
PROBLEMS: dict[str, str] = {
    # Participants, KPIs, IP (issue #20), occupancy over time (#21).
    "%1 has no column %2 (%3)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: %1 has no column %2 (%3)."
    ),
    "unknown value '%1'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a known value."
    ),
    "%1": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: %1"
    ),
    "the KT share (%1 %) and the KAIST share (%2 %) add up to %3 %, not 100 %": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: the KT share (%1 %) and the KAIST share (%2 %) add up to %3 %, not 100 %."
    ),
    "name at least one inventor": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: name at least one inventor."
    ),
    "%1 already has a KPI named %2": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: %1 already has a KPI named %2."
    ),
    "is before %1": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} is before %1."
    ),
    "is more than %1 months after the start": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} is more than %1 months after the start."
    ),
    "unknown role in the task '%1'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a role in the task."
    ),
    "lies outside the task's period (%1 – %2)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} lies outside the task's period (%1 – %2)."
    ),
    "lies outside %1's stay (%2 – %3)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} lies outside %1's stay (%2 – %3)."
    ),
    "%1 already takes part in %2": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: %1 already takes part in %2."
    ),
    "the file lacks the column(s) %1": QT_TRANSLATE_NOOP(CONTEXT, "The file lacks the column(s) %1."),
    "%1 row(s) cannot be imported: %2": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 row(s) cannot be imported; nothing was imported: %2"
    ),
    "unknown kind '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown kind '%1'."),
    "a waived deliverable needs a reason": QT_TRANSLATE_NOOP(
        CONTEXT, "A waived deliverable needs the reason it is waived."
    ),
    "the file has no name": QT_TRANSLATE_NOOP(CONTEXT, "The file has no name."),
    "the file is larger than %1 MB; store a link to it instead": QT_TRANSLATE_NOOP(
        CONTEXT, "The file is larger than %1 MB; store a link to it instead."
    ),
    "'%1' is not a document this program keeps (PDF, HWP/HWPX, Office, ZIP, PNG, JPEG or text)":
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "'%1' is not a document this program keeps (PDF, HWP/HWPX, Office, ZIP, PNG, JPEG "
            "or text).",
        ),
    "'%1' is not a web address (http:// or https://)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a web address (http:// or https://)."
    ),
    "%1 is not the copy KT signed (its bytes differ from the recorded sha256 %2)":
        QT_TRANSLATE_NOOP(
            CONTEXT, "%1 is not the copy KT signed (its bytes differ from the recorded sha256 %2)."
        ),
    "%1 does not exist": QT_TRANSLATE_NOOP(CONTEXT, "{field}: %1 does not exist."),
    "%1 cannot be opened: the password is wrong or it is not a PKCS#12 (.p12/.pfx) certificate "
    "file": QT_TRANSLATE_NOOP(
        CONTEXT,
        "%1 cannot be opened: the password is wrong or it is not a PKCS#12 (.p12/.pfx) "
        "certificate file.",
    ),
    "%1 expired on %2: sign with a valid certificate": QT_TRANSLATE_NOOP(
        CONTEXT, "The certificate in %1 expired on %2. Sign with a valid certificate."
    ),
    "%1 is valid only from %2": QT_TRANSLATE_NOOP(
        CONTEXT, "The certificate in %1 is valid only from %2."
    ),
    "%1 is not a certificate (PEM or DER)": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is not a certificate (PEM or DER)."
    ),
    "is not a PDF that can be read (damaged or not a PDF)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} is not a PDF that can be read (damaged or not a PDF)."
    ),
    "give --ko FILE, --en FILE or both": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: give --ko FILE, --en FILE or both."
    ),
    "#%1 was deleted meanwhile": QT_TRANSLATE_NOOP(CONTEXT, "{field} #%1 was deleted meanwhile."),
    "%1 already exists; add --replace to overwrite it": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 already exists; add --replace to overwrite it."
    ),
    "%1 already exists and is not empty; a new database is only made where there is no file "
    "or an empty one": QT_TRANSLATE_NOOP(
        CONTEXT,
        "%1 already exists and is not empty; a new database is only made where there is no "
        "file or an empty one.",
    ),
    "%1 already sits at %2": QT_TRANSLATE_NOOP(CONTEXT, "%1 already sits at desk %2."),
    "%1 is a folder; give a file name": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is a folder; give a file name."
    ),
    "%1 is ambiguous (%2); give the floor's name": QT_TRANSLATE_NOOP(
        CONTEXT, "Floor %1 is ambiguous (%2); give the floor's name."
    ),
    "%1 is not a port number (1–65535)": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is not a port number (1–65535)."
    ),
    "%1 is outside %2–%3": QT_TRANSLATE_NOOP(CONTEXT, "{field}: %1 is outside the years %2–%3."),
    "'%1' is not a PostgreSQL server": QT_TRANSLATE_NOOP(
        CONTEXT, "'%1' is not a PostgreSQL server."
    ),
    "'%1' is not a date (YYYY-MM-DD)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a date (YYYY-MM-DD)."
    ),
    "'%1' is not a number": QT_TRANSLATE_NOOP(CONTEXT, "{field}: '%1' is not a number."),
    "'%1' is not a valid database user name": QT_TRANSLATE_NOOP(
        CONTEXT, "'%1' is not a valid database user name."
    ),
    "'%1' is not a valid role name prefix": QT_TRANSLATE_NOOP(
        CONTEXT, "'%1' is not a valid role name prefix."
    ),
    "'%1' is not a whole number": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a whole number."
    ),
    "'%1' is not an e-mail address": QT_TRANSLATE_NOOP(CONTEXT, "'%1' is not an e-mail address."),
    "a person with this e-mail or employee number already exists": QT_TRANSLATE_NOOP(
        CONTEXT, "A person with this e-mail or employee number already exists."
    ),
    "a record with this code, name or e-mail already exists": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: a record with this code, name or e-mail already exists."
    ),
    "a zone named %1 is already on this floor": QT_TRANSLATE_NOOP(
        CONTEXT, "A zone named %1 is already on this floor."
    ),
    "cannot be edited here": QT_TRANSLATE_NOOP(CONTEXT, "{field} cannot be edited here."),
    "choose at least one person": QT_TRANSLATE_NOOP(CONTEXT, "Choose at least one person."),
    "choose two different people": QT_TRANSLATE_NOOP(CONTEXT, "Choose two different people."),
    "contains control characters": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} contains control characters."
    ),
    "desk %1 would be outside the floor (%2 × %3 m)": QT_TRANSLATE_NOOP(
        CONTEXT, "Desk %1 would be outside the floor (%2 × %3 m)."
    ),
    "desk code %1 is already used in this site": QT_TRANSLATE_NOOP(
        CONTEXT, "Desk code %1 is already used in this site."
    ),
    "desk code %1 is given twice": QT_TRANSLATE_NOOP(CONTEXT, "Desk code %1 is given twice."),
    "ends (%1) before it starts (%2)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} ends (%1) before it starts (%2)."
    ),
    "has a point outside the floor": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} has a point outside the floor."
    ),
    "has no moves": QT_TRANSLATE_NOOP(CONTEXT, "{field} has no moves."),
    "is longer than %1 characters": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} is longer than %1 characters."
    ),
    "is required": QT_TRANSLATE_NOOP(CONTEXT, "{field} is required."),
    "lists a person twice": QT_TRANSLATE_NOOP(CONTEXT, "{field}: the same person is listed twice."),
    "must be 0 or more": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be 0 or more."),
    "must be 0 or more seconds": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be 0 or more seconds."),
    "must be a date": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be a date."),
    "must be a list of [x, y] points": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} must be a list of [x, y] points."
    ),
    "must be a single line": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be a single line."),
    "must be between %1 and %2": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be between %1 and %2."),
    "must be between 1 and 1,000,000 desks": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} must be between 1 and 1,000,000 desks."
    ),
    "there is no agreement before %1 to compare with": QT_TRANSLATE_NOOP(
        CONTEXT, "There is no agreement before %1 to compare with."
    ),
    "%1 is the year being compared; name another year": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the year being compared; name another year."
    ),
    "%1 is the version being compared; name another one": QT_TRANSLATE_NOOP(
        CONTEXT, "Version %1 is the one being compared; name another version."
    ),
    "must be ko, en or both, not '%1'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} must be ko, en or both, not '%1'."
    ),
    "must be more than 0": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be more than 0."),
    "must be one of %1": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be one of %1."),
    "must be text": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be text."),
    "needs at least three points": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} needs at least three points."
    ),
    "no e-mail addresses given": QT_TRANSLATE_NOOP(CONTEXT, "No e-mail addresses were given."),
    "nobody chosen": QT_TRANSLATE_NOOP(CONTEXT, "Nobody is chosen."),
    "refers to something that does not exist or is still in use": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} refers to something that does not exist or is still in use."
    ),
    "roles exist only on a PostgreSQL server": QT_TRANSLATE_NOOP(
        CONTEXT, "Roles exist only on a PostgreSQL server."
    ),
    "the database name is empty": QT_TRANSLATE_NOOP(CONTEXT, "The database name is empty."),
    (
        "the drawing declares entities (<!ENTITY>), which can grow without limit; "
        "save it again as plain SVG"
    ): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The drawing declares entities (<!ENTITY>), which can grow without limit; "
        "save it again as plain SVG.",
    ),
    "the drawing has no size (width and height, or a viewBox)": QT_TRANSLATE_NOOP(
        CONTEXT, "The drawing has no size (width and height, or a viewBox)."
    ),
    "the drawing is not a readable SVG file: it is cut off or malformed at line %1": (
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The drawing is not a readable SVG file: it is cut off or malformed at line %1.",
        )
    ),
    (
        "the drawing refers to files or web addresses outside it (%1); "
        "save it again with its images embedded"
    ): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The drawing refers to files or web addresses outside it (%1); "
        "save it again with its images embedded.",
    ),
    (
        "the image is %1 × %2 pixels; at most %3 million pixels can be shown "
        "(scale it down or save it as SVG)"
    ): QT_TRANSLATE_NOOP(
        CONTEXT,
        "The image is %1 × %2 pixels; at most %3 million pixels can be shown "
        "(scale it down or save it as SVG).",
    ),
    "the image is damaged: its size cannot be read": QT_TRANSLATE_NOOP(
        CONTEXT, "The image is damaged: its size cannot be read."
    ),
    "the file is empty": QT_TRANSLATE_NOOP(CONTEXT, "The file is empty."),
    "the file is not a PNG, JPEG or SVG image": QT_TRANSLATE_NOOP(
        CONTEXT, "The file is not a PNG, JPEG or SVG image."
    ),
    "the folder %1 does not exist": QT_TRANSLATE_NOOP(CONTEXT, "The folder %1 does not exist."),
    "the image is larger than %1 MB": QT_TRANSLATE_NOOP(CONTEXT, "The image is larger than %1 MB."),
    "the latest cycle is %1; the next one must be later": QT_TRANSLATE_NOOP(
        CONTEXT, "The latest renewal cycle is %1; the next one must be later."
    ),
    "the proposal changes no seat": QT_TRANSLATE_NOOP(CONTEXT, "The proposal changes no seat."),
    "the scale must lie between 0.000001 and 1000 m per pixel": QT_TRANSLATE_NOOP(
        CONTEXT, "The scale must lie between 0.000001 and 1000 m per pixel."
    ),
    "the server name is empty": QT_TRANSLATE_NOOP(CONTEXT, "The server name is empty."),
    "the user name is empty": QT_TRANSLATE_NOOP(CONTEXT, "The user name is empty."),
    "there is no earlier cycle to start from; create one first": QT_TRANSLATE_NOOP(
        CONTEXT, "There is no earlier renewal cycle to start from; create one first."
    ),
    "this floor has no background image": QT_TRANSLATE_NOOP(
        CONTEXT, "This floor has no background image."
    ),
    "two different points and a positive distance are needed": QT_TRANSLATE_NOOP(
        CONTEXT, "Two different points and a positive distance are needed."
    ),
    "unknown TLS mode '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown TLS mode '%1'."),
    "unknown decision '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown decision '%1'."),
    "unknown desk kind '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown desk kind '%1'."),
    "unknown feature in '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown desk feature in '%1'."),
    "unknown need in '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown need in '%1'."),
    "unknown organisation kind '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown organisation kind '%1'."),
    "unknown role '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown role '%1'."),
    "unknown role '%1'; choose one of %2": QT_TRANSLATE_NOOP(
        CONTEXT, "Unknown role '%1'; choose one of %2."
    ),
    "unknown state '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown state '%1'."),
    "unknown status '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown status '%1'."),
    "unknown track '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown track '%1'."),
    "unknown zone kind '%1'": QT_TRANSLATE_NOOP(CONTEXT, "Unknown zone kind '%1'."),
    "violates a rule of the database (%1)": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} violates a rule of the database (%1)."
    ),
    "zone is on another floor": QT_TRANSLATE_NOOP(CONTEXT, "The zone is on another floor."),
    # Returned by layout_geometry.polygon_problem and raised as the outline's problem.
    "a zone needs at least three corners": QT_TRANSLATE_NOOP(
        CONTEXT, "A zone needs at least three corners."
    ),
    "a corner is not a number": QT_TRANSLATE_NOOP(CONTEXT, "A corner is not a number."),
    "a corner lies outside the floor (%1 × %2 m)": QT_TRANSLATE_NOOP(
        CONTEXT, "A corner lies outside the floor (%1 × %2 m)."
    ),
    "the outline crosses itself": QT_TRANSLATE_NOOP(CONTEXT, "The outline crosses itself."),
    "the outline encloses no area": QT_TRANSLATE_NOOP(CONTEXT, "The outline encloses no area."),
    "has format %1, this version of Lab Planner reads format %2": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} has format %1; this version of Lab Planner reads format %2."
    ),
    "must be ko or en, not '%1'": QT_TRANSLATE_NOOP(CONTEXT, "{field} must be ko or en, not '%1'."),
    "must be kt or kaist, not '%1'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} must be kt or kaist, not '%1'."
    ),
    "has no field '%1'": QT_TRANSLATE_NOOP(CONTEXT, "{field} has no field '%1'."),
    "is required to unfreeze an agreement": QT_TRANSLATE_NOOP(
        CONTEXT, "A reason is required to unfreeze an agreement."
    ),
    "%1 cannot be read (%2)": QT_TRANSLATE_NOOP(CONTEXT, "%1 cannot be read (%2)."),
    # A PDF page under a floor's plan (planner.services.background_files).
    "the file is not a PNG, JPEG, SVG or PDF drawing": QT_TRANSLATE_NOOP(
        CONTEXT, "The file is not a PNG, JPEG, SVG or PDF drawing."
    ),
    "the PDF is cut off: it does not end as a PDF file ends": QT_TRANSLATE_NOOP(
        CONTEXT, "The PDF is cut off: it does not end as a PDF file ends."
    ),
    "the PDF is protected by a password; save it again without one": QT_TRANSLATE_NOOP(
        CONTEXT, "The PDF is protected by a password; save it again without one."
    ),
    "the PDF has %1 pages; a floor's plan has at most %2": QT_TRANSLATE_NOOP(
        CONTEXT, "The PDF has %1 pages; a floor's plan has at most %2."
    ),
    "the PDF has no page %1": QT_TRANSLATE_NOOP(CONTEXT, "The PDF has no page %1."),
    # A floor's DXF drawing (planner.services.floor_import).
    "the drawing's desk codes %1 belong to desks on other floors; give them other codes":
        QT_TRANSLATE_NOOP(
            CONTEXT,
            "The drawing's desk codes %1 belong to desks on other floors; give them other codes.",
        ),
    # Budget by category (planner.services.budget)
    "unknown budget category '%1'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a budget category of this institute."
    ),
    "unknown paying party '%1'; choose kt or kaist": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not a paying party; choose KT or KAIST."
    ),
    "%1 paid by %2 appears twice": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: %1 paid by %2 appears twice."
    ),
    "unknown basis '%1'; choose direct or total": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}: '%1' is not known; choose direct (of direct costs) or total."
    ),
    "has no column %1": QT_TRANSLATE_NOOP(CONTEXT, "{field} has no column %1."),
    "row %1: '%2' is not a year": QT_TRANSLATE_NOOP(CONTEXT, "{field}, row %1: '%2' is not a year."),
    "row %1: %2 has no renewal in %3": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}, row %1: task %2 has no renewal in %3."
    ),
    "row %1: unknown budget category '%2'": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}, row %1: '%2' is not a budget category of this institute."
    ),
    "row %1: unknown paying party '%2'; choose KT or KAIST": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}, row %1: '%2' is not a paying party; choose KT or KAIST."
    ),
    "row %1: %2 paid by %3 is given twice for %4 %5": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}, row %1: %2 paid by %3 is given twice for %4 %5."
    ),
    "row %1: '%2' is not an amount in won": QT_TRANSLATE_NOOP(
        CONTEXT, "{field}, row %1: '%2' is not an amount in won."
    ),
    "is the sum of the task's %1 budget lines; change the lines to change it": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} is the sum of the task's %1 budget lines; change the lines to change it."
    ),
}

# InUse, InvalidTransition and ReadOnly (planner's StateError) carry one sentence and its
# template: the planner/ template -> shown.
STATE_PROBLEMS: dict[str, str] = {
    "The %1 cycle is %2; its review before agreement is on record and can no longer be "
    "changed.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "The %1 cycle is %2; its review before agreement is on record and can no longer be "
        "changed.",
    ),
    "The final reports of %1 are missing for %2; give the reason to open the %3 cycle "
    "anyway.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "The final reports of %1 are missing for %2; give the reason to open the %3 cycle "
        "anyway.",
    ),
    "%1 is the PI of %2 and stays its participant while others take part.": QT_TRANSLATE_NOOP(
        CONTEXT, "%1 is the PI of %2 and stays its participant while others take part."
    ),
    "%1 still has %2 desk assignment(s) in its history.": QT_TRANSLATE_NOOP(
        CONTEXT, "{field} still has %2 desk assignment(s) in its history."
    ),
    "%1 still has %2 people.": QT_TRANSLATE_NOOP(CONTEXT, "%1 still has %2 people."),
    "%1 has %2 desk assignment(s) and %3 research task link(s); set the end of their stay "
    "instead.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "%1 has %2 desk assignment(s) and %3 research task link(s); set the end of their stay "
        "instead.",
    ),
    "Desk %1 has %2 assignment(s); mark it out of service instead.": QT_TRANSLATE_NOOP(
        CONTEXT, "Desk %1 has %2 assignment(s); mark it out of service instead."
    ),
    "Desks added by the import have %1 assignment(s) since; release those before undoing the "
    "import.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "Desks added by the import have %1 assignment(s) since; release those before undoing "
        "the import.",
    ),
    "People added by the import have %1 desk assignment(s) and %2 planned move(s) since; "
    "release or remove those before undoing the import.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "People added by the import have %1 desk assignment(s) and %2 planned move(s) since; "
        "release or remove those before undoing the import.",
    ),
    "Task %1 appears in %2 renewal cycle(s); conclude it instead.": QT_TRANSLATE_NOOP(
        CONTEXT, "Task %1 appears in %2 renewal cycle(s); conclude it instead."
    ),
    "The %1 cycle is signed and can no longer be changed.": QT_TRANSLATE_NOOP(
        CONTEXT, "The %1 cycle is signed and can no longer be changed."
    ),
    "The %1 cycle is %2; only a draft can be deleted.": QT_TRANSLATE_NOOP(
        CONTEXT, "The %1 cycle is %2; only a draft can be deleted."
    ),
    "Move plan '%1' is %2, not a draft.": QT_TRANSLATE_NOOP(
        CONTEXT, "Move plan '%1' is %2, not a draft."
    ),
    "Move plan '%1' is %2, not applied.": QT_TRANSLATE_NOOP(
        CONTEXT, "Move plan '%1' is %2, not applied."
    ),
    "Move plan '%1' is %2, not discarded.": QT_TRANSLATE_NOOP(
        CONTEXT, "Move plan '%1' is %2, not discarded."
    ),
    "Move plan '%1' was applied; it stays in the history.": QT_TRANSLATE_NOOP(
        CONTEXT, "Move plan '%1' was applied; it stays in the history."
    ),
    "The %1 agreement is %2 and frozen; go back to consultation (with a reason) to change it.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "The %1 agreement is %2 and frozen; go back to consultation (with a reason) to change it.",
    ),
    "The %1 cycle is agreed and its agreement frozen; go back to consultation (with a reason) to change it.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "The %1 cycle is agreed and its agreement frozen; go back to consultation (with a reason) to change it.",
    ),
    "Version %1 of the %2 wording is no longer the newest; it cannot be taken back.": QT_TRANSLATE_NOOP(
        CONTEXT, "Version %1 of the %2 wording is no longer the newest; it cannot be taken back."
    ),
    "The %1 cycle's agreement was agreed once and is on record; it cannot be deleted.": QT_TRANSLATE_NOOP(
        CONTEXT, "The %1 cycle's agreement was agreed once and is on record; it cannot be deleted."
    ),
    # A floor's DXF drawing (planner.services.floor_import).
    "The revised drawing removes %1 desk(s) that people hold: %2. Move them first (a move "
    "plan), then import the drawing again.": QT_TRANSLATE_NOOP(
        CONTEXT,
        "The revised drawing removes %1 desk(s) that people hold: %2. Move them first (a move "
        "plan), then import the drawing again.",
    ),
}
# Values that are a status stored in English ("applied"): shown with their label.
_STATUS_VALUES: dict[str, tuple[int, type[enum.Enum]]] = {
    "The %1 cycle is %2; its review before agreement is on record and can no longer be "
    "changed.": (2, enums.CycleStatus),
    "The %1 cycle is %2; only a draft can be deleted.": (2, enums.CycleStatus),
    "Move plan '%1' is %2, not a draft.": (2, enums.MovePlanStatus),
    "Move plan '%1' is %2, not applied.": (2, enums.MovePlanStatus),
    "Move plan '%1' is %2, not discarded.": (2, enums.MovePlanStatus),
}
# ConcurrentEdit(what): the ``what`` -> the whole sentence.
CONCURRENT: dict[str, str] = {
    "This seating": QT_TRANSLATE_NOOP(
        CONTEXT, "This seating was changed by someone else meanwhile; reload and try again."
    ),
    # The floor a drawing's import was previewed on (planner.services.floor_import).
    "This floor": QT_TRANSLATE_NOOP(
        CONTEXT, "This floor was changed by someone else meanwhile; reload and try again."
    ),
}

_NOT_FOUND = QT_TRANSLATE_NOOP(CONTEXT, "{field} not found: %1; someone may have deleted it.")


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"%\d+", template)
    return re.compile("(.*?)".join(re.escape(part) for part in parts), re.DOTALL)


# Field names with a key in them ("desk %1"): flush(session, f"desk {code}") names the record.
_FIELD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (template, _pattern(template)) for template in FIELD_LABELS if "%" in template
]


def field_label(field: str) -> str | None:
    label = FIELD_LABELS.get(field)
    if label:
        return QCoreApplication.translate(CONTEXT, label)
    for template, pattern in _FIELD_PATTERNS:
        match = pattern.fullmatch(field)
        if match:
            return fill(
                QCoreApplication.translate(CONTEXT, FIELD_LABELS[template]), *match.groups()
            )
    return None


def describe(error: errors.ValidationError) -> str | None:
    """The whole problem as one sentence in the current language, or None if not known (no
    template given at the raise site, or a template without a sentence here)."""
    if error.problem not in PROBLEMS:
        return None
    return _sentence(PROBLEMS[error.problem], error.field, error.values)


def describe_not_found(error: errors.NotFound) -> str | None:
    return _sentence(_NOT_FOUND, str(error.what), (error.key,))


def describe_state(error: errors.PlannerError) -> str | None:
    """InUse, InvalidTransition, ReadOnly: their one sentence, from the raise site's template."""
    template = error.problem
    if template not in STATE_PROBLEMS:
        return None
    values = [str(value) for value in error.values]
    if template in _STATUS_VALUES:
        position, enum_cls = _STATUS_VALUES[template]
        values[position - 1] = label(enum_cls, values[position - 1])
    # "{field}" there is the record named in %1 ("Site 본관"), said as a label.
    return _sentence(STATE_PROBLEMS[template], values[0], tuple(values))


def describe_concurrent(error: errors.ConcurrentEdit) -> str | None:
    sentence = CONCURRENT.get(getattr(error, "what", ""))
    return QCoreApplication.translate(CONTEXT, sentence) if sentence else None


def _sentence(source: str, field: str, values: tuple[object, ...]) -> str | None:
    text = QCoreApplication.translate(CONTEXT, source)
    if "{field}" in text:
        label = field_label(field)
        if label is None:
            return None
        text = text.replace("{field}", label)
    return fill(text, *values)

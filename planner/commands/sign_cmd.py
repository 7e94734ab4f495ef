"""``planner sign agreement`` and ``planner verify``: PAdES signatures on agreement PDFs.

The certificate's password is read from ``PLANNER_P12_PASSWORD`` or asked for on the
terminal — never taken from the command line, where other users' ``ps`` would show it.
A timestamp authority (level B-T) is used when ``--timestamp-url`` or
``PLANNER_TIMESTAMP_URL`` names one. ``verify`` trusts only the roots given with ``--trust``
or listed (separated like PATH) in ``PLANNER_TRUST_ROOTS``; it fetches nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from planner.errors import EXIT_RULE

PASSWORD_ENV = "PLANNER_P12_PASSWORD"
TIMESTAMP_ENV = "PLANNER_TIMESTAMP_URL"
TRUST_ENV = "PLANNER_TRUST_ROOTS"


def register(subparsers) -> None:
    from planner.commands.options import add_database_option

    sign = subparsers.add_parser("sign", help="sign an agreed agreement electronically (PAdES)")
    what = sign.add_subparsers(dest="sign_what", required=True, metavar="WHAT")
    agreement = what.add_parser(
        "agreement",
        help="sign the frozen agreement of YEAR for KT (first) or KAIST (into the file KT signed)",
        description="Sign the agreed (frozen) agreement of YEAR with a PKCS#12 certificate. "
        "KT signs first and the signed PDF is written to -o; KAIST then signs that same file "
        "(-o names it), as an incremental update that keeps KT's signature valid. The password "
        f"comes from {PASSWORD_ENV} or a prompt.",
    )
    agreement.add_argument("--year", type=int, required=True)
    agreement.add_argument("--lang", choices=["ko", "en", "both"], default="ko")
    agreement.add_argument("--party", choices=["kt", "kaist"], required=True)
    agreement.add_argument("--p12", required=True, metavar="FILE", help="the signer's .p12/.pfx")
    agreement.add_argument(
        "-o", "--output", metavar="FILE",
        help="the signed PDF (default: agreement-YEAR-LANG-signed.pdf)",
    )
    agreement.add_argument(
        "--timestamp-url", metavar="URL",
        help=f"an RFC 3161 timestamp authority for level B-T (or {TIMESTAMP_ENV})",
    )
    add_database_option(agreement)
    agreement.set_defaults(func=run_sign)

    verify = subparsers.add_parser(
        "verify",
        help="check the signatures of a PDF (exit 0 only when all are intact and trusted)",
    )
    verify.add_argument("file", metavar="FILE")
    verify.add_argument(
        "--trust", action="append", default=[], metavar="CERT",
        help=f"a trusted root certificate, PEM or DER (repeatable; or {TRUST_ENV})",
    )
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(func=run_verify)


def run_sign(args: argparse.Namespace) -> int:
    from planner.export.output import check_output
    from planner.services.signatures import sign_agreement
    from planner.signing import load_signer
    from planner.storage import open_database

    output = args.output or f"agreement-{args.year}-{args.lang}-signed.pdf"
    if args.party == "kt":
        check_output(output)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        import getpass

        password = getpass.getpass(f"Password of {args.p12}: ")
    signer = load_signer(args.p12, password)
    url = args.timestamp_url or os.environ.get(TIMESTAMP_ENV)
    timestamper = None
    if url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(url)
    db = open_database(getattr(args, "database", None))
    try:
        with db.sessions() as session, session.begin():
            signature = sign_agreement(
                session, args.year, args.lang, args.party, signer, output, timestamper=timestamper
            )
            who, digest = signature.signer, signature.document.sha256
            fingerprint = signature.certificate_sha256
    finally:
        db.close()
    level = "B-T" if timestamper else "B-B"
    print(
        f"Signed {output} as {args.party.upper()} ({who}, PAdES {level}): file sha256 {digest}, "
        f"certificate sha256 {fingerprint}"
    )
    if args.party == "kaist":
        print(
            f"Both parties have signed: `planner cycle advance {args.year} --to signed` "
            "records the cycle as signed on the day of KAIST's signature."
        )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from planner.errors import ValidationError
    from planner.signing import load_certificates, verify_pdf

    roots = list(args.trust) + [p for p in os.environ.get(TRUST_ENV, "").split(os.pathsep) if p]
    try:
        content = Path(args.file).read_bytes()
    except OSError as error:
        raise ValidationError.from_template(
            "file", "%1 cannot be read (%2)", args.file, error.strerror
        ) from None
    checks = verify_pdf(content, load_certificates(roots))
    if args.json:
        print(json.dumps([check.as_json() for check in checks], ensure_ascii=False, indent=2))
    elif not checks:
        print(f"{args.file} carries no signature.")
    else:
        for check in checks:
            mark = "OK " if check.good else "BAD"
            print(
                f"{mark} {check.field}: {check.signer} ({check.institution}), "
                f"signed {check.signed_at or 'at an unknown time'} — {check.explanation}"
            )
    good = bool(checks) and all(check.good for check in checks)
    if not good and not args.json:
        print("Not every signature is intact and trusted.", file=sys.stderr)
    return 0 if good else EXIT_RULE

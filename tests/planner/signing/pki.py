"""A test PKI made here, nothing from the network: a root CA, signer certificates for KT and
KAIST, a timestamp authority (its certificate marked for time stamping) — all under one root —
a stranger's root for the 'untrusted' case and an expired signer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "s3cret-비밀"
_NOW = dt.datetime.now(dt.UTC)


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Issued:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate

    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def key_der(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def _issue(
    subject: x509.Name, key, issuer: Issued | None, *, ca=False, usage=None, days=(-1, 365)
) -> Issued:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.certificate.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_NOW + dt.timedelta(days=days[0]))
        .not_valid_after(_NOW + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
    else:
        builder = builder.add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
    if usage is not None:
        builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=True)
    signing_key = issuer.key if issuer else key
    return Issued(key, builder.sign(signing_key, hashes.SHA256()))


@dataclass
class Pki:
    root: Issued
    kt: Issued
    kaist: Issued
    tsa: Issued
    stranger_root: Issued
    expired: Issued  # a KT signer whose certificate ran out yesterday
    folder: Path

    def p12(self, who: Issued, name: str) -> Path:
        path = self.folder / f"{name}.p12"
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                name.encode(),
                who.key,
                who.certificate,
                [self.root.certificate],
                serialization.BestAvailableEncryption(PASSWORD.encode("utf-8")),
            )
        )
        return path

    def pem(self, who: Issued, name: str) -> Path:
        path = self.folder / f"{name}.pem"
        path.write_bytes(who.certificate.public_bytes(serialization.Encoding.PEM))
        return path

    def timestamper(self):
        """A local RFC 3161 authority under the same root (pyHanko's own test TSA)."""
        from asn1crypto import keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        store = SimpleCertificateStore()
        store.register(asn1_x509.Certificate.load(self.root.der()))
        return DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(self.tsa.der()),
            tsa_key=keys.PrivateKeyInfo.load(self.tsa.key_der()),
            certs_to_embed=store,
        )


def make_pki(folder: Path) -> Pki:
    root_key = _key()
    root = _issue(_name("KT-KAIST Test Root CA", "Test PKI"), root_key, None, ca=True)
    kt = _issue(_name("김케이티", "KT 융합기술원"), _key(), root)
    kaist = _issue(_name("이카이스트", "한국과학기술원"), _key(), root)
    tsa = _issue(
        _name("Test Timestamp Authority", "Test PKI"), _key(), root,
        usage=ExtendedKeyUsageOID.TIME_STAMPING,
    )
    stranger_key = _key()
    stranger = _issue(_name("Someone Else's Root", "Elsewhere"), stranger_key, None, ca=True)
    expired = _issue(_name("박만료", "KT 융합기술원"), _key(), root, days=(-400, -1))
    return Pki(root, kt, kaist, tsa, stranger, expired, folder)

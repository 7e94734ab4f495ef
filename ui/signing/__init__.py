"""Electronic signatures in the window (issue #19): Agreement ▸ Sign… (sign_dialog), the
Signatures panel of a signed file's preview (panel, preview) and the signature settings
(settings_dialog): trust roots and the timestamp authority."""

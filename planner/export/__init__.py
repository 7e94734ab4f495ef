"""Documents made with reportlab. Imported only when a document is made."""

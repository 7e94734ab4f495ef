"""Spreadsheet import and export (XLSX and CSV).

Modules are imported one by one by their callers; nothing here loads python-calamine, openpyxl
or charset-normalizer until a file is actually read or written, so ``planner --help`` stays fast.

    read_table      a file -> Table (header located, rows of plain values)
    columns         header text -> field, a mapping the user (or a dialog) can correct
    dates           the date spellings found in Korean spreadsheets -> datetime.date
    cells           one cell -> a validated value
    labels          the one table of words for roles, desk kinds, features (ko/en), both ways
    preview         Issue, ImportPreview (what an import would do), row_reports, ImportSummary
    people_import   preview_people / import_people (all or nothing, or skipping bad rows)
    desks_import    preview_desks / import_desks
    import_jobs     preview and import as background generators (progress, cancel); import_rows
    import_problems the problems file: skipped rows beside the source, with their reasons
    import_template an XLSX to fill: columns, a sample row, drop-downs of the valid values
    export          Sheet -> XLSX or CSV, formula-safe, written atomically
    export_data     people, desks, assignments, tasks, cycles -> Sheet
    errors          SpreadsheetError, ImportRefused
"""

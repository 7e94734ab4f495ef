"""Spreadsheets in the window: import people or desks (mapping and preview), export lists."""

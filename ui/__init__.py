"""The PySide6 user interface of Lab Planner. Only this package imports Qt."""

"""Automatic placement: desk-level seating of research teams and related planners."""

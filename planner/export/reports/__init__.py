"""Printed reports: seating chart, roster, name plates, occupancy, renewal summary.

Each module takes plain data (gathered by :mod:`planner.services.documents`) and returns the
PDF bytes; none reads the database.
"""

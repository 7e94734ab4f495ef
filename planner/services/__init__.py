"""The only place that reads and writes the database.

Every function takes the caller's Session as its first argument and never opens, commits or
closes one: the caller wraps one user action in ``with factory() as s, s.begin():``.
"""

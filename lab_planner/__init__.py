"""The ``planner`` program: a thin launcher above the domain (``planner``) and the window (``ui``).

Neither package imports this one; it is the only place that knows both.
"""

"""Lab Planner's domain: models, services and documents. Never imports Qt."""

__version__ = "0.1.0"

"""The research task catalogue's editing: the task dialog and its undo commands."""

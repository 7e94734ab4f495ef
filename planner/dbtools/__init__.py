"""Database maintenance: copy between servers and files, backups, roles."""

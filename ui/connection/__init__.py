"""Shared mode in the window: connecting to a server, live refresh, what the role allows."""

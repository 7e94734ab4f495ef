"""The renewal workspace (갱신 주기): one year's cycle of the joint research tasks.

``RenewalWorkspace`` (in :mod:`ui.renewals.workspace`) is the widget the Tasks & Renewals page
embeds; it needs only a session factory and the window's undo stack.
"""

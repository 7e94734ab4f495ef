"""The pages of the main window, one module each; see :func:`ui.pages.registry.build_pages`."""
